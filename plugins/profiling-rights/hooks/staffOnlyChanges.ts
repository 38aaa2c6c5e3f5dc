import type { CollectionBeforeChangeHook } from 'payload'

import { isStaff } from '../access/viewer'
import { refuse } from './refuse'

/**
 * Field access would silently drop these; a partner user trying to change its own tier or
 * status gets a 403 saying so instead, and nothing is written.
 */
export const staffOnlyChanges =
  (fields: string[]): CollectionBeforeChangeHook =>
  ({ data, originalDoc, req }) => {
    if (isStaff(req.user) || !req.user) return data
    const changed = fields.filter(
      (field) => field in data && JSON.stringify(data[field] ?? null) !== JSON.stringify(originalDoc?.[field] ?? null),
    )
    if (changed.length) refuse(`Only the secretariat changes ${changed.join(', ')}.`)
    return data
  }
