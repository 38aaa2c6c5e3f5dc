import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { PayloadRequest } from 'payload'

/**
 * The drizzle handle of the request's open transaction, for the few statements Payload has no
 * operation for (locks); undefined when the request has none (e.g. `disableTransaction`).
 */
export const transactionDb = async (req: Partial<PayloadRequest>) => {
  if (!req.transactionID || !req.payload) {
    return undefined
  }
  return (req.payload.db as unknown as PostgresAdapter).sessions[await req.transactionID]?.db
}
