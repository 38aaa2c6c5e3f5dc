import type { Payload, PayloadRequest } from 'payload'

import { onTransactionEnd } from '../db/transactionEnd'
import { runsJobsHere } from './jobRunner'

type QueueArgs = Parameters<Payload['jobs']['queue']>[0]

/** Runs a queued job now rather than at the runner's next look; a job someone else claimed first is left to them. */
const runSoon = (payload: Payload, id: number | string) => {
  void payload.jobs.runByID({ id }).catch((error: unknown) => payload.logger.error({ err: error, msg: `job ${id} could not be started` }))
}

/**
 * Queues a job in the request's transaction: it exists only if the write that asked for it
 * commits (no `req`: at once). Where this process runs jobs, the job starts as soon as it is
 * committed; otherwise a runner picks it up within JOBS_INTERVAL.
 */
export const queueJob = async (payload: Payload, args: QueueArgs & { req?: PayloadRequest }): Promise<void> => {
  const job = await payload.jobs.queue(args as QueueArgs)
  if (!runsJobsHere() || args.waitUntil) return
  if (args.req) await onTransactionEnd(args.req, { committed: [() => runSoon(payload, job.id)] })
  else runSoon(payload, job.id)
}
