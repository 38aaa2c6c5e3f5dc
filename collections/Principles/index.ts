import type { CollectionConfig } from 'payload'

import { publicReferenceAccess } from '../../src/access/collectionAccess'
import { groups } from '../../src/admin/groups'
import { hiddenFromPartners } from '../../src/admin/hiddenFromPartners'
import { t } from '../../src/admin/label'
import { title } from '../../src/fields/editorial'
import { slug } from '../../src/fields/slug'

/** The 12 principles for effective implementation (Social- og Integrationsministeriet, 2012). */
export const Principles: CollectionConfig = {
  slug: 'principles',
  access: publicReferenceAccess,
  admin: {
    defaultColumns: ['number', 'title'],
    description: t(
      'De 12 principper for effektiv implementering.',
      'The 12 principles for effective implementation.',
    ),
    group: groups.catalogue,
    hidden: hiddenFromPartners,
    useAsTitle: 'title',
  },
  defaultSort: 'number',
  fields: [
    {
      name: 'number',
      type: 'number',
      admin: { position: 'sidebar' },
      index: true,
      label: t('Nummer', 'Number'),
      min: 1,
      required: true,
      unique: true,
    },
    title,
    {
      name: 'text',
      type: 'textarea',
      label: t('Tekst', 'Text'),
      localized: true,
      required: true,
    },
    slug(),
    {
      name: 'models',
      type: 'join',
      collection: 'models',
      label: t('Modeller der følger princippet', 'Models following it'),
      on: 'principles',
    },
  ],
  labels: { plural: t('Principper', 'Principles'), singular: t('Princip', 'Principle') },
}
