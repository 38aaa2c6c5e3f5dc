import type { CollectionBeforeOperationHook, GlobalConfig, PayloadRequest } from 'payload'

import { advisoryLocks, WHOLE } from './advisoryLock'

/**
 * Writes to one document take their turn. Payload's update reads the stored document, merges the
 * request's fields into it and writes it whole, so two updates at the same moment each wrote back
 * the other's fields as they were before (a lost update). A write to one document holds an
 * exclusive lock on it (and a shared one on its collection); a bulk write holds the collection
 * exclusively. The lock is taken before Payload reads the document and held until the write
 * commits, so the second write reads what the first stored. REST, GraphQL, the Local API and the admin.
 */
export const serialWrites: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  if (operation !== 'update' && operation !== 'delete') return args
  const id = (args as { id?: number | string }).id
  const keys = id === undefined ? [{ id: WHOLE }] : [{ id: WHOLE, shared: true }, { id: Number(id) }]
  // An id that is not a number is refused later as not found; there is no document to hold.
  if (keys.every(({ id: key }) => Number.isSafeInteger(key))) await advisoryLocks(req, collection.slug, keys)
  return args
}

/** The same for a global: one document, one turn at a time. */
export const serialGlobalWrites: NonNullable<NonNullable<GlobalConfig['hooks']>['beforeOperation']>[number] = async ({ args, global, operation, req }) => {
  if (operation === 'update') await advisoryLocks(req as PayloadRequest, `global:${global.slug}`, [{ id: WHOLE }])
  return args
}
