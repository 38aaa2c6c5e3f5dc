import type { PayloadRequest } from 'payload'

import { sql } from '@payloadcms/db-postgres'

import { transactionDb } from '../db/transactionDb'

/** The key of a document that is the only one of its kind (a global). */
export const WHOLE = 0

/** How long a write waits for another write to the same document before giving up. */
const LOCK_TIMEOUT = '15s'

/**
 * Takes a PostgreSQL transaction-scoped advisory lock on (`namespace`, `id`) in the request's
 * transaction: released when it commits or rolls back. A request without a transaction (Local API
 * with `disableTransaction`) has nothing to hold it and takes none. The same transaction may take
 * a lock again (PostgreSQL counts them), so a hook that writes the document again does not wait
 * for itself.
 */
export const advisoryLock = async (
  req: PayloadRequest,
  namespace: string,
  id: number,
): Promise<void> => {
  const db = await transactionDb(req)
  if (!db) {
    return
  }
  await db.execute(sql`select set_config('lock_timeout', ${LOCK_TIMEOUT}, true)`)
  await db.execute(sql`select pg_advisory_xact_lock(hashtext(${namespace}), ${id})`)
}
