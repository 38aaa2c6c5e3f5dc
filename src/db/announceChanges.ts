import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { Payload, SanitizedConfig } from 'payload'

import { sql } from '@payloadcms/db-postgres'

import { changed, CHANGES_CHANNEL, processId } from './changeGeneration'

/**
 * Payload's own bookkeeping, which no public answer shows: the job queue claims its jobs every
 * few seconds, and counting that would empty the response cache as often.
 */
const BOOKKEEPING = new Set([
  'payload-jobs',
  'payload-locked-documents',
  'payload-migrations',
  'payload-preferences',
])

/** The database adapter's methods that write. */
const WRITES = [
  'create',
  'createGlobal',
  'createGlobalVersion',
  'createVersion',
  'deleteMany',
  'deleteOne',
  'deleteVersions',
  'updateGlobal',
  'updateGlobalVersion',
  'updateJobs',
  'updateMany',
  'updateOne',
  'updateVersion',
  'upsert',
] as const

type WriteArgs = {
  collection?: string
  req?: { transactionID?: number | Promise<number | string> | string }
}

/** Transactions that wrote something a public answer may show, kept on the adapter (one per process). */
const WROTE = Symbol.for('den-aktive-borger.announceChanges')

type Announcing = { [WROTE]?: Set<number | string> } & PostgresAdapter

/** Tells every other process on the database, inside `db`'s transaction when it has one (sent only if it commits). */
const notify = (db: Pick<PostgresAdapter['drizzle'], 'execute'>) =>
  db.execute(sql`select pg_notify(${CHANGES_CHANNEL}, ${processId()})`)

/**
 * A write made outside any transaction, by a statement of our own rather than the adapter's
 * methods (which announce themselves): counted here, and told to the other processes.
 */
export const announceChange = async (payload: Payload): Promise<void> => {
  changed()
  await notify((payload.db as unknown as PostgresAdapter).drizzle).catch((error: unknown) =>
    payload.logger.error({ err: error, msg: 'Could not announce a write to the other servers' }),
  )
}

/** The statements of transaction `id` are raw, so they may write anything: counted when it commits. */
export const markWritten = (adapter: PostgresAdapter, id: number | string): void => {
  ;(adapter as Announcing)[WROTE]?.add(id)
}

/**
 * Every committed write is counted (`changed`, for the response cache) and announced to the
 * other processes on the database (`NOTIFY`) — a write in a transaction when that transaction
 * commits, the notification sent inside it so that it goes out exactly when the write becomes
 * visible (PostgreSQL delivers it at commit, never after a rollback); a write outside any
 * transaction when it has run. Counted before the commit returns, so before any response that
 * follows the write. Applied to the sanitized config: `buildConfig(...).then(withChangeAnnouncements)`.
 */
export const withChangeAnnouncements = (config: SanitizedConfig): SanitizedConfig => {
  const { init } = config.db
  config.db.init = (args) => {
    const adapter = init(args) as unknown as Announcing
    const wrote = new Set<number | string>()
    adapter[WROTE] = wrote
    for (const method of WRITES) {
      const write = (adapter[method] as (args: WriteArgs) => Promise<unknown>).bind(adapter)
      ;(adapter[method] as unknown) = async (writeArgs: WriteArgs) => {
        const target = method === 'updateJobs' ? 'payload-jobs' : writeArgs.collection
        if (target && BOOKKEEPING.has(target)) {
          return write(writeArgs)
        }
        const id = writeArgs.req?.transactionID ? await writeArgs.req.transactionID : undefined
        if (id !== undefined && adapter.sessions[id]) {
          wrote.add(id)
          return write(writeArgs)
        }
        try {
          return await write(writeArgs)
        } finally {
          await announceChange(args.payload)
        }
      }
    }
    const commit = adapter.commitTransaction.bind(adapter)
    adapter.commitTransaction = async (incoming) => {
      const id = await incoming
      const db = adapter.sessions[id]?.db
      if (!wrote.delete(id) || !db) {
        return commit(id)
      }
      try {
        await notify(db)
        await commit(id)
      } finally {
        // Even when the commit's outcome is unknown: one needless miss is harmless.
        changed()
      }
    }
    const rollback = adapter.rollbackTransaction.bind(adapter)
    adapter.rollbackTransaction = async (incoming) => {
      const id = await incoming
      wrote.delete(id)
      return rollback(id)
    }
    return adapter as unknown as ReturnType<typeof init>
  }
  return config
}
