import type { CollectionBeforeOperationHook } from 'payload'

import { isStaff } from '../access/viewer'
import { refuse } from './refuse'

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null)

/**
 * Field access alone would silently drop these from the request; a partner user trying to
 * change its own tier or status gets a 403 saying so instead, and nothing is written.
 * Runs before the operation sees the data, comparing with what is stored (the admin form
 * sends unchanged values along, which is fine).
 */
export const staffOnlyChanges =
  (fields: string[]): CollectionBeforeOperationHook =>
  async ({ args, collection, operation, req }) => {
    const { data, id } = args as { data?: Record<string, unknown>; id?: number | string }
    if (!data || !req.user || isStaff(req.user)) return args
    const sent = fields.filter((field) => field in data)
    if (!sent.length) return args
    const stored =
      operation === 'updateByID' && id !== undefined
        ? await req.payload.findByID({ collection: collection.slug, depth: 0, disableErrors: true, id, overrideAccess: true, req })
        : null
    const changed = sent.filter((field) => !same(data[field], (stored as Record<string, unknown> | null)?.[field]))
    if (changed.length) refuse(`Only the secretariat changes ${changed.join(', ')}.`)
    return args
  }
