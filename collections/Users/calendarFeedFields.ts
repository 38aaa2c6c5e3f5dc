import type { Field } from 'payload'

import { t } from '../../src/admin/label'

/** Set by the server only (`calendarFeedEndpoints`, with overrideAccess). */
const serverWritten = { create: () => false, update: () => false }

/**
 * A user's calendar feed of the meetings it may attend: the hash of its secret key (never in an
 * answer) and when the key was made (shown on the account page, with the buttons that make and
 * revoke it).
 */
export const calendarFeedFields: Field[] = [
  { name: 'calendarFeedKey', type: 'text', access: serverWritten, hidden: true, index: true },
  {
    name: 'calendarFeedCreatedAt',
    type: 'date',
    access: serverWritten,
    admin: {
      components: { Field: '/collections/Users/components/CalendarFeed#CalendarFeed' },
      position: 'sidebar',
    },
    label: t('Kalenderlink oprettet', 'Calendar link made'),
  },
]
