import type { CollectionConfig } from 'payload'

import { publicReferenceAccess } from '../../src/access/collectionAccess'
import { groups } from '../../src/admin/groups'
import { t } from '../../src/admin/label'
import { owningPartner } from '../../src/fields/owningPartner'
import { imageMimeTypes, uploadBase } from '../../src/uploads/uploadDir'

/** Partner logos, in sizes for the website and for print. */
export const Logos: CollectionConfig = {
  slug: 'logos',
  access: publicReferenceAccess,
  admin: {
    defaultColumns: ['filename', 'partner', 'updatedAt'],
    description: t(
      'Partnernes logoer (PNG, JPEG eller WebP).',
      'Partner logos (PNG, JPEG or WebP).',
    ),
    group: groups.partners,
    useAsTitle: 'filename',
  },
  fields: [
    owningPartner,
    {
      name: 'alt',
      type: 'text',
      admin: {
        description: t(
          'Tekst for skærmlæsere, typisk partnerens navn.',
          'Text for screen readers, usually the partner’s name.',
        ),
      },
      label: t('Alternativ tekst', 'Alt text'),
      maxLength: 200,
      required: true,
    },
  ],
  labels: { plural: t('Logoer', 'Logos'), singular: t('Logo', 'Logo') },
  upload: {
    ...uploadBase('logos'),
    adminThumbnail: 'thumbnail',
    imageSizes: [
      { name: 'thumbnail', fit: 'inside', height: 200, width: 200, withoutEnlargement: true },
      {
        name: 'web',
        fit: 'inside',
        formatOptions: { format: 'webp', options: { quality: 85 } },
        height: 400,
        width: 800,
        withoutEnlargement: true,
      },
      {
        name: 'print',
        fit: 'inside',
        formatOptions: { format: 'png' },
        height: 1500,
        width: 3000,
        withoutEnlargement: true,
      },
    ],
    mimeTypes: imageMimeTypes,
  },
}
