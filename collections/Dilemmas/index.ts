import type { CollectionConfig } from 'payload'

import { editorialAccess } from '../../src/access/collectionAccess'
import { groups } from '../../src/admin/groups'
import { t } from '../../src/admin/label'
import { drafts } from '../../src/collections/drafts'
import { debate } from '../../src/fields/debate'
import { body, summary, themes, title } from '../../src/fields/editorial'
import { slug } from '../../src/fields/slug'

/** The dilemmas the work raises, e.g. fru Pedersen putting on her own stockings. */
export const Dilemmas: CollectionConfig = {
  slug: 'dilemmas',
  access: editorialAccess,
  admin: {
    defaultColumns: ['title', '_status', 'updatedAt'],
    description: t(
      'Dilemmaer på vejen mod mere aktive borgere.',
      'Dilemmas on the way to more active citizens.',
    ),
    group: groups.catalogue,
    useAsTitle: 'title',
  },
  fields: [
    title,
    {
      name: 'question',
      type: 'textarea',
      admin: {
        description: t('Dilemmaet formuleret som spørgsmål.', 'The dilemma as a question.'),
      },
      label: t('Spørgsmål', 'Question'),
      localized: true,
      required: true,
    },
    summary(),
    body,
    {
      name: 'perspectives',
      type: 'array',
      admin: {
        description: t(
          'De holdninger, dilemmaet kan ses fra.',
          'The positions the dilemma can be seen from.',
        ),
      },
      fields: [
        {
          name: 'position',
          type: 'text',
          label: t('Holdning', 'Position'),
          maxLength: 300,
          required: true,
        },
        { name: 'argument', type: 'textarea', label: t('Argument', 'Argument') },
      ],
      label: t('Perspektiver', 'Perspectives'),
      labels: {
        plural: t('Perspektiver', 'Perspectives'),
        singular: t('Perspektiv', 'Perspective'),
      },
      localized: true,
    },
    slug(),
    themes,
    {
      name: 'models',
      type: 'relationship',
      admin: { position: 'sidebar' },
      hasMany: true,
      label: t('Modeller', 'Models'),
      relationTo: 'models',
    },
    {
      name: 'discussedAt',
      type: 'relationship',
      admin: {
        description: t(
          'Arbejdsmødet, hvor dilemmaet blev drøftet.',
          'The working meeting where it was discussed.',
        ),
        position: 'sidebar',
      },
      label: t('Drøftet på', 'Discussed at'),
      relationTo: 'themes',
    },
    debate('dilemma'),
  ],
  labels: { plural: t('Dilemmaer', 'Dilemmas'), singular: t('Dilemma', 'Dilemma') },
  versions: drafts,
}
