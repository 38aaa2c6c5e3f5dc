import type { EmailAdapter, SendEmailOptions } from 'payload'

import { queueJob } from '../jobs/queueJob'

type Transport = ReturnType<EmailAdapter>

/** Payload's email adapter as the outbox: `sendEmail` queues; `deliver` is the transport the job sends with. */
export type Outbox = { deliver: Transport['sendEmail'] } & Transport

/**
 * Every email goes through the job queue (task `sendEmail`, retried with backoff): Payload's own
 * (password reset) arrive here, ours are queued with their request by `queueEmail`. The wrapped
 * transport (SMTP or the log) is what the job finally sends with.
 */
export const outboxAdapter =
  ({
    fromAddress,
    fromName,
    transport,
  }: {
    fromAddress: string
    fromName: string
    transport: EmailAdapter | Promise<EmailAdapter>
  }): EmailAdapter =>
  ({ payload }) => {
    const sender = Promise.resolve(transport).then((adapter) => adapter({ payload }))
    return {
      name: 'outbox',
      defaultFromAddress: fromAddress,
      defaultFromName: fromName,
      deliver: async (message: SendEmailOptions) => (await sender).sendEmail(message),
      sendEmail: (message: SendEmailOptions) =>
        queueJob(payload, { input: { message }, task: 'sendEmail' }),
    } satisfies Outbox
  }
