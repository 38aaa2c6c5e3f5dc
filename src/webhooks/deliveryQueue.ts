import type { Payload, PayloadRequest, Where } from 'payload'

import { commitTransaction, createLocalReq, initTransaction, killTransaction } from 'payload'

import { advisoryLock } from '../integrity/advisoryLock'
import { queueJob } from '../jobs/queueJob'

/** Statuses of a delivery that still has to go out. */
export const UNFINISHED = ['pending', 'retrying'] as const

export type DeliveryRow = {
  attempts?: null | number
  body: unknown
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
  count: async (where: Where) => (await payload.db.count({ collection, req, where })).totalDocs,
  create: (data: Omit<DeliveryRow, 'id'> & Record<string, unknown>) => payload.db.create({ collection, data, req, returning: false }),
  /** By `webhook-id` (`msg_…`): what a delivery job names, known before the row is written. */
  find: (messageId: string) => payload.db.findOne({ collection, req, where: { messageId: { equals: messageId } } }) as Promise<DeliveryRow | null>,
  update: (id: number | string, data: Record<string, unknown>) => payload.db.updateOne({ collection, data, id, req, returning: false }),
})

/**
 * Runs `work` in a transaction of its own holding the lock of one webhook's deliveries for one
 * document, so "is an earlier one still out?" and "release the next waiting one" never cross.
 */
export const withDocumentLock = async <T>(payload: Payload, documentKey: string, work: (req: PayloadRequest) => Promise<T>): Promise<T> => {
  const req = await createLocalReq({}, payload)
  await initTransaction(req)
  try {
    await advisoryLock(req, `webhook-deliveries:${documentKey}`, 0)
    const result = await work(req)
    await commitTransaction(req)
    return result
  } catch (error) {
    await killTransaction(req)
    throw error
  }
}

/** Queues the delivery job of one delivery (by its message id), in `req`'s transaction. */
export const queueDelivery = (req: PayloadRequest, messageId: string) =>
  queueJob(req.payload, { input: { messageId }, req, task: 'deliverWebhook' })

/** After a delivery has ended (delivered or given up): the next one waiting behind it is queued. */
export const releaseNext = async (req: PayloadRequest, documentKey: string): Promise<void> => {
  const rows = deliveryRows(req.payload, req)
  const { docs } = await req.payload.db.find({
    collection,
    limit: 1,
    pagination: false,
    req,
    sort: 'id',
    where: { and: [{ documentKey: { equals: documentKey } }, { status: { equals: 'waiting' } }] },
  })
  const next = docs[0] as DeliveryRow | undefined
  if (!next) return
  await rows.update(next.id, { status: 'pending' })
  await queueDelivery(req, next.messageId)
}
