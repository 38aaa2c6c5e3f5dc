import type { EmailAdapter, SendEmailOptions } from 'payload'

import { log } from '../runtime/log'

const addresses = (value: SendEmailOptions['to']): string =>
  (Array.isArray(value) ? value : [value])
    .map((entry) => (entry && typeof entry === 'object' ? entry.address : entry))
    .filter(Boolean)
    .join(', ')

/**
 * Without an SMTP server, every message is written to the log in full (recipients, subject,
 * text) instead of being dropped, so invitation and reset links can be followed in development.
 */
export const logEmailAdapter =
  ({ fromAddress, fromName }: { fromAddress: string; fromName: string }): EmailAdapter =>
  () => ({
    name: 'log',
    defaultFromAddress: fromAddress,
    defaultFromName: fromName,
    sendEmail: async (message) => {
      log.info(
        `email (not sent: SMTP_URL is not set) to: ${addresses(message.to)} subject: ${message.subject}\n${message.text ?? message.html ?? ''}\n--- end of email`,
      )
      return { accepted: addresses(message.to) }
    },
  })
