import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { PayloadRequest } from 'payload'

import { markWritten } from './announceChanges'

/**
 * The drizzle handle of the request's open transaction, for the few statements Payload has no
 * operation for (locks); undefined when the request has none (e.g. `disableTransaction`). What
 * such statements write is unknown here, so the transaction counts as a write when it commits
 * (`announceChanges`).
 */
export const transactionDb = async (req: Partial<PayloadRequest>) => {
  if (!req.transactionID || !req.payload) {
    return undefined
  }
  const adapter = req.payload.db as unknown as PostgresAdapter
  const id = await req.transactionID
  const db = adapter.sessions[id]?.db
  if (db) {
    markWritten(adapter, id)
  }
  return db
}
