import { Webhook } from 'standardwebhooks'

/** How long a receiver has to answer. */
const TIMEOUT_MS = 10_000

/** What a webhook's stored row gives a delivery (the adapter's row: it carries the secret, no API answer does). */
export type WebhookTarget = { active?: boolean | null; id: number; secret?: string; url: string }

/** How one POST went: the HTTP status when there was an answer, the error text unless it was a 2xx. */
export type PostResult = { error?: string; status?: number }

/**
 * POSTs one message signed per Standard Webhooks (`webhook-id` = `messageId`, `webhook-timestamp`
 * in Unix seconds, `webhook-signature` over id, timestamp and body). Never throws: a refusal,
 * a timeout (TIMEOUT_MS) or a network error comes back as `error`. Redirects are not followed.
 */
export const signedPost = async (webhook: WebhookTarget, messageId: string, message: unknown): Promise<PostResult> => {
  const body = JSON.stringify(message)
  const timestamp = new Date()
  const signature = new Webhook(webhook.secret ?? '').sign(messageId, timestamp, body)
  try {
    const response = await fetch(webhook.url, {
      body,
      headers: {
        'Content-Type': 'application/json',
        'User-Agent': 'DenAktiveBorger-Webhooks/1',
        'webhook-id': messageId,
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
