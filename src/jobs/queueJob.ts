import type { Payload, PayloadRequest } from 'payload'

import { onTransactionEnd } from '../db/transactionEnd'
import { runsJobsHere } from './jobRunner'

type QueueArgs = Parameters<Payload['jobs']['queue']>[0]

/** Marks a request whose committed jobs are already to be started. */
const STARTS_JOBS = Symbol.for('den-aktive-borger.startsJobs')

/** How many jobs one start picks up (the rest wait for the next one or the runner's interval). */
const LIMIT = 20

/** Runs the queue now rather than at the runner's next look; jobs someone else claimed first are left to them. */
const runSoon = (payload: Payload) => {
  void payload.jobs
    .run({ allQueues: true, limit: LIMIT })
    .catch((error: unknown) =>
      payload.logger.error({ err: error, msg: 'queued jobs could not be started' }),
    )
}

/**
 * Queues a job in the request's transaction: it exists only if the write that asked for it
 * commits (no `req`: at once). Where this process runs jobs, the queue is run once the write has
 * committed (once per request, however many jobs it queued); otherwise a runner picks the job up
 * within JOBS_INTERVAL.
 */
export const queueJob = async (
  payload: Payload,
  args: { req?: PayloadRequest } & QueueArgs,
): Promise<void> => {
  await payload.jobs.queue(args as QueueArgs)
  if (!runsJobsHere() || args.waitUntil) {
    return
  }
  const { req } = args
  if (!req) {
    return runSoon(payload)
  }
  const marked = req as { [STARTS_JOBS]?: boolean } & PayloadRequest
  if (marked[STARTS_JOBS]) {
    return
  }
  marked[STARTS_JOBS] = true
  await onTransactionEnd(req, { committed: [() => runSoon(payload)] })
}
