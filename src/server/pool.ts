import type { Payload } from 'payload'
import type { Pool, PoolClient } from 'pg'

/** The postgres adapter's pg Pool (not part of Payload's typed adapter interface). */
export const poolOf = (payload: Payload): Pool | undefined =>
  (payload.db as unknown as { pool?: Pool }).pool

/** The read replicas' pools (DATABASE_READ_URIS), made by the adapter itself when it connects. */
const replicaPools = (payload: Payload): Pool[] =>
  (
    (payload.db as unknown as { drizzle?: { $replicas?: Array<{ $client: Pool }> } }).drizzle
      ?.$replicas ?? []
  ).map((replica) => replica.$client)

/** Every pool of Payload's: the primary's, then the read replicas'. */
export const poolsOf = (payload: Payload): Pool[] =>
  [poolOf(payload), ...replicaPools(payload)].filter((pool) => pool !== undefined)

/**
 * Closes every connection of Payload's pools; Payload's own destroy() leaves them open.
 * The adapter keeps one client of each checked out for its reconnect listener and never
 * releases it, so pool.end() alone would wait forever: clients still out are destroyed (called
 * only once requests have drained).
 */
export const endPool = async (payload: Payload): Promise<void> => {
  await Promise.all(
    poolsOf(payload).map(async (pool) => {
      const ended = pool.end()
      const checkedOut = (pool as unknown as { _clients: PoolClient[] })._clients
      for (const client of [...checkedOut]) {
        client.release(true)
      }
      await ended
    }),
  )
}
