import type { CollectionConfig } from 'payload'

import { staffOnly } from '../../src/access/roles'
import { groups } from '../../src/admin/groups'
import { t } from '../../src/admin/label'
import { uploadBase } from '../../src/uploads/uploadDir'

/** Data from the Velfærdspanel's surveys (about 3,100 key people): reports and data files. */
export const PanelSurveys: CollectionConfig = {
  slug: 'panel-surveys',
  access: { create: staffOnly, delete: staffOnly, read: staffOnly, update: staffOnly },
  admin: {
    defaultColumns: ['title', 'conductedAt', 'filename'],
    description: t(
      'Datamateriale fra rundspørger i Velfærdspanelet (PDF, CSV eller Excel).',
      'Data from the Velfærdspanel surveys (PDF, CSV or Excel).',
    ),
    group: groups.partners,
    useAsTitle: 'title',
  },
  defaultSort: '-conductedAt',
  fields: [
    { name: 'title', type: 'text', label: t('Titel', 'Title'), maxLength: 200, required: true },
    {
      name: 'conductedAt',
      type: 'date',
      admin: { date: { pickerAppearance: 'dayOnly' } },
      label: t('Gennemført', 'Conducted'),
    },
    { name: 'description', type: 'textarea', label: t('Beskrivelse', 'Description') },
  ],
  labels: {
    plural: t('Panelundersøgelser', 'Panel surveys'),
    singular: t('Panelundersøgelse', 'Panel survey'),
  },
  upload: {
    ...uploadBase('panel-surveys'),
    mimeTypes: [
      'application/pdf',
      'text/csv',
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    ],
  },
}
