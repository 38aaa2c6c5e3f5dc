import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionConfig,
  CollectionSlug,
  GlobalAfterChangeHook,
  GlobalConfig,
  PayloadRequest,
  Plugin,
} from 'payload'

import { changedFields } from './changedFields'
import { type AuditEntry, recordAudit } from './recordAudit'

/** Not audited: the log itself, what the server derives from other writes, and Payload's bookkeeping. */
const UNAUDITED = new Set(['audit-log', 'search', 'webhook-deliveries'])

type Versioned = { _status?: null | string; email?: string; id?: number | string; title?: unknown }

const titleOf = (doc: Versioned, collection: { admin?: { useAsTitle?: string } }): string => {
  const value = collection.admin?.useAsTitle
    ? (doc as Record<string, unknown>)[collection.admin.useAsTitle]
    : doc.title
  return typeof value === 'string' && value ? value : `#${doc.id ?? ''}`
}

/**
 * What a write did to a document with drafts: published (the saved version is published), saved
 * a draft over it, or unpublished (was published, and the live document is now a draft).
 */
const versionAction = async (
  req: PayloadRequest,
  slug: string,
  doc: Versioned,
  previous: Versioned,
): Promise<AuditEntry['action']> => {
  if (doc._status === 'published') {
    return 'publish'
  }
  if (previous._status !== 'published') {
    return 'draft'
  }
  const live = (await req.payload.db.findOne({
    collection: slug as CollectionSlug,
    req,
    where: { id: { equals: doc.id } },
  })) as null | Versioned
  return live?._status === 'draft' ? 'unpublish' : 'draft'
}

const afterChange =
  (collection: CollectionConfig): CollectionAfterChangeHook =>
  async ({ doc, operation, previousDoc, req }) => {
    const changes = changedFields(collection.fields, operation === 'create' ? {} : previousDoc, doc)
    const drafts = Boolean(typeof collection.versions === 'object' && collection.versions?.drafts)
    const action: AuditEntry['action'] =
      operation === 'create'
        ? doc._status === 'published'
          ? 'publish'
          : 'create'
        : drafts
          ? await versionAction(req, collection.slug, doc, previousDoc)
          : 'update'
    // A write that changed nothing the log shows (a password reset token) is not an event.
    if (action === 'update' && !changes.length) {
      return doc
    }
    await recordAudit(req.payload, req, {
      action,
      changes,
      collection: collection.slug,
      documentId: doc.id,
      summary: titleOf(doc, collection),
    })
    return doc
  }

const afterDelete =
  (collection: CollectionConfig): CollectionAfterDeleteHook =>
  async ({ id, doc, req }) => {
    await recordAudit(req.payload, req, {
      action: 'delete',
      changes: changedFields(collection.fields, doc, {}),
      collection: collection.slug,
      documentId: id,
      summary: titleOf(doc, collection),
    })
  }

const afterGlobalChange =
  (global: GlobalConfig): GlobalAfterChangeHook =>
  async ({ doc, previousDoc, req }) => {
    const changes = changedFields(global.fields, previousDoc, doc)
    const action =
      doc._status === 'published' ? 'publish' : doc._status === 'draft' ? 'draft' : 'update'
    await recordAudit(req.payload, req, {
      action,
      changes,
      collection: global.slug,
      summary: String(doc.title ?? global.slug),
    })
    return doc
  }

/**
 * The audit trail (README: Audit log): every create, update, publish, unpublish and delete of
 * every collection and global a plugin or the project defines, written to `audit-log` in the
 * change's own transaction with the changed fields (never secrets). Placed last among plugins.
 */
export const auditTrail: Plugin = (config) => ({
  ...config,
  collections: (config.collections ?? []).map((collection) =>
    UNAUDITED.has(collection.slug)
      ? collection
      : {
          ...collection,
          hooks: {
            ...collection.hooks,
            afterChange: [...(collection.hooks?.afterChange ?? []), afterChange(collection)],
            afterDelete: [...(collection.hooks?.afterDelete ?? []), afterDelete(collection)],
          },
        },
  ),
  globals: (config.globals ?? []).map((global) => ({
    ...global,
    hooks: {
      ...global.hooks,
      afterChange: [...(global.hooks?.afterChange ?? []), afterGlobalChange(global)],
    },
  })),
})
