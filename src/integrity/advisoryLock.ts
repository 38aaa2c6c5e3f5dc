import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { PayloadRequest } from 'payload'

import { sql } from '@payloadcms/db-postgres'

/** The key of a whole collection or global (a document id is never 0: ids are serials from 1). */
export const WHOLE = 0

/** How long a write waits for another write to the same document before giving up (then: 503, try again). */
const LOCK_TIMEOUT = '15s'

/**
 * Takes PostgreSQL transaction-scoped advisory locks in the request's transaction, in the order
 * given: `shared` ones let others of their kind in, the rest are exclusive. They are released when
 * the transaction commits or rolls back; a request without a transaction (Local API with
 * `disableTransaction`) has nothing to hold them and takes none. The same transaction may take a
 * lock again (PostgreSQL counts them), so a hook that writes the document again does not wait for itself.
 */
export const advisoryLocks = async (req: PayloadRequest, namespace: string, keys: Array<{ id: number; shared?: boolean }>): Promise<void> => {
  if (!req.transactionID) return
  const adapter = req.payload.db as unknown as PostgresAdapter
  const db = adapter.sessions[await req.transactionID]?.db
  if (!db) return
  await db.execute(sql`select set_config('lock_timeout', ${LOCK_TIMEOUT}, true)`)
  for (const { id, shared } of keys) {
    await db.execute(
      shared
        ? sql`select pg_advisory_xact_lock_shared(hashtext(${namespace}), ${id})`
        : sql`select pg_advisory_xact_lock(hashtext(${namespace}), ${id})`,
    )
  }
}
