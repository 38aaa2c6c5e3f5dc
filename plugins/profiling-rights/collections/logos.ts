import type { Access, CollectionConfig, Where } from 'payload'

import type { ResolvedOptions } from '../types'

import { allOf } from '../access/combine'
import { isStaff, partnerIdOf } from '../access/viewer'
import { tiersWith } from '../tiers'
import { withOwnedDocuments } from './owned'

/**
 * Logos of active partners whose tier grants logo and presentation; their own logos for a
 * partner's users. Applies to the files too (`/api/logos/file/…` and every image size),
 * since Payload serves upload files through the collection's read access.
 */
const visibleLogos =
  ({ tiers }: ResolvedOptions): Access =>
  ({ req: { user } }) => {
    if (isStaff(user)) return true
    const shown: Where = {
      and: [{ 'partner.status': { equals: 'active' } }, { 'partner.tier': { in: tiersWith(tiers, 'logoAndPresentation') } }],
    }
    const own = partnerIdOf(user)
    return own === undefined ? shown : { or: [shown, { partner: { equals: own } }] }
  }

/** Partners of a tier with logo rights upload their own logos; the public sees entitled ones only. */
export const withLogoRights = (collection: CollectionConfig, options: ResolvedOptions): CollectionConfig => {
  const owned = withOwnedDocuments(collection, options, 'logoAndPresentation')
  return { ...owned, access: { ...owned.access, read: allOf(collection.access?.read, visibleLogos(options)) } }
}
