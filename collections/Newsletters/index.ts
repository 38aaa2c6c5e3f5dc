import type { CollectionConfig } from 'payload'

import { editorialAccess } from '../../src/access/collectionAccess'
import { groups } from '../../src/admin/groups'
import { hiddenFromPartners } from '../../src/admin/hiddenFromPartners'
import { t } from '../../src/admin/label'
import { drafts } from '../../src/collections/drafts'
import { body, title } from '../../src/fields/editorial'
import { htmlEndpoint } from './htmlEndpoint'
import { nextIssueNumber } from './nextIssueNumber'

/** The project's newsletter; each published issue also renders as an HTML email. */
export const Newsletters: CollectionConfig = {
  slug: 'newsletters',
  access: editorialAccess,
  admin: {
    defaultColumns: ['title', 'issue', 'date', '_status'],
    description: t(
      'Nyhedsbreve. Se mailen, som den sendes, med knappen "Forhåndsvisning" øverst.',
      'Newsletters. See the email as it goes out with the "Preview" button at the top.',
    ),
    group: groups.catalogue,
    hidden: hiddenFromPartners,
    // Payload's Preview button: the email exactly as it goes out (the draft, with the partners it will mention).
    preview: (doc) => (doc?.id ? `/api/newsletters/${doc.id}/html?draft=true` : null),
    useAsTitle: 'title',
  },
  defaultSort: '-date',
  endpoints: [htmlEndpoint],
  fields: [
    title,
    {
      type: 'row',
      fields: [
        {
          name: 'issue',
          type: 'number',
          admin: {
            description: t('Tomt: det næste ledige nummer.', 'Empty: the next free number.'),
          },
          label: t('Nummer', 'Issue'),
          min: 1,
          unique: true,
        },
        {
          name: 'date',
          type: 'date',
          admin: { date: { pickerAppearance: 'dayOnly' } },
          label: t('Dato', 'Date'),
          required: true,
        },
      ],
    },
    {
      name: 'intro',
      type: 'textarea',
      label: t('Indledning', 'Introduction'),
      localized: true,
    },
    body,
    {
      name: 'featured',
      type: 'relationship',
      admin: {
        description: t(
          'Cases, modeller og dilemmaer, som nummeret fremhæver.',
          'Cases, models and dilemmas the issue features.',
        ),
      },
      hasMany: true,
      label: t('Fremhævet', 'Featured'),
      relationTo: ['cases', 'models', 'dilemmas'],
    },
  ],
  hooks: { beforeChange: [nextIssueNumber] },
  labels: { plural: t('Nyhedsbreve', 'Newsletters'), singular: t('Nyhedsbrev', 'Newsletter') },
  versions: drafts,
}
