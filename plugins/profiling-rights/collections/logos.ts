import type { Access, CollectionConfig, Where } from 'payload'

import type { ResolvedOptions } from '../types'

import { allOf } from '../access/combine'
import { isStaff, partnerIdOf } from '../access/viewer'
import { logoShownField } from '../fields/logoShown'
import { setLogoShown } from '../hooks/logoShown'
import { withOwnedDocuments } from './owned'

/**
 * Logos of active partners whose tier grants logo and presentation (`shown`, kept by the
 * plugin); their own logos for a partner's users. Applies to the files too (`/api/logos/file/…`
 * and every image size), since Payload serves upload files through the collection's read access.
 */
const visibleLogos =
  (ownerField: string): Access =>
  ({ req: { user } }) => {
    if (isStaff(user)) {
      return true
    }
    const shown: Where = { shown: { equals: true } }
    const own = partnerIdOf(user)
    return own === undefined ? shown : { or: [shown, { [ownerField]: { equals: own } }] }
  }

/** The `shown` flag the public read rule uses (kept by the rules; added either way, so the schema never depends on `enabled`). */
export const withLogoShown = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  fields: [...collection.fields, logoShownField],
})

/** Partners of a tier with logo rights upload their own logos; the public sees entitled ones only. */
export const withLogoRights = (
  collection: CollectionConfig,
  options: ResolvedOptions,
): CollectionConfig => {
  const owned = withOwnedDocuments(collection, options, 'logoAndPresentation')
  return {
    ...owned,
    access: {
      ...owned.access,
      read: allOf(collection.access?.read, visibleLogos(options.ownerField)),
    },
    hooks: {
      ...owned.hooks,
      beforeChange: [...(owned.hooks?.beforeChange ?? []), setLogoShown(options)],
    },
  }
}
