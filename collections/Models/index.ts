import type { CollectionConfig } from 'payload'

import { editorialAccess } from '../../src/access/collectionAccess'
import { groups } from '../../src/admin/groups'
import { t } from '../../src/admin/label'
import { drafts } from '../../src/collections/drafts'
import { checklist, points } from '../../src/fields/checklist'
import { debate } from '../../src/fields/debate'
import { body, summary, themes, title } from '../../src/fields/editorial'
import { slug } from '../../src/fields/slug'
import { examplesToPublish } from './examplesToPublish'

/** The catalogue's entries: models for making citizens active and independent (5–10). */
export const Models: CollectionConfig = {
  slug: 'models',
  access: editorialAccess,
  admin: {
    defaultColumns: ['title', 'order', '_status', 'updatedAt'],
    description: t(
      'Modelkatalogets modeller, hver med eksempler og en tjekliste.',
      'The catalogue’s models, each with examples and a checklist.',
    ),
    group: groups.catalogue,
    listSearchableFields: ['title', 'summary'],
    useAsTitle: 'title',
  },
  defaultSort: 'order',
  fields: [
    title,
    summary(),
    {
      type: 'tabs',
      tabs: [
        {
          fields: [
            body,
            {
              name: 'examples',
              type: 'relationship',
              admin: {
                description: t(
                  'Konkrete cases, der viser modellen i brug. Mindst én, før modellen kan udgives.',
                  'Concrete cases showing the model in use. At least one before it can be published.',
                ),
              },
              hasMany: true,
              label: t('Eksempler', 'Examples'),
              relationTo: 'cases',
              validate: examplesToPublish,
            },
            checklist,
          ],
          label: t('Model', 'Model'),
        },
        {
          fields: [
            {
              name: 'addedValue',
              type: 'textarea',
              admin: {
                description: t('Den dokumenterede merværdi.', 'The documented added value.'),
              },
              label: t('Merværdi', 'Added value'),
              localized: true,
            },
            points('strengths', t('Styrker', 'Strengths')),
            points('weaknesses', t('Svagheder', 'Weaknesses')),
            {
              name: 'transferability',
              type: 'textarea',
              admin: {
                description: t(
                  'Andre områder, hvor modellen kan bruges.',
                  'Other fields the model applies to.',
                ),
              },
              label: t('Overførbarhed', 'Transferability'),
              localized: true,
            },
          ],
          label: t('Vurdering', 'Assessment'),
        },
      ],
    },
    slug(),
    {
      name: 'order',
      type: 'number',
      admin: {
        description: t('Rækkefølge i kataloget.', 'Position in the catalogue.'),
        position: 'sidebar',
      },
      index: true,
      label: t('Rækkefølge', 'Order'),
      min: 0,
    },
    themes,
    {
      name: 'principles',
      type: 'relationship',
      admin: { position: 'sidebar' },
      hasMany: true,
      label: t('Principper', 'Principles'),
      relationTo: 'principles',
    },
    {
      name: 'dilemmas',
      type: 'join',
      collection: 'dilemmas',
      label: t('Dilemmaer', 'Dilemmas'),
      on: 'models',
    },
    debate('model'),
  ],
  labels: { plural: t('Modeller', 'Models'), singular: t('Model', 'Model') },
  versions: drafts,
}
