import type { Field } from 'payload'

import { t } from '../../src/admin/label'
import { plainTextToHtml } from '../../src/utilities/plainTextToHtml'

/** The comment as safe HTML for frontends (escaped, links made clickable); computed, not stored. */
export const bodyHtml: Field = {
  name: 'bodyHtml',
  type: 'text',
  admin: { hidden: true },
  hooks: {
    afterRead: [
      ({ siblingData }) =>
        typeof siblingData.body === 'string' ? plainTextToHtml(siblingData.body) : undefined,
    ],
  },
  label: t('Indlæg som HTML', 'Comment as HTML'),
  virtual: true,
}
