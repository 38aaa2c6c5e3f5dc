import type { Connect, SanitizedConfig } from 'payload'
import type { Pool } from 'pg'

import { type PostgresAdapter, sql } from '@payloadcms/db-postgres'

import { log } from '../runtime/log'
import { changeGeneration, isListening } from './changeGeneration'

type Executes = Pick<PostgresAdapter['drizzle'], 'execute'>

/** What Payload's adapter holds once connected with `readReplicas` (not in its public type). */
type WithReplicas = {
  connect?: Connect
  drizzle: { $replicas?: Array<{ $client?: Pool } & Executes> }
  lastWriteTimestamp?: number
  primaryDrizzle?: Executes
  readReplicaOptions?: string[]
  readReplicasAfterWriteInterval: number
}

/**
 * Whether a replica has replayed the primary's WAL up to `lsn`; a server not in recovery is the
 * primary itself (e.g. behind a pooler), in step by definition.
 */
const replayed = async (replica: Executes, lsn: string): Promise<boolean> => {
  const { rows } = await replica.execute(
    sql`select coalesce(case when pg_is_in_recovery() then pg_last_wal_replay_lsn() else pg_current_wal_lsn() end >= ${lsn}::pg_lsn, false) as replayed`,
  )
  return rows[0]?.replayed === true
}

/**
 * Read-your-writes with read replicas (README: Read replicas). Payload sends a read outside a
 * transaction to a replica unless a write happened in this process within a fixed interval,
 * which lag can outlast, and which knows nothing of other servers' writes. Instead, a read goes
 * to a replica only once every replica has replayed every write this process knows of: each
 * committed write, its own or another server's (heard through `listenForChanges`), starts a new
 * change generation (`changeGeneration`), and reads go to the primary until a check finds each
 * replica's replay position at or past the primary's WAL position taken after that generation
 * began. The check is made by the reads that find the replicas untrusted, one at a time, and
 * only then: nothing is polled while nothing is read. A process that does not hear other
 * servers' writes (the job worker, a lost listener) reads from the primary only. So anything
 * read in a generation — the response cache's answers included — is at least as new as every
 * write counted before it. Applied to the sanitized config: `buildConfig(...).then(withReplicaFence)`.
 */
export const withReplicaFence = (config: SanitizedConfig): SanitizedConfig => {
  const { init } = config.db
  config.db.init = (args) => {
    const adapter = init(args) as unknown as WithReplicas
    if (!adapter.readReplicaOptions?.length) {
      return adapter as unknown as ReturnType<typeof init>
    }
    let trusted = -1
    let target: { generation: number; lsn: string } | undefined
    let checking = false
    let failing = false

    const check = async () => {
      const generation = changeGeneration()
      const { $replicas = [] } = adapter.drizzle
      if (!adapter.primaryDrizzle || $replicas.length === 0) {
        return
      }
      // Taken once per generation: fixed, a replica that streams steadily reaches it.
      if (target?.generation !== generation) {
        const { rows } = await adapter.primaryDrizzle.execute(
          sql`select pg_current_wal_lsn()::text as lsn`,
        )
        target = { generation, lsn: String(rows[0]?.lsn) }
      }
      const { lsn } = target
      const inStep = await Promise.all($replicas.map((replica) => replayed(replica, lsn)))
      if (inStep.every(Boolean)) {
        trusted = generation
      }
    }

    // A replica that drops its connections (stopped, restarted) is not trusted until a check finds
    // it answering and in step again; the listener also keeps a lost idle connection from
    // crashing a process that has no other (the job worker).
    const { connect } = adapter
    const watched = new WeakSet<Pool>()
    adapter.connect = async (options) => {
      await connect?.call(adapter, options)
      for (const { $client: pool } of adapter.drizzle.$replicas ?? []) {
        if (pool && !watched.has(pool)) {
          watched.add(pool)
          pool.on('error', () => {
            trusted = -1
          })
        }
      }
    }

    // Payload's routing (`shouldReadFromPrimary`) asks whether the last write is younger than this
    // interval: never while the replicas are in step, always otherwise.
    adapter.lastWriteTimestamp = Date.now()
    Object.defineProperty(adapter, 'readReplicasAfterWriteInterval', {
      configurable: true,
      get: () => {
        if (!isListening()) {
          return Number.POSITIVE_INFINITY
        }
        if (trusted === changeGeneration()) {
          return 0
        }
        if (!checking) {
          checking = true
          check()
            .then(() => {
              failing = false
            })
            .catch((error: Error) => {
              // Once per outage, not once per read: drizzle's message is the query, the cause says why.
              if (!failing) {
                const cause = error.cause instanceof Error ? error.cause.message : error.message
                log.warn(`A read replica does not answer (${cause}): reads go to the primary`)
              }
              failing = true
            })
            .finally(() => {
              checking = false
            })
        }
        return Number.POSITIVE_INFINITY
      },
    })
    return adapter as unknown as ReturnType<typeof init>
  }
  return config
}
