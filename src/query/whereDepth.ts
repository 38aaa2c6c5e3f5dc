import type { CollectionBeforeOperationHook, Where } from 'payload'

import { APIError } from 'payload'

/** How deep `and`/`or` nest in a where clause. */
const depthOf = (where: unknown): number => {
  if (!where || typeof where !== 'object') {
    return 0
  }
  let deepest = 0
  for (const [key, value] of Object.entries(where as Where)) {
    // GraphQL spells them AND/OR.
    if (/^(and|or)$/i.test(key) && Array.isArray(value)) {
      for (const nested of value) {
        deepest = Math.max(deepest, 1 + depthOf(nested))
      }
    }
  }
  return deepest
}

/**
 * Refuses a where clause whose `and`/`or` nest deeper than `max` with a 400, on every
 * operation and transport: each level becomes nested SQL, and no real filter needs many.
 */
export const whereDepth =
  (max: number): CollectionBeforeOperationHook =>
  ({ args }) => {
    const depth = depthOf((args as { where?: unknown }).where)
    if (depth > max) {
      throw new APIError(
        `The where clause nests and/or ${depth} levels deep; at most ${max} are allowed.`,
        400,
        undefined,
        true,
      )
    }
    return args
  }
