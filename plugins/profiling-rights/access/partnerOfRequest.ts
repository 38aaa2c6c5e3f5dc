import type { PayloadRequest } from 'payload'

import type { ResolvedOptions } from '../types'

import { partnerIdOf } from './viewer'

export type RequestPartner = { id: number | string; status?: null | string; tier?: null | string }

const CONTEXT_KEY = 'profilingRightsPartners'

/**
 * A partner's tier and status, read at most once per request and kept on `req.context`, so
 * access checks stay cheap however many documents a response holds. Read fresh on every
 * request: a tier changed by an editor applies at once. Straight from the database adapter, in
 * the request's transaction: two stored columns are wanted, nothing of the find operation
 * (hooks, field traversal), which made the lookup about a third dearer.
 */
export const partnerById = (
  req: PayloadRequest,
  id: number | string,
  { slugs }: ResolvedOptions,
): Promise<RequestPartner | undefined> => {
  const cache = (req.context[CONTEXT_KEY] ??= new Map()) as Map<
    number | string,
    Promise<RequestPartner | undefined>
  >
  let lookup = cache.get(id)
  if (!lookup) {
    lookup = req.payload.db
      .findOne<RequestPartner>({
        collection: slugs.partners,
        req,
        select: { status: true, tier: true },
        where: { id: { equals: id } },
      })
      .then((doc) => doc ?? undefined)
    cache.set(id, lookup)
  }
  return lookup
}

/** The requesting partner user's partner; undefined for anyone else. */
export const partnerOfRequest = (
  req: PayloadRequest,
  options: ResolvedOptions,
): Promise<RequestPartner | undefined> => {
  const id = partnerIdOf(req.user)
  return id === undefined ? Promise.resolve(undefined) : partnerById(req, id, options)
}
