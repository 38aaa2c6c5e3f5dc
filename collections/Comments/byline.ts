import type { CollectionBeforeChangeHook, Field } from 'payload'

import { t } from '../../src/admin/label'
import { partnerName } from '../../src/utilities/partnerName'

const nobody = () => false

/**
 * Who wrote a comment, as the public debate shows it: the author's display name and organisation
 * (its partner's name), never its email. Users themselves are not public, so the byline is kept
 * on the comment, as it was when written.
 */
export const bylineFields: Field[] = [
  {
    name: 'authorName',
    type: 'text',
    access: { create: nobody, update: nobody },
    admin: { position: 'sidebar', readOnly: true },
    label: t('Skrevet af', 'Written by'),
  },
  {
    name: 'authorOrganisation',
    type: 'text',
    access: { create: nobody, update: nobody },
    admin: { position: 'sidebar', readOnly: true },
    label: t('Organisation', 'Organisation'),
  },
]

/** Fills the byline from the logged-in author on create. */
export const setByline: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create' || !req.user) {
    return data
  }
  const user = req.user as { name?: null | string; partner?: unknown }
  return {
    ...data,
    authorName: user.name?.trim() || null,
    authorOrganisation: (await partnerName(req, user.partner)) ?? null,
  }
}
