import type { PayloadRequest, Where } from 'payload'

import type { ResolvedOptions, Right } from './types'

import { tiersWith } from './tiers'

/** Active partners whose tier grants `right`. */
export const entitledWhere = ({ tiers }: ResolvedOptions, right: Right): Where => ({
  and: [{ status: { equals: 'active' } }, { tier: { in: tiersWith(tiers, right) } }],
})

/** Ids of the active partners whose tier grants `right` (of those `among` lets through), by name. */
export const entitledPartnerIds = async (
  req: PayloadRequest,
  options: ResolvedOptions,
  right: Right,
  among?: Where,
) => {
  const { docs } = await req.payload.find({
    collection: options.slugs.partners,
    depth: 0,
    limit: 0,
    overrideAccess: true,
    pagination: false,
    req,
    select: {},
    sort: 'name',
    where: among ? { and: [entitledWhere(options, right), among] } : entitledWhere(options, right),
  })
  return docs.map((doc) => doc.id)
}
