import type { Field } from 'payload'

import { isStaff, staffField } from '../access/roles'
import { staffOrOwningPartner } from '../access/staffOrOwningPartner'
import { t } from '../admin/label'
import { partnerStatuses, type ReviewStatus, reviewStatusOptions } from './reviewStatus'

/** The review trail kept on partner-written documents, in the sidebar. */
export const reviewFields: Field[] = [
  {
    name: 'reviewStatus',
    type: 'select',
    admin: {
      description: t(
        'Klik "Send til redaktionen", når teksten er klar. Redaktionen offentliggør den eller sender den tilbage med en besked.',
        'Click "Submit for review" when it is ready. The editors publish it or send it back with a message.',
      ),
      position: 'sidebar',
    },
    defaultValue: 'draft',
    // Partners are offered what they may choose (and the current value); the hook enforces it.
    filterOptions: ({ data, options, req }) =>
      isStaff(req.user)
        ? options
        : options.filter((option) => {
            const value = typeof option === 'string' ? option : option.value
            return partnerStatuses.includes(value as ReviewStatus) || value === data?.reviewStatus
          }),
    index: true,
    label: t('Gennemsyn', 'Review'),
    options: reviewStatusOptions,
  },
  {
    name: 'reviewMessage',
    type: 'textarea',
    access: { create: staffField, read: staffOrOwningPartner, update: staffField },
    admin: {
      description: t(
        'Redaktionens besked til partneren (skal udfyldes ved "Sendt tilbage").',
        'The editors’ message to the partner (required when sending back).',
      ),
      position: 'sidebar',
    },
    label: t('Besked fra redaktionen', 'Message from the editors'),
    maxLength: 4000,
  },
  {
    name: 'submittedAt',
    type: 'date',
    access: { read: staffOrOwningPartner },
    admin: { date: { pickerAppearance: 'dayAndTime' }, position: 'sidebar', readOnly: true },
    label: t('Indsendt', 'Submitted'),
  },
  {
    name: 'submittedBy',
    type: 'relationship',
    access: { read: staffOrOwningPartner },
    admin: { position: 'sidebar', readOnly: true },
    label: t('Indsendt af', 'Submitted by'),
    relationTo: 'users',
  },
]
