import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { BaseDatabaseAdapter, SanitizedConfig, Where } from 'payload'

import { sql } from '@payloadcms/db-postgres'

import { RUNNER_LOCK_NAMESPACE, runnerId } from './runnerLiveness'

/** Taken by every claim: one claim at a time across all processes on the database. */
const CLAIM_LOCK = 0x434c4149 // ASCII "CLAI"

/** Only a job nobody runs, not finished and not given up, may be claimed. */
const CLAIMABLE: Where = {
  and: [
    { processing: { equals: false } },
    { completedAt: { exists: false } },
    { hasError: { not_equals: true } },
  ],
}

type UpdateJobs = BaseDatabaseAdapter['updateJobs']

/** Orphans are looked for at most this often per process: a runner's death is rare, claims are not. */
const ORPHAN_CHECK_MS = 5_000

/**
 * Jobs claimed by a runner that is gone (no session holds its liveness lock) are given back to
 * the queue. Payload marks a job `processing` when it picks it up and has no lease, so a job
 * whose runner was killed mid-run would otherwise never run again.
 */
const releaseOrphans = (db: PostgresAdapter['drizzle']) =>
  db.execute(sql`
    update payload_jobs set processing = false
    where processing and not exists (
      select 1 from pg_locks
      where locktype = 'advisory' and granted and objsubid = 2
        and database = (select oid from pg_database where datname = current_database())
        and classid::bigint = ${RUNNER_LOCK_NAMESPACE} and objid::bigint = payload_jobs.claimed_by::bigint
    )`)

/**
 * Makes Payload's job claims exclusive and recoverable. Payload claims by reading the runnable
 * jobs and then marking them `processing` (and `runByID` marks one without looking), so two
 * runners (a server and `npm run worker`, or two servers) can start the same job twice. Here each
 * claim runs under one transaction-scoped advisory lock, claims only jobs still claimable, records
 * the claiming runner (`claimedBy`), and first (every few seconds) releases the jobs of runners that died.
 * Applied to the sanitized config: `buildConfig(...).then(withExclusiveJobClaims)`.
 */
export const withExclusiveJobClaims = (config: SanitizedConfig): SanitizedConfig => {
  const { init } = config.db
  config.db.init = (args) => {
    const adapter = init(args) as unknown as PostgresAdapter
    const updateJobs: UpdateJobs = adapter.updateJobs.bind(adapter)
    let orphansCheckedAt = 0
    adapter.updateJobs = async (claim) => {
      if (claim.data?.processing !== true) {
        return updateJobs(claim)
      }
      const transactionID = claim.req?.transactionID ? await claim.req.transactionID : undefined
      const db = transactionID === undefined ? undefined : adapter.sessions[transactionID]?.db
      if (!db) {
        throw new Error('A job claim needs a transaction of its own (Payload always gives it one).')
      }
      const claimedBy = await runnerId(adapter)
      await db.execute(sql`select pg_advisory_xact_lock(${CLAIM_LOCK})`)
      if (Date.now() - orphansCheckedAt > ORPHAN_CHECK_MS) {
        await releaseOrphans(db)
        orphansCheckedAt = Date.now()
      }
      const where: Where = {
        and: [
          claim.id !== undefined ? { id: { equals: claim.id } } : (claim.where ?? {}),
          CLAIMABLE,
        ],
      }
      return updateJobs({
        ...claim,
        id: undefined,
        data: { ...claim.data, claimedBy },
        limit: claim.id !== undefined ? 1 : claim.limit,
        where,
      } as Parameters<UpdateJobs>[0])
    }
    return adapter as unknown as ReturnType<typeof init>
  }
  return config
}
