import type { GlobalConfig } from 'payload'

import { publishedOrStaff } from '../../src/access/publishedOrStaff'
import { staffOnly } from '../../src/access/roles'
import { groups } from '../../src/admin/groups'
import { hiddenFromPartners } from '../../src/admin/hiddenFromPartners'
import { t } from '../../src/admin/label'
import { title } from '../../src/fields/editorial'
import { pdfEndpoint } from './pdf/pdfEndpoint'

/** The publication: the model catalogue with its partners' foreword (a global, not a collection). */
export const Catalog: GlobalConfig = {
  slug: 'catalog',
  access: { read: publishedOrStaff, readVersions: staffOnly, update: staffOnly },
  admin: {
    components: {
      elements: {
        beforeDocumentControls: ['/collections/Catalog/components/DownloadPdf#DownloadPdf'],
      },
    },
    description: t(
      'Modelkataloget: titel, forord og modellernes rækkefølge.',
      'The model catalogue: title, foreword and the order of its models.',
    ),
    group: groups.catalogue,
    hidden: hiddenFromPartners,
  },
  endpoints: [pdfEndpoint],
  fields: [
    title,
    {
      name: 'foreword',
      type: 'richText',
      admin: { description: t('Partnernes fælles forord.', 'The partners’ joint foreword.') },
      label: t('Forord', 'Foreword'),
      localized: true,
    },
    {
      name: 'models',
      type: 'relationship',
      admin: {
        description: t(
          'Modellerne i den rækkefølge, kataloget bringer dem.',
          'The models in the order the catalogue shows them.',
        ),
      },
      hasMany: true,
      label: t('Modeller', 'Models'),
      relationTo: 'models',
    },
    {
      name: 'missingModels',
      type: 'ui',
      admin: {
        components: { Field: '/collections/Catalog/components/MissingModels#MissingModels' },
      },
    },
  ],
  label: t('Katalog', 'Catalogue'),
  versions: { drafts: { schedulePublish: { timeFormat: 'HH.mm' } }, max: 50 },
}
