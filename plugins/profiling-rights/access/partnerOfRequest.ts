import type { PayloadRequest } from 'payload'

import type { ResolvedOptions } from '../types'

import { partnerIdOf } from './viewer'

export type RequestPartner = { id: number | string; status?: null | string; tier?: null | string }

const CONTEXT_KEY = 'profilingRightsPartner'

/**
 * The requesting partner user's partner (tier and status), read once per request and kept
 * on `req.context`, so access checks stay cheap however many documents a response holds.
 * Read fresh on every request: a tier changed by an editor applies at once.
 */
export const partnerOfRequest = (req: PayloadRequest, { roles }: ResolvedOptions): Promise<RequestPartner | undefined> => {
  const id = partnerIdOf(req.user)
  if (id === undefined) return Promise.resolve(undefined)
  const cached = req.context[CONTEXT_KEY] as Promise<RequestPartner | undefined> | undefined
  if (cached) return cached
  const lookup = req.payload
    .findByID({
      collection: roles.partners,
      depth: 0,
      disableErrors: true,
      id,
      overrideAccess: true,
      req,
      select: { status: true, tier: true },
    })
    .then((doc) => (doc ? (doc as unknown as RequestPartner) : undefined))
  req.context[CONTEXT_KEY] = lookup
  return lookup
}
