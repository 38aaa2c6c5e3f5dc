import type { PayloadRequest } from 'payload'

import type { ResolvedOptions, Tier } from '../types'

export type PublicTier = { seats: { offered: number; taken: number } } & Omit<Tier, 'seats'>

/** Each tier as a "become a partner" page needs it, with the seats active partners hold. */
export const describeTiers = async (
  req: PayloadRequest,
  { slugs, tiers }: ResolvedOptions,
): Promise<PublicTier[]> => {
  const taken = await Promise.all(
    tiers.map(async ({ key }) => {
      const { totalDocs } = await req.payload.count({
        collection: slugs.partners,
        overrideAccess: true,
        req,
        where: { and: [{ status: { equals: 'active' } }, { tier: { equals: key } }] },
      })
      return totalDocs
    }),
  )
  return tiers.map(({ seats, ...tier }, index) => ({
    ...tier,
    seats: { offered: seats, taken: taken[index] },
  }))
}
