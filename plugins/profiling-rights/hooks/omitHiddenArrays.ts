import type { CollectionAfterReadHook } from 'payload'

import { isStaff, partnerIdOf } from '../access/viewer'

/**
 * Payload answers an array field that read access denies with `[]` instead of leaving it out.
 * For anyone but staff and the partner's own users these fields are removed, so a hidden field
 * is absent in REST and the Local API (and null in GraphQL), like every other hidden field.
 */
export const omitHiddenArrays =
  (fields: string[]): CollectionAfterReadHook =>
  ({ doc, overrideAccess, req: { user } }) => {
    if (overrideAccess || isStaff(user) || String(partnerIdOf(user)) === String(doc.id)) {
      return doc
    }
    for (const field of fields) {
      delete doc[field]
    }
    return doc
  }
