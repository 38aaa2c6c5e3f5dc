import type {
  CollectionAfterChangeHook,
  CollectionBeforeChangeHook,
  Payload,
  PayloadRequest,
} from 'payload'

import { extractID } from 'payload/shared'

import type { ResolvedOptions } from '../types'

import { entitledWhere } from '../entitledPartners'
import { grants } from '../tiers'

type PartnerState = { status?: null | string; tier?: null | string }

const shownFor = ({ tiers }: ResolvedOptions, partner: null | PartnerState | undefined): boolean =>
  partner?.status === 'active' && grants(tiers, partner.tier, 'logoAndPresentation')

/** A logo written (created, or moved to another partner) takes its partner's current standing. */
export const setLogoShown =
  (options: ResolvedOptions): CollectionBeforeChangeHook =>
  async ({ data, originalDoc, req }) => {
    const owner = data[options.ownerField] ?? originalDoc?.[options.ownerField]
    const partnerId = owner ? extractID<number | string>(owner) : undefined
    // Read fresh, not from the request's cache: the partner may have changed in this very request.
    const partner = partnerId
      ? await req.payload.findByID({
          id: partnerId,
          collection: options.slugs.partners,
          depth: 0,
          disableErrors: true,
          overrideAccess: true,
          req,
          select: { status: true, tier: true },
        })
      : undefined
    return { ...data, shown: shownFor(options, partner as PartnerState | undefined) }
  }

const setShown = (
  req: PayloadRequest,
  options: ResolvedOptions,
  partner: number | string,
  shown: boolean,
) =>
  req.payload.db.updateMany({
    collection: options.slugs.logos,
    data: { shown },
    req,
    where: { [options.ownerField]: { equals: partner } },
  })

/** A partner's tier or status changed: its logos follow in the same transaction, so the next request sees it. */
export const syncPartnerLogos =
  (options: ResolvedOptions): CollectionAfterChangeHook =>
  async ({ doc, operation, previousDoc, req }) => {
    const before = shownFor(options, previousDoc as PartnerState)
    const now = shownFor(options, doc as PartnerState)
    if (operation === 'update' && before !== now) {
      await setShown(req, options, doc.id, now)
    }
    return doc
  }

/**
 * At start, every logo's flag from the current tiers: the tiers are configuration, so a
 * deployment that changes which tier shows logos takes effect without touching a partner.
 */
export const recomputeLogosShown = async (
  payload: Payload,
  options: ResolvedOptions,
): Promise<void> => {
  const entitled = await payload.find({
    collection: options.slugs.partners,
    depth: 0,
    limit: 0,
    overrideAccess: true,
    pagination: false,
    select: {},
    where: entitledWhere(options, 'logoAndPresentation'),
  })
  const ids = entitled.docs.map((partner) => partner.id)
  const { logos } = options.slugs
  const owner = options.ownerField
  // Only logos whose flag is wrong are written: every start (of every server) rewriting the rest
  // would move their `updatedAt`, and with it their ETag and Last-Modified.
  await payload.db.updateMany({
    collection: logos,
    data: { shown: false },
    where: {
      and: [
        { shown: { equals: true } },
        ...(ids.length
          ? [{ or: [{ [owner]: { not_in: ids } }, { [owner]: { exists: false } }] }]
          : []),
      ],
    },
  })
  if (ids.length) {
    await payload.db.updateMany({
      collection: logos,
      data: { shown: true },
      where: {
        and: [
          { or: [{ shown: { equals: false } }, { shown: { exists: false } }] },
          { [owner]: { in: ids } },
        ],
      },
    })
  }
}
