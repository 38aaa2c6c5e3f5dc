import type {
  Access,
  CollectionConfig,
  Endpoint,
  PayloadRequest,
  SanitizedConfig,
  Where,
} from 'payload'

import { Forbidden } from 'payload'

import { isPreview, isStaff } from './roles'

/**
 * Access for the collections Payload adds itself while sanitizing the config (after every
 * plugin has run, so no plugin can reach them): document locks, admin preferences and the
 * migration log. Payload's defaults let any login read and write any lock, and a preview key
 * write preferences; here each user has its own, and only where it may edit.
 */

type Lock = {
  document?: { relationTo?: string; value?: number | string }
  globalSlug?: null | string
  user?: { relationTo?: string; value?: number | string }
}

const ownLocks = (user: NonNullable<PayloadRequest['user']>): Where => ({
  and: [{ 'user.value': { equals: user.id } }, { 'user.relationTo': { equals: user.collection } }],
})

/** Whether `req.user` may update the locked document (or global): its collection's own update access decides. */
const mayEdit = async (req: PayloadRequest, { document, globalSlug }: Lock): Promise<boolean> => {
  if (globalSlug) {
    const global = req.payload.config.globals.find(({ slug }) => slug === globalSlug)
    return Boolean(global && (await global.access.update?.({ req })))
  }
  const collection = document?.relationTo
    ? req.payload.collections[document.relationTo as 'cases']
    : undefined
  if (!collection || document?.value === undefined) {
    return false
  }
  const result = await collection.config.access.update?.({ id: document.value as number, req })
  if (typeof result !== 'object' || result === null) {
    return Boolean(result)
  }
  const where: Where = { and: [{ id: { equals: document.value } }, result] }
  return (
    (
      await req.payload.count({
        collection: collection.config.slug,
        overrideAccess: true,
        req,
        where,
      })
    ).totalDocs > 0
  )
}

const isOwn = (lock: Lock, user: NonNullable<PayloadRequest['user']>) =>
  String(lock.user?.value) === String(user.id) && lock.user?.relationTo === user.collection

/**
 * A lock names its own user and a document (or global) the user may edit; preview keys lock
 * nothing. Changing a lock is for its user, or for staff taking it over (setting themselves as
 * its user, as the admin's "take over" does); either way the document it ends up on must be
 * one the user may edit, so a lock cannot be moved onto someone else's document.
 */
const lockWrite =
  (operation: 'create' | 'update'): Access =>
  async ({ id, data, req }) => {
    const { user } = req
    if (!user || isPreview(user)) {
      return false
    }
    const change = (data ?? {}) as Lock
    if (change.user && !isOwn(change, user)) {
      return false
    }
    if (operation === 'create') {
      return Boolean(change.user) && (await mayEdit(req, change))
    }
    // Bulk updates of locks have no use in the admin and no single lock to judge.
    if (id === undefined) {
      return false
    }
    const stored = (await req.payload.findByID({
      id,
      collection: 'payload-locked-documents',
      depth: 0,
      disableErrors: true,
      overrideAccess: true,
      req,
    })) as Lock | null
    if (!stored) {
      return false
    }
    const takingOver = isStaff(user) && Boolean(change.user)
    if (!isOwn(stored, user) && !takingOver) {
      return false
    }
    const target: Lock = {
      document: 'document' in change ? change.document : stored.document,
      globalSlug: 'globalSlug' in change ? change.globalSlug : stored.globalSlug,
    }
    return mayEdit(req, target)
  }

const lockAccess: CollectionConfig['access'] = {
  create: lockWrite('create'),
  // Only one's own: a lock is one editing session.
  delete: ({ req: { user } }) => (user && !isPreview(user) ? ownLocks(user) : false),
  // Staff see who is editing what (the admin warns before two edit one document); partners only their own sessions.
  read: ({ req: { user } }) => {
    if (!user || isPreview(user)) {
      return false
    }
    return isStaff(user) ? true : ownLocks(user)
  },
  update: lockWrite('update'),
}

const ownPreferences: Access = ({ req: { user } }) => (user ? ownLocks(user) : false)
const ownPreferencesNoPreview: Access = (args) =>
  isPreview(args.req.user) ? false : ownPreferences(args)

const preferenceAccess: CollectionConfig['access'] = {
  // Payload sets the user from the request, whatever the body says.
  create: ({ req: { user } }) => Boolean(user) && !isPreview(user),
  delete: ownPreferencesNoPreview,
  read: ownPreferences,
  update: ownPreferencesNoPreview,
}

/** Payload's `/api/payload-preferences/:key` endpoints write without asking access: preview keys are refused there. */
const refusePreviewWrites = (endpoint: Endpoint): Endpoint =>
  endpoint.method === 'get'
    ? endpoint
    : {
        ...endpoint,
        handler: (req) => {
          if (isPreview(req.user)) {
            throw new Forbidden(req.t)
          }
          return endpoint.handler(req)
        },
      }

const nobody: Access = () => false

const overrides: Record<string, (collection: SanitizedConfig['collections'][number]) => void> = {
  'payload-locked-documents': (collection) => Object.assign(collection.access, lockAccess),
  // Written by `payload migrate` through the Local API only.
  'payload-migrations': (collection) =>
    Object.assign(collection.access, {
      create: nobody,
      delete: nobody,
      read: nobody,
      update: nobody,
    }),
  'payload-preferences': (collection) => {
    Object.assign(collection.access, preferenceAccess)
    if (Array.isArray(collection.endpoints)) {
      collection.endpoints = collection.endpoints.map(refusePreviewWrites)
    }
  },
}

/** Applies the access above to the sanitized config (`buildConfig(...).then(withSystemCollectionAccess)`). */
export const withSystemCollectionAccess = (config: SanitizedConfig): SanitizedConfig => {
  for (const collection of config.collections) {
    overrides[collection.slug]?.(collection)
  }
  return config
}
