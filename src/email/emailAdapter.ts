import type { EmailAdapter } from 'payload'

import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import nodemailer from 'nodemailer'

import { emailSettings } from './emailSettings'
import { logEmailAdapter } from './logEmailAdapter'

/** Mail goes out through SMTP_URL with Payload's nodemailer adapter, or to the log when unset. */
export const emailAdapter = (env: NodeJS.ProcessEnv = process.env): EmailAdapter | Promise<EmailAdapter> => {
  const { fromAddress, fromName, smtpUrl } = emailSettings(env)
  if (!smtpUrl) return logEmailAdapter({ fromAddress, fromName })
  return nodemailerAdapter({
    defaultFromAddress: fromAddress,
    defaultFromName: fromName,
    // Verifying connects to the server at every start (logged if it fails); the first send does that anyway.
    skipVerify: true,
    transport: nodemailer.createTransport(smtpUrl),
  })
}
