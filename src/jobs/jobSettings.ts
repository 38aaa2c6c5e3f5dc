import { StartupError } from '../runtime/StartupError'
import { wholeSetting } from '../runtime/wholeSetting'

export type JobSettings = {
  /** Whether this server runs queued jobs itself (JOBS_AUTORUN, default on). */
  autoRun: boolean
  /** Seconds between two looks at the queue (JOBS_INTERVAL, default 5): the delay of a scheduled publish at most. */
  intervalSeconds: number
  /** First retry delay of an email or webhook, in ms (JOBS_RETRY_DELAY_MS, default 10 000); it doubles at each retry. */
  retryDelayMs: number
}

/**
 * The job queue's settings (README: Background jobs), checked at start. With several app
 * servers, set JOBS_AUTORUN=off on them and run `npm run worker` instead.
 */
export const jobSettings = (env: NodeJS.ProcessEnv = process.env): JobSettings => {
  const autoRun = env.JOBS_AUTORUN || 'on'
  if (autoRun !== 'on' && autoRun !== 'off') {
    throw new StartupError(`JOBS_AUTORUN must be "on" or "off", not "${autoRun}".`)
  }
  const intervalSeconds = wholeSetting(env, 'JOBS_INTERVAL', 5, 1)
  if (intervalSeconds > 59) {
    throw new StartupError(
      `JOBS_INTERVAL is in seconds and at most 59, not "${env.JOBS_INTERVAL}".`,
    )
  }
  return {
    autoRun: autoRun === 'on',
    intervalSeconds,
    retryDelayMs: wholeSetting(env, 'JOBS_RETRY_DELAY_MS', 10_000, 1),
  }
}
