import type { CollectionConfig } from 'payload'

import { staffOnly } from '../../src/access/roles'
import { staffOr } from '../../src/access/staffOr'
import { groups } from '../../src/admin/groups'
import { t } from '../../src/admin/label'
import { drafts } from '../../src/collections/drafts'
import { backingButton, backingsList } from '../../src/collections/partnerBacking'
import { body, summary, title } from '../../src/fields/editorial'
import { slug } from '../../src/fields/slug'

/**
 * The steering group's joint recommendations: the secretariat drafts them, the steering partners
 * read the drafts and endorse them (`endorsements`, with a note), the editors publish. The public
 * reads the published recommendation and the partners that endorsed it (`endorsedBy`, added by
 * the tier plugin), nothing of the process. Preview keys too: drafts are the steering group's.
 */
export const Recommendations: CollectionConfig = {
  slug: 'recommendations',
  access: {
    create: staffOnly,
    delete: staffOnly,
    read: staffOr({ _status: { equals: 'published' } }),
    readVersions: staffOnly,
    update: staffOnly,
  },
  admin: {
    defaultColumns: ['title', '_status', 'endorsedBy', 'updatedAt'],
    description: t(
      'Styregruppens fælles anbefalinger. Sekretariatet skriver udkastet, partnerne i styregruppen tilslutter sig, redaktionen udgiver med de tilsluttede partnere.',
      'The steering group’s joint recommendations. The secretariat drafts, the steering partners endorse, the editors publish with the endorsing partners.',
    ),
    group: groups.agenda,
    useAsTitle: 'title',
  },
  defaultSort: '-updatedAt',
  fields: [
    title,
    summary(),
    body,
    slug(),
    backingButton('endorse', {
      collection: 'endorsements',
      field: 'recommendation',
      note: true,
      texts: {
        back: t('Tilslut jer anbefalingen', 'Endorse the recommendation'),
        backed: t('I har tilsluttet jer anbefalingen.', 'You endorse the recommendation.'),
        backedBy: t('Tilsluttet af', 'Endorsed by'),
        heading: t('Tilslutning fra styregruppen', 'Endorsement by the steering group'),
        none: t('Ingen partnere har tilsluttet sig endnu.', 'No partner endorses it yet.'),
        withdraw: t('Træk jeres tilslutning tilbage', 'Withdraw your endorsement'),
      },
    }),
    backingsList(
      'endorsements',
      {
        collection: 'endorsements',
        label: t('Tilslutninger', 'Endorsements'),
        on: 'recommendation',
      },
      ['partner', 'note', 'author', 'createdAt'],
    ),
  ],
  labels: {
    plural: t('Anbefalinger', 'Recommendations'),
    singular: t('Anbefaling', 'Recommendation'),
  },
  versions: drafts,
}
