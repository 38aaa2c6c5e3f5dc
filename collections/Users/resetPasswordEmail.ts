import type { IncomingAuthType } from 'payload'

import { renderEmail } from '../../src/email/renderEmail'
import { adminURL } from '../../src/runtime/publicUrls'

/** The "forgot password" message in Danish, linking to SERVER_URL (Payload's own link is empty without it). */
export const resetPasswordEmail: IncomingAuthType['forgotPassword'] = {
  generateEmailHTML: ({ token } = {}) =>
    renderEmail({
      action: { label: 'Vælg nyt kodeord', url: adminURL(`/reset/${token}`) },
      heading: 'Nyt kodeord til Den aktive borger',
      paragraphs: [
        'Du (eller nogen med din e-mailadresse) har bedt om at nulstille dit kodeord. Linket virker i en time.',
        'Har du ikke bedt om det, kan du se bort fra denne e-mail; dit kodeord er uændret.',
      ],
    }).html,
  generateEmailSubject: () => 'Nulstil dit kodeord til Den aktive borger',
}
