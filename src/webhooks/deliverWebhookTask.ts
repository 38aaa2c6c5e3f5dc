import type { TaskConfig } from 'payload'

import { deliveryRows, readyToSend, UNFINISHED } from './deliveryQueue'
import { sendDeliveries } from './sendDeliveries'

/**
 * A try of one webhook delivery after the first (which the event's job makes): a retry at its
 * `nextAttemptAt`, a delivery released from waiting, or a resend. The message goes out signed
 * per Standard Webhooks with the same `webhook-id` as before, for receivers to drop repeats; a
 * failed try queues the next one (`sendDeliveries`), so the job itself fails only when the
 * database does, and Payload then runs it again.
 */
export const deliverWebhookTask = (
  retryDelayMs: number,
): TaskConfig<{ input: { messageId: string }; output: object }> => ({
  slug: 'deliverWebhook',
  handler: async ({ input, req: { payload } }) => {
    const rows = await deliveryRows(payload).find([input.messageId], {
      status: { in: [...UNFINISHED] },
    })
    await sendDeliveries(payload, await readyToSend(payload, rows), { retryDelayMs })
    return { output: {} }
  },
  inputSchema: [{ name: 'messageId', type: 'text', required: true }],
  label: 'Webhook',
  retries: { attempts: 5, backoff: { type: 'exponential', delay: retryDelayMs } },
})
