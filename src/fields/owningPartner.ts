import type { RelationshipField } from 'payload'

import { t } from '../admin/label'

/** The partner a document belongs to (a logo, a meeting registration): required, indexed for "its own" lists. */
export const owningPartner: RelationshipField = {
  name: 'partner',
  type: 'relationship',
  index: true,
  label: t('Partner', 'Partner'),
  relationTo: 'partners',
  required: true,
}
