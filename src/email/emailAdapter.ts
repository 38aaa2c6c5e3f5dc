import type { EmailAdapter } from 'payload'

import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import nodemailer from 'nodemailer'

import { emailSettings } from './emailSettings'
import { logEmailAdapter } from './logEmailAdapter'
import { outboxAdapter } from './outboxAdapter'

/** How long an SMTP server gets to answer before a send counts as failed (and is retried): nodemailer waits minutes. */
const SMTP_TIMEOUT_MS = 15_000

/**
 * Mail is queued (`outboxAdapter`) and sent by a job through SMTP_URL with Payload's nodemailer
 * adapter, or written to the log when SMTP_URL is unset.
 */
export const emailAdapter = (env: NodeJS.ProcessEnv = process.env): EmailAdapter => {
  const { fromAddress, fromName, smtpUrl } = emailSettings(env)
  const transport = smtpUrl
    ? nodemailerAdapter({
        defaultFromAddress: fromAddress,
        defaultFromName: fromName,
        // Verifying connects to the server at every start (logged if it fails); the first send does that anyway.
        skipVerify: true,
        transport: nodemailer.createTransport({
          connectionTimeout: SMTP_TIMEOUT_MS,
          greetingTimeout: SMTP_TIMEOUT_MS,
          socketTimeout: SMTP_TIMEOUT_MS,
          url: smtpUrl,
        }),
      })
    : logEmailAdapter({ fromAddress, fromName })
  return outboxAdapter({ fromAddress, fromName, transport })
}
