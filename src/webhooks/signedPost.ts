import { Agent as HttpAgent, request as httpRequest, STATUS_CODES } from 'node:http'
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https'
import { Webhook } from 'standardwebhooks'

/** How long a receiver has to answer. */
const TIMEOUT_MS = 10_000

/** What a webhook's stored row gives a delivery (the adapter's row: it carries the secret, no API answer does). */
export type WebhookTarget = { active?: boolean | null; id: number; secret?: string; url: string }

/** How one POST went: the HTTP status when there was an answer, the error text unless it was a 2xx. */
export type PostResult = { error?: string; status?: number }

// Connections to receivers are kept open between messages (a publish sends one to each webhook).
const agents = {
  'http:': new HttpAgent({ keepAlive: true }),
  'https:': new HttpsAgent({ keepAlive: true }),
}

/** One POST; node:http rather than fetch, which costs the server several times more per message. */
const post = (url: URL, headers: Record<string, string>, body: string): Promise<number> =>
  new Promise((resolve, reject) => {
    const secure = url.protocol === 'https:'
    const request = (secure ? httpsRequest : httpRequest)(url, {
      agent: agents[secure ? 'https:' : 'http:'],
      headers: { ...headers, 'Content-Length': String(Buffer.byteLength(body)) },
      method: 'POST',
      signal: AbortSignal.timeout(TIMEOUT_MS),
    })
    request.on('response', (response) => {
      response
        .resume()
        .on('end', () => resolve(response.statusCode ?? 0))
        .on('error', reject)
    })
    request.on('error', reject)
    request.end(body)
  })

/**
 * POSTs one message signed per Standard Webhooks (`webhook-id` = `messageId`, `webhook-timestamp`
 * in Unix seconds, `webhook-signature` over id, timestamp and body). Never throws: a refusal,
 * a timeout (TIMEOUT_MS) or a network error comes back as `error`. Redirects are not followed.
 */
export const signedPost = async (
  webhook: WebhookTarget,
  messageId: string,
  message: unknown,
): Promise<PostResult> => {
  const body = JSON.stringify(message)
  const timestamp = new Date()
  const signature = new Webhook(webhook.secret ?? '').sign(messageId, timestamp, body)
  try {
    const status = await post(
      new URL(webhook.url),
      {
        'Content-Type': 'application/json',
        'User-Agent': 'DenAktiveBorger-Webhooks/1',
        'webhook-id': messageId,
        'webhook-signature': signature,
        'webhook-timestamp': String(Math.floor(timestamp.getTime() / 1000)),
      },
      body,
    )
    return status >= 200 && status < 300
      ? { status }
      : { error: `HTTP ${status} ${STATUS_CODES[status] ?? ''}`.trim(), status }
  } catch (error) {
    const { name, cause, code, message } = error as {
      cause?: { code?: string }
      code?: string
      message: string
      name?: string
    }
    if (name === 'AbortError' || name === 'TimeoutError') {
      return { error: `no answer within ${TIMEOUT_MS / 1000} s` }
    }
    return { error: cause?.code ?? code ?? message }
  }
}
