import type { Endpoint } from 'payload'

import { APIError } from 'payload'

import { hasRole } from '../../src/access/roles'
import { t } from '../../src/admin/label'
import { forbidden } from '../../src/errors/forbidden'
import { say } from '../../src/i18n/message'
import { deliveryRows, queueDelivery } from '../../src/webhooks/deliveryQueue'

/**
 * `POST /api/webhook-deliveries/:id/resend` (admins): the same message (same `webhook-id`, newly
 * signed) goes out again, with a fresh round of retries. 409 while it is still being delivered.
 */
export const resendEndpoint: Endpoint = {
  handler: async (req) => {
    if (!hasRole(req.user, 'admin')) {
      forbidden(
        req,
        t(
          'Kun administratorer sender webhook-beskeder igen.',
          'Only administrators resend webhook messages.',
        ),
      )
    }
    const id = req.routeParams?.id as string
    const delivery = await req.payload.findByID({
      id,
      collection: 'webhook-deliveries',
      depth: 0,
      disableErrors: true,
      overrideAccess: true,
      req,
    })
    if (!delivery) {
      throw new APIError(
        say(req, t('Leverancen findes ikke.', 'No such delivery.')),
        404,
        undefined,
        true,
      )
    }
    if (delivery.status !== 'delivered' && delivery.status !== 'failed') {
      throw new APIError(
        say(
          req,
          t(
            'Beskeden er ved at blive leveret; vent, til den er leveret eller opgivet.',
            'The message is still being delivered; wait until it is delivered or given up.',
          ),
        ),
        409,
        undefined,
        true,
      )
    }
    await deliveryRows(req.payload, req).update(delivery.id, {
      attempts: 0,
      lastError: null,
      nextAttemptAt: null,
      status: 'pending',
    })
    await queueDelivery(req, delivery.messageId)
    return Response.json({
      message: say(req, t('Beskeden sendes igen.', 'The message is being sent again.')),
    })
  },
  method: 'post',
  path: '/:id/resend',
}
