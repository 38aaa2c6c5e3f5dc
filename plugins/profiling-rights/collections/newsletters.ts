import type { CollectionBeforeChangeHook, CollectionConfig } from 'payload'

import type { ResolvedOptions } from '../types'

import { entitledPartnerIds } from '../entitledPartners'

/**
 * On publishing, an issue records the partners their tier entitles to a mention (active,
 * with the `mentions` right) — what the issue was sent with. Editors cannot edit the list.
 */
const mentionEntitledPartners =
  (options: ResolvedOptions): CollectionBeforeChangeHook =>
  async ({ data, originalDoc, req }) => {
    const publishing = (data._status ?? originalDoc?._status) === 'published'
    if (!publishing) return { ...data, mentions: originalDoc?.mentions ?? [] }
    return { ...data, mentions: await entitledPartnerIds(req, options, 'mentions') }
  }

export const withMentions = (collection: CollectionConfig, options: ResolvedOptions): CollectionConfig => ({
  ...collection,
  fields: [
    ...collection.fields,
    {
      name: 'mentions',
      type: 'relationship',
      admin: {
        description: {
          da: 'Partnere, hvis niveau giver omtale. Udfyldes automatisk, når nummeret udgives.',
          en: 'Partners whose tier entitles them to a mention. Filled in when the issue is published.',
        },
        readOnly: true,
      },
      hasMany: true,
      label: { da: 'Omtalte partnere', en: 'Partner mentions' },
      relationTo: options.roles.partners,
    },
  ],
  hooks: {
    ...collection.hooks,
    beforeChange: [...(collection.hooks?.beforeChange ?? []), mentionEntitledPartners(options)],
  },
})
