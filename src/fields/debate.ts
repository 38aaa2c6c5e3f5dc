import type { JoinField } from 'payload'

import { t } from '../admin/label'

/** The document's debate: its visible comments, newest first (hidden ones for staff only). */
export const debate: JoinField = {
  name: 'comments',
  type: 'join',
  admin: { defaultColumns: ['body', 'author', 'hidden', 'createdAt'] },
  collection: 'comments',
  defaultLimit: 20,
  defaultSort: '-createdAt',
  label: t('Debat', 'Debate'),
  on: 'target',
}
