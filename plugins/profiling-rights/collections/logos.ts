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
const visibleLogos: Access = ({ req: { user } }) => {
  if (isStaff(user)) return true
  const shown: Where = { shown: { equals: true } }
  const own = partnerIdOf(user)
  return own === undefined ? shown : { or: [shown, { partner: { equals: own } }] }
}

/**
 * Partners of a tier with logo rights upload their own logos; the public sees entitled ones only.
 * Disabled, the `shown` field stays (the schema does not change) and nothing is enforced.
 */
export const withLogoRights = (collection: CollectionConfig, options: ResolvedOptions): CollectionConfig => {
  const fields = [...collection.fields, logoShownField]
  if (!options.enabled) return { ...collection, fields }
  const owned = withOwnedDocuments({ ...collection, fields }, options, 'logoAndPresentation')
  return {
    ...owned,
    access: { ...owned.access, read: allOf(collection.access?.read, visibleLogos) },
    hooks: { ...owned.hooks, beforeChange: [...(owned.hooks?.beforeChange ?? []), setLogoShown(options)] },
  }
}
