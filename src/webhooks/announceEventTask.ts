import type { TaskConfig } from 'payload'

import { commitTransaction, createLocalReq, initTransaction, killTransaction } from 'payload'

import type { PublicView } from './publicView'
import type { WebhookEventType, WebhookSource } from './sources'

import { deliveryRows, queueDelivery } from './deliveryQueue'
import { webhookMessage } from './webhookMessage'

export type WebhookEvent = {
  /** Unique per event: with a webhook's id it makes each delivery's `webhook-id`, so a rerun adds none twice. */
  eventId: string
  locales: string[]
  occurredAt: string
  source: WebhookSource
  type: WebhookEventType
  view: PublicView
}

/**
 * One public change, queued with the write that made it (one row on the editor's path), fanned out
 * after the answer: a delivery row and a delivery job for every active webhook that wants it, in
 * one transaction. One document's events run one at a time, oldest first (Payload's concurrency
 * key), so its deliveries are numbered in the order its changes were made.
 */
export const announceEventTask: TaskConfig<{ input: WebhookEvent; output: object }> = {
  slug: 'announceWebhookEvent',
  concurrency: ({ input }) => `webhook-event:${input.source}:${input.view.id ?? ''}`,
  handler: async ({ input, req: { payload } }) => {
    const req = await createLocalReq({}, payload)
    await initTransaction(req)
    try {
      const { docs } = await payload.db.find({
        collection: 'webhooks',
        limit: 0,
        pagination: false,
        req,
        where: { and: [{ active: { equals: true } }, { collections: { in: [input.source] } }, { events: { in: [input.type] } }] },
      })
      const rows = deliveryRows(payload, req)
      for (const { id } of docs as Array<{ id: number }>) {
        const messageId = `msg_${input.eventId}_${id}`
        if (await rows.find(messageId)) continue
        await rows.create({
          attempts: 0,
          body: webhookMessage(input),
          collection: input.source,
          documentId: input.view.id === undefined ? null : String(input.view.id),
          documentKey: `${id}:${input.source}:${input.view.id ?? ''}`,
          messageId,
          status: 'pending',
          type: input.type,
          webhook: id,
        })
        await queueDelivery(req, messageId)
      }
      await commitTransaction(req)
    } catch (error) {
      await killTransaction(req)
      throw error
    }
    return { output: {} }
  },
  inputSchema: [
    { name: 'eventId', type: 'text', required: true },
    { name: 'source', type: 'text', required: true },
    { name: 'type', type: 'text', required: true },
    { name: 'view', type: 'json', required: true },
    { name: 'locales', type: 'json', required: true },
    { name: 'occurredAt', type: 'text', required: true },
  ],
  label: 'Webhook-hændelse',
  retries: { attempts: 5, backoff: { delay: 1000, type: 'exponential' } },
}
