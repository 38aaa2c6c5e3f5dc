import type { Payload } from 'payload'

import {
  type DeliveryRow,
  deliveryRows,
  inTransaction,
  queueDelivery,
  releaseNext,
  withDocumentLocks,
} from './deliveryQueue'
import { type PostResult, signedPost, type WebhookTarget } from './signedPost'

/**
 * Tries in all: the first, then retries after 10 s, 20 s, 40 s … (JOBS_RETRY_DELAY_MS); the last
 * about 23 hours after the first, then the delivery is given up.
 */
export const DELIVERY_ATTEMPTS = 14

type Tried = { attempts: number; ended: boolean; result: PostResult; row: DeliveryRow }

const webhookOf = ({ webhook }: DeliveryRow) => (typeof webhook === 'object' ? webhook.id : webhook)

/** What an ended delivery's row says: delivered, or given up with the last error. */
const outcome = ({ attempts, result }: Tried) =>
  result.error
    ? {
        attempts,
        lastError: result.error,
        lastStatusCode: result.status ?? null,
        nextAttemptAt: null,
        status: 'failed',
      }
    : {
        attempts,
        deliveredAt: new Date().toISOString(),
        lastError: null,
        lastStatusCode: result.status,
        nextAttemptAt: null,
        status: 'delivered',
      }

export type SendOptions = {
  /**
   * The deliveries are new (not written yet) and the newest of their queues, and no later one can
   * be made meanwhile (the event's own job: the document's next event waits for it), so their
   * ends are written in one statement, with no lock, releasing nothing.
   */
  newest?: boolean
  /** The base of the backoff (JOBS_RETRY_DELAY_MS). */
  retryDelayMs: number
  /** The webhooks' stored rows, when the caller has read them already. */
  webhooks?: WebhookTarget[]
}

/** The webhooks' stored rows: the adapter's, which carry the secrets (no API answer does). */
const storedWebhooks = async (payload: Payload, rows: DeliveryRow[]) =>
  (
    await payload.db.find({
      collection: 'webhooks',
      limit: 0,
      pagination: false,
      where: { id: { in: [...new Set(rows.map(webhookOf))] } },
    })
  ).docs as WebhookTarget[]

/**
 * Tries each of these deliveries once, all at the same time, and records how each went.
 * Delivered, or given up (DELIVERY_ATTEMPTS tries, or the webhook is off or gone): ended, in one
 * transaction under their queues' locks, and the next waiting delivery in each queue is
 * released. Otherwise `retrying`: the next try is a `deliverWebhook` job at `nextAttemptAt`,
 * `retryDelayMs` × 2^(tries − 1) from now. Rows must be their queue's turn (`readyToSend`).
 */
export const sendDeliveries = async (
  payload: Payload,
  rows: DeliveryRow[],
  { newest, retryDelayMs, webhooks }: SendOptions,
): Promise<void> => {
  if (!rows.length) {
    return
  }
  const targets = new Map(
    (webhooks ?? (await storedWebhooks(payload, rows))).map((webhook) => [webhook.id, webhook]),
  )
  const tried = await Promise.all(
    rows.map(async (row): Promise<Tried> => {
      const webhook = targets.get(webhookOf(row))
      const result = webhook?.active
        ? await signedPost(webhook, row.messageId, row.body)
        : { error: 'Webhooken er slået fra eller slettet.' }
      const attempts = (row.attempts ?? 0) + 1
      return {
        attempts,
        ended: !result.error || attempts >= DELIVERY_ATTEMPTS || !webhook?.active,
        result,
        row,
      }
    }),
  )
  for (const { attempts, result, row } of tried.filter(({ ended }) => !ended)) {
    const nextAttemptAt = new Date(Date.now() + 2 ** (attempts - 1) * retryDelayMs)
    await inTransaction(payload, async (req) => {
      await deliveryRows(payload, req).save(row, {
        attempts,
        lastError: result.error,
        lastStatusCode: result.status ?? null,
        nextAttemptAt: nextAttemptAt.toISOString(),
        status: 'retrying',
      })
      await queueDelivery(req, row.messageId, nextAttemptAt)
    })
  }
  const ended = tried.filter(({ ended }) => ended)
  if (!ended.length) {
    return
  }
  if (newest) {
    await deliveryRows(payload).insert(ended.map((done) => ({ ...done.row, ...outcome(done) })))
    return
  }
  const keys = ended.map(({ row }) => row.documentKey)
  await withDocumentLocks(payload, keys, async (req) => {
    for (const done of ended) {
      await deliveryRows(payload, req).save(done.row, outcome(done))
    }
    await releaseNext(req, keys)
  })
}
