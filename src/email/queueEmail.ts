import type { PayloadRequest } from 'payload'

import type { EmailAbout } from './sendEmailTask'

import { queueJob } from '../jobs/queueJob'
import { renderEmail } from './renderEmail'

type Email = { subject: string; to: string | string[] } & Parameters<typeof renderEmail>[0]

/**
 * Puts a message in the outbox as part of the request's write: it is sent (and retried) by the
 * job queue once the write commits, and never if it rolls back. `about` names a document whose
 * `emailStatus` follows the message (pending → sent or failed).
 */
export const queueEmail = async (
  req: PayloadRequest,
  { subject, to, ...content }: Email,
  about?: EmailAbout,
): Promise<void> => {
  if (Array.isArray(to) && !to.length) {
    return
  }
  await queueJob(req.payload, {
    input: { about, message: { subject, to, ...renderEmail(content) } },
    req,
    task: 'sendEmail',
  })
}
