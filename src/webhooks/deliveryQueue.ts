import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { Payload, PayloadRequest, Where } from 'payload'

import { commitTransaction, createLocalReq, initTransaction, killTransaction } from 'payload'

import { announceChange } from '../db/announceChanges'
import { transactionDb } from '../db/transactionDb'
import { advisoryLock } from '../integrity/advisoryLock'
import { queueJob } from '../jobs/queueJob'

/** Statuses of a delivery that still has to go out. */
export const UNFINISHED = ['pending', 'retrying'] as const

/** A delivery: a row of `webhook-deliveries`, or one not written yet (no `id`: the first try of an event's message). */
export type DeliveryRow = {
  attempts?: null | number
  body: unknown
  collection: string
  documentId: null | string
  /** `webhook:collection:document`: one webhook's messages about one document go out in id order. */
  documentKey: string
  id?: number
  messageId: string
  status: string
  type: string
  webhook: { id: number } | number
}

const collection = 'webhook-deliveries'

/**
 * Deliveries are the server's own bookkeeping, written on every public change and at every
 * attempt: they go to the database adapter directly, without the access, hooks and validation
 * that guard what users send (nobody but the server writes them).
 */
export const deliveryRows = (payload: Payload, req?: Partial<PayloadRequest>) => {
  const update = (id: number | string, data: Record<string, unknown>) =>
    payload.db.updateOne({ id, collection, data, req, returning: false })
  /**
   * Writes new deliveries in one statement (an event's first tries end together); a message id
   * written already is left as it is. Payload's adapter writes one row per statement.
   */
  const insert = async (rows: Array<Omit<DeliveryRow, 'id'> & Record<string, unknown>>) => {
    if (!rows.length) {
      return
    }
    const adapter = payload.db as unknown as PostgresAdapter
    const db = (req && (await transactionDb(req))) || adapter.drizzle
    const table = adapter.tables[adapter.tableNameMap.get('webhook_deliveries')!]
    const values = rows.map(({ webhook, ...row }) => ({
      ...row,
      webhook: typeof webhook === 'object' ? webhook.id : webhook,
    }))
    await db.insert(table).values(values).onConflictDoNothing()
    if (db === adapter.drizzle) {
      await announceChange(payload)
    }
  }
  return {
    /** By `webhook-id` (`msg_…`): what a delivery job names, known before the row is written. */
    find: async (messageIds: string[], where: Where = {}) =>
      (
        await payload.db.find({
          collection,
          limit: 0,
          pagination: false,
          req,
          sort: 'id',
          where: { and: [{ messageId: { in: messageIds } }, where] },
        })
      ).docs as DeliveryRow[],
    insert,
    /** Records a delivery's new state: its row updated, or written now if it had none. */
    save: ({ id, ...row }: DeliveryRow, data: Record<string, unknown>) =>
      id === undefined ? insert([{ ...row, ...data }]) : update(id, data),
    update,
  }
}

/** Runs `work` in a transaction of its own: committed when it returns, rolled back when it throws. */
export const inTransaction = async <T>(
  payload: Payload,
  work: (req: PayloadRequest) => Promise<T>,
): Promise<T> => {
  const req = await createLocalReq({}, payload)
  await initTransaction(req)
  try {
    const result = await work(req)
    await commitTransaction(req)
    return result
  } catch (error) {
    await killTransaction(req)
    throw error
  }
}

/**
 * Runs `work` in a transaction holding the locks of these webhook × document queues (taken in
 * sorted order, so two holders never wait for each other), so "is an earlier one still out?" and
 * "release the next waiting one" never cross.
 */
export const withDocumentLocks = (
  payload: Payload,
  documentKeys: string[],
  work: (req: PayloadRequest) => Promise<void>,
): Promise<void> =>
  inTransaction(payload, async (req) => {
    for (const key of [...new Set(documentKeys)].sort()) {
      await advisoryLock(req, `webhook-deliveries:${key}`, 0)
    }
    await work(req)
  })

/** Whether `earlier` is ahead of `row` in its queue (a delivery not written yet comes last). */
const isAhead = (earlier: DeliveryRow, row: DeliveryRow) =>
  earlier.documentKey === row.documentKey &&
  earlier.id !== row.id &&
  (row.id === undefined || earlier.id! < row.id)

/** Unfinished deliveries queued before one of `rows` in its queue. */
const earlierOut = async (
  payload: Payload,
  rows: DeliveryRow[],
  req?: PayloadRequest,
): Promise<DeliveryRow[]> => {
  const last = rows.some(({ id }) => id === undefined)
    ? undefined
    : Math.max(...rows.map(({ id }) => id!))
  const { docs } = await payload.db.find({
    collection,
    limit: 0,
    pagination: false,
    req,
    where: {
      and: [
        { documentKey: { in: rows.map(({ documentKey }) => documentKey) } },
        last === undefined ? {} : { id: { less_than: last } },
        { status: { in: [...UNFINISHED] } },
      ],
    },
  })
  return (docs as DeliveryRow[]).filter((earlier) => rows.some((row) => isAhead(earlier, row)))
}

const isBehind = (row: DeliveryRow, out: DeliveryRow[]) =>
  out.some((earlier) => isAhead(earlier, row))

/**
 * Of these deliveries, those whose turn it is; the others are marked `waiting` and are queued
 * when the one before them ends (`releaseNext`). One query when none has to wait: earlier
 * deliveries only ever finish, so one seen finished stays so and needs no lock; a wait is
 * decided again under the queue's lock.
 */
export const readyToSend = async (
  payload: Payload,
  rows: DeliveryRow[],
): Promise<DeliveryRow[]> => {
  if (!rows.length) {
    return rows
  }
  const out = await earlierOut(payload, rows)
  const suspects = rows.filter((row) => isBehind(row, out))
  if (!suspects.length) {
    return rows
  }
  const waiting = new Set<DeliveryRow>()
  await withDocumentLocks(
    payload,
    suspects.map(({ documentKey }) => documentKey),
    async (req) => {
      const still = await earlierOut(payload, suspects, req)
      for (const row of suspects.filter((suspect) => isBehind(suspect, still))) {
        await deliveryRows(payload, req).save(row, { status: 'waiting' })
        waiting.add(row)
      }
    },
  )
  return rows.filter((row) => !waiting.has(row))
}

/** Queues the delivery job of one delivery (by its message id) in `req`'s transaction, to run at once or at `waitUntil`. */
export const queueDelivery = (req: PayloadRequest, messageId: string, waitUntil?: Date) =>
  queueJob(req.payload, { input: { messageId }, req, task: 'deliverWebhook', waitUntil })

/** After deliveries have ended (delivered or given up): in each of their queues, the next waiting one is queued. */
export const releaseNext = async (req: PayloadRequest, documentKeys: string[]): Promise<void> => {
  const { docs } = await req.payload.db.find({
    collection,
    limit: 0,
    pagination: false,
    req,
    sort: 'id',
    where: { and: [{ documentKey: { in: documentKeys } }, { status: { equals: 'waiting' } }] },
  })
  const released = new Set<string>()
  for (const next of docs as DeliveryRow[]) {
    if (released.has(next.documentKey)) {
      continue
    }
    released.add(next.documentKey)
    await deliveryRows(req.payload, req).update(next.id!, { status: 'pending' })
    await queueDelivery(req, next.messageId)
  }
}
