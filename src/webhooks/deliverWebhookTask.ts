import type { TaskConfig, Where } from 'payload'

import { Webhook } from 'standardwebhooks'

import { deliveryRows, type DeliveryRow, releaseNext, UNFINISHED, withDocumentLock } from './deliveryQueue'

/**
 * Tries in all: the first, then retries after 10 s, 20 s, 40 s … (JOBS_RETRY_DELAY_MS); the last
 * about 23 hours after the first, then the delivery is given up.
 */
export const DELIVERY_ATTEMPTS = 14

/** How long a receiver has to answer. */
const TIMEOUT_MS = 10_000

type Stored = { active?: boolean | null; secret?: string; url: string }

/** Sends one signed POST; the error text when it was not answered with 2xx. */
const post = async (webhook: Stored, delivery: DeliveryRow): Promise<{ error?: string; status?: number }> => {
  const body = JSON.stringify(delivery.body)
  const timestamp = new Date()
  const signature = new Webhook(webhook.secret ?? '').sign(delivery.messageId, timestamp, body)
  try {
    const response = await fetch(webhook.url, {
      body,
      headers: {
        'Content-Type': 'application/json',
        'User-Agent': 'DenAktiveBorger-Webhooks/1',
        'webhook-id': delivery.messageId,
        'webhook-signature': signature,
        'webhook-timestamp': String(Math.floor(timestamp.getTime() / 1000)),
      },
      method: 'POST',
      redirect: 'manual',
      signal: AbortSignal.timeout(TIMEOUT_MS),
    })
    await response.body?.cancel()
    return response.ok ? { status: response.status } : { error: `HTTP ${response.status} ${response.statusText}`.trim(), status: response.status }
  } catch (error) {
    const cause = (error as { cause?: { code?: string; message?: string } }).cause
    return { error: cause?.code ?? cause?.message ?? (error as Error).message }
  }
}

/**
 * The job behind each webhook delivery: POSTs the message signed per Standard Webhooks
 * (`webhook-id`, `webhook-timestamp`, `webhook-signature`), retried with exponential backoff
 * until a 2xx or DELIVERY_ATTEMPTS tries. One webhook's messages about one document go out in
 * order: a delivery with an earlier one still out waits, and is queued when that one ends.
 * `webhook-id` stays the same across retries and resends, for receivers to drop repeats.
 */
export const deliverWebhookTask = (retryDelayMs: number): TaskConfig<{ input: { messageId: string }; output: object }> => ({
  slug: 'deliverWebhook',
  handler: async ({ input, req: { payload } }) => {
    const delivery = await deliveryRows(payload).find(input.messageId)
    if (!delivery || !UNFINISHED.includes(delivery.status as never)) return { output: {} }
    const earlier: Where = { and: [{ documentKey: { equals: delivery.documentKey } }, { id: { less_than: delivery.id } }, { status: { in: [...UNFINISHED] } }] }
    // Earlier deliveries only ever finish, so none now means none later: only a wait needs the lock.
    if (await deliveryRows(payload).count(earlier)) {
      const waiting = await withDocumentLock(payload, delivery.documentKey, async (req) => {
        const rows = deliveryRows(payload, req)
        const still = await rows.count(earlier)
        if (still) await rows.update(delivery.id, { status: 'waiting' })
        return still > 0
      })
      if (waiting) return { output: {} }
    }

    const webhookId = typeof delivery.webhook === 'object' ? delivery.webhook.id : delivery.webhook
    // The adapter's row carries the secret, which no API answer does.
    const webhook = (await payload.db.findOne({ collection: 'webhooks', where: { id: { equals: webhookId } } })) as Stored | null
    const attempts = (delivery.attempts ?? 0) + 1
    const result = webhook?.active ? await post(webhook, delivery) : { error: 'Webhooken er slået fra eller slettet.' }
    const delivered = !result.error
    const final = delivered || attempts >= DELIVERY_ATTEMPTS || !webhook?.active
    const now = Date.now()
    if (!final) {
      await deliveryRows(payload).update(delivery.id, {
        attempts,
        lastError: result.error,
        lastStatusCode: result.status ?? null,
        nextAttemptAt: new Date(now + 2 ** (attempts - 1) * retryDelayMs).toISOString(),
        status: 'retrying',
      })
      // Payload retries the job after the same backoff.
      throw new Error(`webhook delivery ${delivery.messageId} to ${webhook?.url}: ${result.error}`)
    }
    await withDocumentLock(payload, delivery.documentKey, async (req) => {
      await deliveryRows(payload, req).update(
        delivery.id,
        delivered
          ? { attempts, deliveredAt: new Date(now).toISOString(), lastError: null, lastStatusCode: result.status, nextAttemptAt: null, status: 'delivered' }
          : { attempts, lastError: result.error, lastStatusCode: result.status ?? null, nextAttemptAt: null, status: 'failed' },
      )
      await releaseNext(req, delivery.documentKey)
    })
    return { output: {} }
  },
  inputSchema: [{ name: 'messageId', type: 'text', required: true }],
  label: 'Webhook',
  retries: { attempts: DELIVERY_ATTEMPTS - 1, backoff: { delay: retryDelayMs, type: 'exponential' } },
})
