import type { PayloadRequest } from 'payload'

import { extractID } from 'payload/shared'

import type { ResolvedOptions } from '../types'

const CONTEXT_KEY = 'profilingRightsMeetingKinds'

/**
 * The kind of the meeting `value` names (an id or a populated meeting), read once per request
 * and kept on `req.context`: the registration rules each need it. Undefined when there is no
 * such meeting (the relationship's own validation answers that) or `value` names none.
 */
export const meetingKindOf = (
  req: PayloadRequest,
  options: ResolvedOptions,
  value: unknown,
): Promise<string | undefined> => {
  if (
    value === undefined ||
    value === null ||
    Array.isArray(value) ||
    (typeof value === 'object' && !('id' in value))
  ) {
    return Promise.resolve(undefined)
  }
  const id = extractID(value as { id: number | string } | number | string)
  const cache = (req.context[CONTEXT_KEY] ??= new Map()) as Map<
    number | string,
    Promise<string | undefined>
  >
  let lookup = cache.get(id)
  if (!lookup) {
    const { kind } = options.meetingFields
    lookup = req.payload
      .findByID({
        id,
        collection: options.slugs.meetings,
        depth: 0,
        disableErrors: true,
        overrideAccess: true,
        req,
        select: { [kind]: true },
      })
      .then((meeting) => {
        const found = (meeting as null | Record<string, unknown>)?.[kind]
        return typeof found === 'string' ? found : undefined
      })
    cache.set(id, lookup)
  }
  return lookup
}
