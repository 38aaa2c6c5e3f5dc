import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { PoolClient } from 'pg'

import { randomInt } from 'node:crypto'

/** First key of the advisory locks that say "this job runner is alive" (ASCII "JOBS"). */
export const RUNNER_LOCK_NAMESPACE = 0x4a4f4253

const RUNNER = Symbol.for('den-aktive-borger.jobRunner')

type WithRunner = { [RUNNER]?: Promise<number> } & PostgresAdapter

/**
 * This process's runner id: a random positive int4, held as a PostgreSQL session advisory lock
 * (`RUNNER_LOCK_NAMESPACE`, id) on a connection of its own for as long as the process lives.
 * A process that dies, even by kill -9, loses the connection and with it the lock, which is how
 * other runners tell that the jobs it had claimed are orphans (`exclusiveClaims`). Taken at the
 * first claim, so only processes that run jobs hold one.
 */
export const runnerId = (adapter: PostgresAdapter): Promise<number> => {
  const withRunner = adapter as WithRunner
  withRunner[RUNNER] ??= (async () => {
    const id = randomInt(1, 2 ** 31 - 1)
    // Kept checked out: `endPool` releases it at shutdown.
    const client: PoolClient = await adapter.pool.connect()
    await client.query('select pg_advisory_lock($1, $2)', [RUNNER_LOCK_NAMESPACE, id])
    return id
  })().catch((error) => {
    delete withRunner[RUNNER]
    throw error
  })
  return withRunner[RUNNER]
}
