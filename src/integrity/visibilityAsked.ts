import type { CollectionBeforeOperationHook, PayloadRequest } from 'payload'

import { APIError } from 'payload'

import { say } from '../i18n/message'

type Status = { _status?: null | string; id: number | string }

/**
 * A write changes whether a document is public only when it says so. Payload builds an update on
 * the newest version, so a plain write (no `draft`, no `_status`) to a published document with a
 * newer draft saved that draft as the document: the page left the site and the search index though
 * nobody asked. Such a write is refused with 409, saying how to ask: `draft=true` changes the draft
 * and leaves the published version as it is; `_status: "published"` publishes the draft with the
 * change. Plain writes to a document without a newer draft keep its status, as before. A bulk
 * write (by `where`) to a collection with drafts must always say which it means.
 */
export const visibilityAsked: CollectionBeforeOperationHook = async ({
  args,
  collection,
  operation,
  req,
}) => {
  const { id, data, draft } = args as { data?: Status; draft?: boolean; id?: number | string }
  const drafts = typeof collection.versions === 'object' && collection.versions.drafts
  // `_status: null` means "as it was" (statusNeverEmpty), which Payload reads from the newer draft.
  const statusGiven = Boolean(
    data && typeof data === 'object' && data._status !== undefined && data._status !== null,
  )
  if (
    operation !== 'update' ||
    !drafts ||
    draft ||
    !data ||
    typeof data !== 'object' ||
    statusGiven
  ) {
    return args
  }
  // A bulk write: its documents are not known yet, and Payload writes over the live version of each
  // (dropping their newer drafts): it must say which it means.
  // (Only for whoever may update at all: the others get Payload's own 403.)
  if (id === undefined) {
    if (await collection.access.update?.({ data, req })) {
      throw newerDraft(req)
    }
    return args
  }
  const [published, latest] = await Promise.all([
    req.payload.db.findOne<Status>({
      collection: collection.slug,
      req,
      where: { id: { equals: id } },
    }),
    req.payload.findByID({
      id,
      collection: collection.slug as 'cases',
      depth: 0,
      disableErrors: true,
      draft: true,
      overrideAccess: true,
      req,
    }) as Promise<null | Status>,
  ])
  if (published?._status === 'published' && latest?._status === 'draft') {
    throw newerDraft(req)
  }
  return args
}

const newerDraft = (req: PayloadRequest) =>
  new APIError(
    say(req, {
      da: 'Dokumentet har (eller kan have) en nyere kladde, der ikke er offentliggjort. Send draft=true for at ændre kladden (den offentliggjorte udgave bliver stående), eller _status: "published" for at offentliggøre kladden med ændringen.',
      en: 'The document has (or may have) a newer draft that is not published. Send draft=true to change the draft (the published version stays), or _status: "published" to publish the draft with the change.',
    }),
    409,
    undefined,
    true,
  )
