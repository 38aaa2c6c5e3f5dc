import type { TaskConfig } from 'payload'

import type { PublicView } from './publicView'
import type { WebhookTarget } from './signedPost'
import type { WebhookEventType, WebhookSource } from './sources'

import { type DeliveryRow, deliveryRows, readyToSend } from './deliveryQueue'
import { sendDeliveries } from './sendDeliveries'
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
 * after the answer: the first try of its message to every active webhook that wants it, all at
 * once, in this job; each delivery is written when its try ends (delivered, given up, or retrying
 * with a job for the next try), all ended ones in one statement. Retries, releases and resends are
 * jobs of their own (`deliverWebhookTask`), which keeps the queue's bookkeeping off the common
 * path. One document's events run one at a time, oldest first (Payload's concurrency key), so its
 * deliveries are numbered in the order its changes were made. A rerun (the runner died mid-way)
 * tries again what no try has recorded: a receiver may get a message twice, with the same
 * `webhook-id` (Standard Webhooks' at-least-once), never not at all.
 */
export const announceEventTask = (
  retryDelayMs: number,
): TaskConfig<{ input: WebhookEvent; output: object }> => ({
  slug: 'announceWebhookEvent',
  concurrency: ({ input }) => `webhook-event:${input.source}:${input.view.id ?? ''}`,
  handler: async ({ input, req: { payload } }) => {
    const { docs } = await payload.db.find({
      collection: 'webhooks',
      limit: 0,
      pagination: false,
      where: {
        and: [
          { active: { equals: true } },
          { collections: { in: [input.source] } },
          { events: { in: [input.type] } },
        ],
      },
    })
    const webhooks = docs as WebhookTarget[]
    const messageId = (webhook: WebhookTarget) => `msg_${input.eventId}_${webhook.id}`
    const recorded = new Set(
      (await deliveryRows(payload).find(webhooks.map(messageId))).map((row) => row.messageId),
    )
    const body = webhookMessage(input)
    const fresh = webhooks
      .filter((webhook) => !recorded.has(messageId(webhook)))
      .map((webhook): DeliveryRow => ({
        type: input.type,
        attempts: 0,
        body,
        collection: input.source,
        documentId: input.view.id === undefined ? null : String(input.view.id),
        documentKey: `${webhook.id}:${input.source}:${input.view.id ?? ''}`,
        messageId: messageId(webhook),
        status: 'pending',
        webhook: webhook.id,
      }))
    await sendDeliveries(payload, await readyToSend(payload, fresh), {
      newest: true,
      retryDelayMs,
      webhooks,
    })
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
  retries: { attempts: 5, backoff: { type: 'exponential', delay: 1000 } },
})
