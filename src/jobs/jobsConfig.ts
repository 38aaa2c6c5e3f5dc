import type { JobsConfig } from 'payload'

import { hasRole } from '../access/roles'
import { sendEmailTask } from '../email/sendEmailTask'
import { announceEventTask } from '../webhooks/announceEventTask'
import { deliverWebhookTask } from '../webhooks/deliverWebhookTask'
import { runsJobsHere } from './jobRunner'
import { jobsCollection } from './jobsCollection'
import { jobSettings } from './jobSettings'

const admins = ({ req }: { req: { user: unknown } }) => hasRole(req.user as never, 'admin')

/**
 * Payload's job queue (tasks kept in PostgreSQL, retried with backoff): the email outbox,
 * webhook deliveries and scheduled publishing (Payload's own task). A server runs the queue
 * every JOBS_INTERVAL seconds unless JOBS_AUTORUN=off; `npm run worker` runs it alone.
 */
export const jobsConfig = (env: NodeJS.ProcessEnv = process.env): JobsConfig => {
  const { intervalSeconds, retryDelayMs } = jobSettings(env)
  return {
    // Only administrators run, queue or cancel jobs over HTTP (`/api/payload-jobs/run`); Payload lets any login.
    access: { cancel: admins, queue: admins, run: admins },
    // One document's webhook events one at a time, in order (`announceEventTask`).
    autoRun: [{ allQueues: true, cron: `*/${intervalSeconds} * * * * *`, limit: 20 }],
    enableConcurrencyControl: true,
    jobsCollectionOverrides: jobsCollection,
    processingOrder: 'createdAt',
    shouldAutoRun: runsJobsHere,
    tasks: [
      sendEmailTask(retryDelayMs),
      announceEventTask(retryDelayMs),
      deliverWebhookTask(retryDelayMs),
    ],
  }
}
