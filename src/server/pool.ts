import type { Payload } from 'payload'
import type { Pool, PoolClient } from 'pg'

/** The postgres adapter's pg Pool (not part of Payload's typed adapter interface). */
export const poolOf = (payload: Payload): Pool | undefined =>
  (payload.db as unknown as { pool?: Pool }).pool

/**
 * Closes every connection of Payload's pool; Payload's own destroy() leaves the pool open.
 * The adapter keeps one client checked out for its reconnect listener and never releases
 * it, so pool.end() alone would wait forever: clients still out are destroyed (called
 * only once requests have drained).
 */
export const endPool = async (payload: Payload): Promise<void> => {
  const pool = poolOf(payload)
  if (!pool) {
    return
  }
  const ended = pool.end()
  const checkedOut = (pool as unknown as { _clients: PoolClient[] })._clients
  for (const client of [...checkedOut]) {
    client.release(true)
  }
  await ended
}
