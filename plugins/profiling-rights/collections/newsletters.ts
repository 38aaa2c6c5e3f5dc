import type { CollectionBeforeChangeHook, CollectionConfig } from 'payload'

import type { ResolvedOptions } from '../types'

import { entitledPartnerIds } from '../entitledPartners'

/**
 * Every save records the partners their tier entitles to a mention now (active, with the
 * `mentions` right): a draft shows whom it will mention, and the published issue keeps the
 * list it was published with. Editors cannot edit the list.
 */
const mentionEntitledPartners =
  (options: ResolvedOptions): CollectionBeforeChangeHook =>
  async ({ data, req }) => ({
    ...data,
    mentions: await entitledPartnerIds(req, options, 'mentions'),
  })

export const withMentions = (
  collection: CollectionConfig,
  options: ResolvedOptions,
): CollectionConfig => ({
  ...collection,
  fields: [
    ...collection.fields,
    {
      name: 'mentions',
      type: 'relationship',
      admin: {
        description: {
          da: 'Partnere, hvis niveau giver omtale. Udfyldes automatisk ved hver gemning; det udgivne nummer beholder listen fra udgivelsen.',
          en: 'Partners whose tier entitles them to a mention. Filled in on every save; the published issue keeps the list it was published with.',
        },
        readOnly: true,
      },
      hasMany: true,
      label: { da: 'Omtalte partnere', en: 'Partner mentions' },
      relationTo: options.slugs.partners,
    },
  ],
  hooks: {
    ...collection.hooks,
    beforeChange: [...(collection.hooks?.beforeChange ?? []), mentionEntitledPartners(options)],
  },
})
