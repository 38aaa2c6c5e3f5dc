import type { Payload, PayloadRequest } from 'payload'

import { commitTransaction, createLocalReq, initTransaction, killTransaction } from 'payload'

import { advisoryLock } from '../integrity/advisoryLock'
import { queueJob } from '../jobs/queueJob'

/** Statuses of a delivery that still has to go out. */
export const UNFINISHED = ['pending', 'retrying'] as const

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

/** Queues the delivery job of one delivery, in `req`'s transaction. */
export const queueDelivery = (req: PayloadRequest, delivery: number | string) =>
  queueJob(req.payload, { input: { delivery }, req, task: 'deliverWebhook' })

/** After a delivery has ended (delivered or given up): the next one waiting behind it is queued. */
export const releaseNext = async (req: PayloadRequest, documentKey: string): Promise<void> => {
  const { docs } = await req.payload.find({
    collection: 'webhook-deliveries',
    depth: 0,
    limit: 1,
    overrideAccess: true,
    req,
    sort: 'id',
    where: { and: [{ documentKey: { equals: documentKey } }, { status: { equals: 'waiting' } }] },
  })
  const next = docs[0]
  if (!next) return
  await req.payload.update({ collection: 'webhook-deliveries', data: { status: 'pending' }, depth: 0, id: next.id, overrideAccess: true, req })
  await queueDelivery(req, next.id)
}
