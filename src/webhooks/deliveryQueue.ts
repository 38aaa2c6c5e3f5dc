import type { Payload, PayloadRequest, Where } from 'payload'

import { commitTransaction, createLocalReq, initTransaction, killTransaction } from 'payload'

import { advisoryLock } from '../integrity/advisoryLock'
import { queueJob } from '../jobs/queueJob'

/** Statuses of a delivery that still has to go out. */
export const UNFINISHED = ['pending', 'retrying'] as const

export type DeliveryRow = {
  attempts?: null | number
  body: unknown
  /** `webhook:collection:document`: one webhook's messages about one document go out in id order. */
  documentKey: string
  id: number
  messageId: string
  status: string
  webhook: number | { id: number }
}

const collection = 'webhook-deliveries' as const

/**
 * Deliveries are the server's own bookkeeping, written on every public change and at every
 * attempt: they go to the database adapter directly, without the access, hooks and validation
 * that guard what users send (nobody but the server writes them).
 */
export const deliveryRows = (payload: Payload, req?: Partial<PayloadRequest>) => ({
  create: (data: Omit<DeliveryRow, 'id'> & Record<string, unknown>) => payload.db.create({ collection, data, req, returning: false }),
  /** By `webhook-id` (`msg_…`): what a delivery job names, known before the row is written. */
  find: async (messageIds: string[], where: Where = {}) =>
    (await payload.db.find({ collection, limit: 0, pagination: false, req, sort: 'id', where: { and: [{ messageId: { in: messageIds } }, where] } })).docs as DeliveryRow[],
  update: (id: number | string, data: Record<string, unknown>) => payload.db.updateOne({ collection, data, id, req, returning: false }),
})

/** Runs `work` in a transaction of its own: committed when it returns, rolled back when it throws. */
export const inTransaction = async <T>(payload: Payload, work: (req: PayloadRequest) => Promise<T>): Promise<T> => {
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
export const withDocumentLocks = (payload: Payload, documentKeys: string[], work: (req: PayloadRequest) => Promise<void>): Promise<void> =>
  inTransaction(payload, async (req) => {
    for (const key of [...new Set(documentKeys)].sort()) await advisoryLock(req, `webhook-deliveries:${key}`, 0)
    await work(req)
  })

/** Unfinished deliveries queued before one of `rows` in its queue. */
const earlierOut = async (payload: Payload, rows: DeliveryRow[], req?: PayloadRequest): Promise<DeliveryRow[]> => {
  const { docs } = await payload.db.find({
    collection,
    limit: 0,
    pagination: false,
    req,
    where: {
      and: [
        { documentKey: { in: rows.map(({ documentKey }) => documentKey) } },
        { id: { less_than: Math.max(...rows.map(({ id }) => id)) } },
        { status: { in: [...UNFINISHED] } },
      ],
    },
  })
  return (docs as DeliveryRow[]).filter((earlier) => rows.some((row) => row.documentKey === earlier.documentKey && earlier.id < row.id))
}

const isBehind = (row: DeliveryRow, out: DeliveryRow[]) => out.some(({ documentKey, id }) => documentKey === row.documentKey && id < row.id)

/**
 * Of these deliveries, those whose turn it is; the others are marked `waiting` and are queued
 * when the one before them ends (`releaseNext`). One query when none has to wait: earlier
 * deliveries only ever finish, so one seen finished stays so and needs no lock; a wait is
 * decided again under the queue's lock.
 */
export const readyToSend = async (payload: Payload, rows: DeliveryRow[]): Promise<DeliveryRow[]> => {
  if (!rows.length) return rows
  const out = await earlierOut(payload, rows)
  const suspects = rows.filter((row) => isBehind(row, out))
  if (!suspects.length) return rows
  const waiting = new Set<number>()
  await withDocumentLocks(payload, suspects.map(({ documentKey }) => documentKey), async (req) => {
    const still = await earlierOut(payload, suspects, req)
    for (const row of suspects.filter((suspect) => isBehind(suspect, still))) {
      await deliveryRows(payload, req).update(row.id, { status: 'waiting' })
      waiting.add(row.id)
    }
  })
  return rows.filter(({ id }) => !waiting.has(id))
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
    if (released.has(next.documentKey)) continue
    released.add(next.documentKey)
    await deliveryRows(req.payload, req).update(next.id, { status: 'pending' })
    await queueDelivery(req, next.messageId)
  }
}
