import type { RelationshipField } from 'payload'

import { t } from '../../src/admin/label'

/** The meeting a material or a registration belongs to (the meeting's joins list them by it). */
export const meetingField: RelationshipField = {
  name: 'meeting',
  type: 'relationship',
  index: true,
  label: t('Møde', 'Meeting'),
  relationTo: 'meetings',
  required: true,
}
