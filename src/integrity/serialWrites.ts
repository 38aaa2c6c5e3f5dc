import type { CollectionBeforeOperationHook, GlobalConfig, PayloadRequest } from 'payload'

import { advisoryLock, WHOLE } from './advisoryLock'

/**
 * Writes to one document take their turn. Payload's update reads the stored document, merges the
 * request's fields into it and writes it whole, so two updates at the same moment each wrote back
 * the other's fields as they were before (a lost update). A write to one document (update or
 * delete by id) holds an exclusive lock on it, taken before Payload reads the document and held
 * until the write commits, so the second write reads what the first stored. REST, GraphQL, the
 * Local API and the admin.
 *
 * Not locked: bulk writes by `where` (their documents are not known before Payload reads them;
 * locking the whole collection made them wait on, and deadlock with, the single writes that hooks
 * set off), and Payload's own bookkeeping (`payload-*`: locks, preferences, migrations), which it
 * writes row by row from the admin while the user types.
 */
export const serialWrites: CollectionBeforeOperationHook = async ({
  args,
  collection,
  operation,
  req,
}) => {
  const id = (args as { id?: number | string }).id
  if (
    (operation !== 'update' && operation !== 'delete') ||
    id === undefined ||
    collection.slug.startsWith('payload-')
  ) {
    return args
  }
  // An id that is not a number is refused later as not found; there is no document to hold.
  if (Number.isSafeInteger(Number(id))) {
    await advisoryLock(req, collection.slug, Number(id))
  }
  return args
}

/** The same for a global: one document, one turn at a time. */
export const serialGlobalWrites: NonNullable<
  NonNullable<GlobalConfig['hooks']>['beforeOperation']
>[number] = async ({ args, global, operation, req }) => {
  if (operation === 'update') {
    await advisoryLock(req, `global:${global.slug}`, WHOLE)
  }
  return args
}
