import type { JoinField } from 'payload'

import { t } from '../admin/label'

/**
 * The document's debate: its visible comments, newest first (hidden ones for staff only), joined
 * on the comment's plain key for this kind of document (`case`, `dilemma`, `model`).
 */
export const debate = (on: 'case' | 'dilemma' | 'model'): JoinField => ({
  name: 'comments',
  type: 'join',
  // Comments are written under Debat → Kommentarer (the keys here are set from the comment's target).
  admin: {
    allowCreate: false,
    defaultColumns: ['body', 'authorName', 'authorOrganisation', 'hidden', 'createdAt'],
  },
  collection: 'comments',
  defaultLimit: 20,
  defaultSort: '-createdAt',
  label: t('Debat', 'Debate'),
  on,
})
