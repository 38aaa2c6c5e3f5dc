import type { CollectionConfig } from 'payload'

import { publicReferenceAccess } from '../../src/access/collectionAccess'
import { staffField } from '../../src/access/roles'
import { groups } from '../../src/admin/groups'
import { t } from '../../src/admin/label'
import { imageMimeTypes, uploadBase } from '../../src/uploads/uploadDir'

/** Images and PDF attachments for cases and posts; partners upload their own. */
export const Media: CollectionConfig = {
  slug: 'media',
  access: publicReferenceAccess,
  admin: {
    defaultColumns: ['filename', 'alt', 'mimeType', 'updatedAt'],
    description: t('Billeder og PDF-bilag til cases og blogindlæg.', 'Images and PDF attachments for cases and posts.'),
    group: groups.catalogue,
    useAsTitle: 'filename',
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      admin: { description: t('Hvad billedet viser, for skærmlæsere.', 'What the image shows, for screen readers.') },
      label: t('Alternativ tekst', 'Alt text'),
      localized: true,
      maxLength: 300,
    },
    {
      name: 'caption',
      type: 'textarea',
      label: t('Billedtekst', 'Caption'),
      localized: true,
    },
    {
      name: 'partner',
      type: 'relationship',
      access: { update: staffField },
      admin: {
        description: t('Sættes, når en partner uploader; kun partneren og redaktionen kan ændre filen.', 'Set when a partner uploads; only that partner and the editors can change the file.'),
        position: 'sidebar',
      },
      index: true,
      label: t('Partner', 'Partner'),
      relationTo: 'partners',
    },
  ],
  labels: { plural: t('Medier', 'Media'), singular: t('Medie', 'Media item') },
  upload: {
    ...uploadBase('media'),
    adminThumbnail: 'thumbnail',
    imageSizes: [
      { name: 'thumbnail', fit: 'cover', height: 300, width: 300 },
      { name: 'card', fit: 'inside', height: 600, width: 800, withoutEnlargement: true },
      { name: 'wide', fit: 'inside', height: 1200, width: 1920, withoutEnlargement: true },
    ],
    mimeTypes: [...imageMimeTypes, 'application/pdf'],
  },
}
