import type { CollectionConfig } from 'payload'

import { staffOnly } from '../../src/access/roles'
import { groups } from '../../src/admin/groups'
import { t } from '../../src/admin/label'
import { uploadBase } from '../../src/uploads/uploadDir'

/**
 * Files handed out at a meeting (presentations, notes, reports). Staff upload them; who else may
 * read a document and fetch its file follows the meeting (the tier plugin: members of that kind
 * of meeting).
 */
export const MeetingMaterials: CollectionConfig = {
  slug: 'meeting-materials',
  access: { create: staffOnly, delete: staffOnly, read: staffOnly, update: staffOnly },
  admin: {
    defaultColumns: ['title', 'meeting', 'download'],
    group: groups.partners,
    useAsTitle: 'title',
  },
  fields: [
    { name: 'title', type: 'text', label: t('Titel', 'Title'), maxLength: 200, required: true },
    {
      name: 'download',
      type: 'ui',
      admin: {
        components: { Cell: '/collections/MeetingMaterials/components/DownloadCell#DownloadCell' },
      },
      label: t('Fil', 'File'),
    },
    {
      name: 'meeting',
      type: 'relationship',
      index: true,
      label: t('Møde', 'Meeting'),
      relationTo: 'meetings',
      required: true,
    },
  ],
  labels: {
    plural: t('Mødematerialer', 'Meeting materials'),
    singular: t('Mødemateriale', 'Meeting material'),
  },
  upload: {
    ...uploadBase('meeting-materials'),
    mimeTypes: [
      'application/pdf',
      'application/vnd.openxmlformats-officedocument.presentationml.presentation',
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      'image/jpeg',
      'image/png',
    ],
  },
}
