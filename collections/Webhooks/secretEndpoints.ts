import type { Endpoint, PayloadRequest } from 'payload'

import { APIError } from 'payload'

import { hasRole } from '../../src/access/roles'
import { t } from '../../src/admin/label'
import { forbidden } from '../../src/errors/forbidden'
import { say } from '../../src/i18n/message'
import { newSigningSecret } from './signingSecret'

type Stored = { id: number; secret?: string; secretShownAt?: null | string }

const storedWebhook = async (req: PayloadRequest): Promise<Stored> => {
  if (!hasRole(req.user, 'admin')) {
    forbidden(
      req,
      t('Kun administratorer ser webhooks’ nøgler.', 'Only administrators see webhook secrets.'),
    )
  }
  const webhook = await req.payload.findByID({
    id: req.routeParams?.id as string,
    collection: 'webhooks',
    depth: 0,
    disableErrors: true,
    overrideAccess: true,
    req,
    showHiddenFields: true,
  })
  if (!webhook) {
    throw new APIError(
      say(req, t('Webhooken findes ikke.', 'No such webhook.')),
      404,
      undefined,
      true,
    )
  }
  return webhook as Stored
}

const shown = async (req: PayloadRequest, id: number, secret?: string) => {
  await req.payload.update({
    id,
    collection: 'webhooks',
    data: { secretShownAt: new Date().toISOString(), ...(secret ? { secret } : {}) },
    depth: 0,
    overrideAccess: true,
    req,
  })
}

/**
 * `POST /api/webhooks/:id/secret` → `{ secret }` the first time only (admins): the key the receiver
 * verifies signatures with. Afterwards 409: the key is never readable again; make a new one.
 */
export const revealSecretEndpoint: Endpoint = {
  handler: async (req) => {
    const webhook = await storedWebhook(req)
    if (webhook.secretShownAt || !webhook.secret) {
      throw new APIError(
        say(
          req,
          t(
            'Nøglen er allerede vist og kan ikke ses igen. Lav en ny nøgle, og giv den til modtageren.',
            'The secret has been shown and cannot be read again. Make a new one and give it to the receiver.',
          ),
        ),
        409,
        undefined,
        true,
      )
    }
    await shown(req, webhook.id)
    return Response.json({ secret: webhook.secret }, { headers: { 'Cache-Control': 'no-store' } })
  },
  method: 'post',
  path: '/:id/secret',
}

/** `POST /api/webhooks/:id/secret/rotate` → `{ secret }`: a new key, shown this once; the old one stops at once. */
export const rotateSecretEndpoint: Endpoint = {
  handler: async (req) => {
    const webhook = await storedWebhook(req)
    const secret = newSigningSecret()
    await shown(req, webhook.id, secret)
    return Response.json({ secret }, { headers: { 'Cache-Control': 'no-store' } })
  },
  method: 'post',
  path: '/:id/secret/rotate',
}
