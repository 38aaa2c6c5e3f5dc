import type { PayloadRequest, SendEmailOptions, TaskConfig } from 'payload'

import type { Outbox } from './outboxAdapter'

/** Tries in all: the first, then retries after 10 s, 20 s, 40 s … (JOBS_RETRY_DELAY_MS): the last about 2¾ hours later. */
const ATTEMPTS = 11

/** A document whose `emailStatus` follows its email (an invitation). */
export type EmailAbout = { collection: 'invitations'; id: number }

export type SendEmailInput = { about?: EmailAbout | null; message: SendEmailOptions }

const markAbout = async (
  req: PayloadRequest,
  about: EmailAbout | null | undefined,
  emailStatus: 'failed' | 'sent',
) => {
  if (!about) {
    return
  }
  // By `where`: an invitation withdrawn meanwhile is simply not there (the email went out all the same).
  await req.payload.update({
    collection: about.collection,
    data: { emailStatus },
    depth: 0,
    overrideAccess: true,
    req,
    where: { id: { equals: about.id } },
  })
}

/**
 * The outbox's job: sends one message with the configured transport, retried with exponential
 * backoff while the server refuses or cannot be reached. The Message-ID is the job's own, so a
 * message sent twice (the runner died after the server took it) is recognisable as one.
 */
export const sendEmailTask = (
  retryDelayMs: number,
): TaskConfig<{ input: SendEmailInput; output: object }> => ({
  slug: 'sendEmail',
  handler: async ({ input, job, req }) => {
    const outbox = req.payload.email as Outbox
    const host = new URL(req.payload.config.serverURL || 'http://localhost').hostname
    await outbox.deliver({ ...input.message, messageId: `<email-${job.id}@${host}>` })
    await markAbout(req, input.about, 'sent')
    return { output: {} }
  },
  inputSchema: [
    { name: 'message', type: 'json', required: true },
    { name: 'about', type: 'json' },
  ],
  label: 'E-mail',
  onFail: async ({ input, req, taskStatus }) => {
    if ((taskStatus?.totalTried ?? 0) + 1 >= ATTEMPTS) {
      await markAbout(req, (input as SendEmailInput).about, 'failed')
    }
  },
  retries: { attempts: ATTEMPTS - 1, backoff: { type: 'exponential', delay: retryDelayMs } },
})
