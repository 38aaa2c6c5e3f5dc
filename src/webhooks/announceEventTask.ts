import type { TaskConfig } from 'payload'

import type { PublicView } from './publicView'
import type { WebhookEventType, WebhookSource } from './sources'

import { deliveryRows, inTransaction, readyToSend } from './deliveryQueue'
import { sendDeliveries } from './sendDeliveries'
import type { WebhookTarget } from './signedPost'
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
 * after the answer: a delivery row for every active webhook that wants it, written in one
 * transaction, then the first try of each, all at once, in this job — only retries, releases and
 * resends are jobs of their own (`deliverWebhookTask`), which keeps the queue's bookkeeping off
 * the common path. One document's events run one at a time, oldest first (Payload's concurrency
 * key), so its deliveries are numbered in the order its changes were made. A rerun (the runner
 * died mid-way) makes no row twice and tries again what no try has recorded.
 */
export const announceEventTask = (retryDelayMs: number): TaskConfig<{ input: WebhookEvent; output: object }> => ({
  slug: 'announceWebhookEvent',
  concurrency: ({ input }) => `webhook-event:${input.source}:${input.view.id ?? ''}`,
  handler: async ({ input, req: { payload } }) => {
    const { messageIds, webhooks } = await inTransaction(payload, async (req) => {
      const { docs } = await payload.db.find({
        collection: 'webhooks',
        limit: 0,
        pagination: false,
        req,
        where: { and: [{ active: { equals: true } }, { collections: { in: [input.source] } }, { events: { in: [input.type] } }] },
      })
      const webhooks = docs as WebhookTarget[]
      const wanted = new Map(webhooks.map(({ id }) => [`msg_${input.eventId}_${id}`, id]))
      const rows = deliveryRows(payload, req)
      const made = new Set((await rows.find([...wanted.keys()])).map(({ messageId }) => messageId))
      for (const [messageId, webhook] of wanted) {
        if (made.has(messageId)) continue
        await rows.create({
          attempts: 0,
          body: webhookMessage(input),
          collection: input.source,
          documentId: input.view.id === undefined ? null : String(input.view.id),
          documentKey: `${webhook}:${input.source}:${input.view.id ?? ''}`,
          messageId,
          status: 'pending',
          type: input.type,
          webhook,
        })
      }
      return { messageIds: [...wanted.keys()], webhooks }
    })
    const untried = await deliveryRows(payload).find(messageIds, { and: [{ status: { equals: 'pending' } }, { attempts: { equals: 0 } }] })
    await sendDeliveries(payload, await readyToSend(payload, untried), { newest: true, retryDelayMs, webhooks })
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
})
