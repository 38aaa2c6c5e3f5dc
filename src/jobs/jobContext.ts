import type { SanitizedConfig, TaskHandler } from 'payload'

import { AsyncLocalStorage } from 'node:async_hooks'

export type RunningJob = { id: number | string; task: string }

/** One store per process, whichever copy of this module asks (Next bundles its own). */
const KEY = Symbol.for('den-aktive-borger.jobContext')
const store: AsyncLocalStorage<RunningJob> = ((globalThis as Record<symbol, unknown>)[KEY] ??=
  new AsyncLocalStorage<RunningJob>()) as AsyncLocalStorage<RunningJob>

/**
 * The job whose task is running, seen from anywhere below it: Payload's own tasks (scheduled
 * publishing) call the Local API without passing their request on, so this is how a write
 * learns that a job made it (the audit trail's "door").
 */
export const runningJob = (): RunningJob | undefined => store.getStore()

/**
 * Runs every task's handler inside its job's context, Payload's own tasks included (added
 * while sanitizing). Applied to the sanitized config: `buildConfig(...).then(withJobContext)`.
 */
export const withJobContext = (config: SanitizedConfig): SanitizedConfig => {
  for (const task of config.jobs?.tasks ?? []) {
    const { handler } = task
    if (typeof handler !== 'function') {
      continue
    }
    task.handler = ((args) =>
      store.run({ id: args.job.id, task: task.slug }, () => handler(args))) as TaskHandler<never>
  }
  return config
}
