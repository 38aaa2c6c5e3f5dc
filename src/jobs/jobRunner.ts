/** Set on the process, whichever copy of this module asks (Next bundles its own). */
const RUNS_JOBS = Symbol.for('den-aktive-borger.runsJobs')

const flags = globalThis as { [RUNS_JOBS]?: boolean }

/**
 * Declares this process a job runner: the server with JOBS_AUTORUN on, or `npm run worker`.
 * Payload starts its job crons wherever its Next route handlers run (they ask for them), so the
 * crons alone do not say who runs jobs; `jobs.shouldAutoRun` asks this.
 */
export const runJobsHere = (): void => {
  flags[RUNS_JOBS] = true
}

/** Whether this process runs jobs; never a process that only uses the Local API (a script, a test). */
export const runsJobsHere = (): boolean => flags[RUNS_JOBS] === true
