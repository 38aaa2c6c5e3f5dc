import type { CollectionBeforeChangeHook } from 'payload'

import { randomBytes } from 'node:crypto'

import { hasRole } from '../../src/access/roles'
import { t } from '../../src/admin/label'
import { forbidden } from '../../src/errors/forbidden'
import { invalidField } from '../../src/errors/invalidField'
import { INVITATION_VALID_MS } from './validity'

/**
 * Creating an invitation creates the account, with a random password nobody knows: the
 * invitee chooses its own through the link in the invitation (Payload's reset flow).
 */
export const inviteUser: CollectionBeforeChangeHook = async ({
  collection,
  data,
  operation,
  req,
}) => {
  if (operation !== 'create') {
    return data
  }
  const email = String(data.email ?? '')
    .trim()
    .toLowerCase()
  if (data.role === 'editor' && !hasRole(req.user, 'admin')) {
    forbidden(
      req,
      t('Kun administratorer kan invitere redaktører.', 'Only administrators invite editors.'),
    )
  }
  if (data.role !== 'editor' && !data.partner) {
    invalidField(
      req,
      collection.slug,
      'partner',
      t(
        'Vælg den partnerorganisation, brugeren skal handle for.',
        'Choose the partner organisation the user acts for.',
      ),
    )
  }
  const { totalDocs } = await req.payload.count({
    collection: 'users',
    req,
    where: { email: { equals: email } },
  })
  if (totalDocs) {
    invalidField(
      req,
      collection.slug,
      'email',
      t(
        'Der findes allerede en bruger med denne e-mailadresse.',
        'A user with this email address already exists.',
      ),
    )
  }

  const user = await req.payload.create({
    collection: 'users',
    data: {
      name: data.name,
      email,
      partner: data.role === 'editor' ? null : data.partner,
      password: randomBytes(32).toString('base64url'),
      roles: [data.role === 'editor' ? 'editor' : 'partner'],
    },
    req,
  })
  const now = Date.now()
  return {
    ...data,
    acceptedAt: null,
    email,
    emailStatus: 'pending',
    expiresAt: new Date(now + INVITATION_VALID_MS).toISOString(),
    sentAt: new Date(now).toISOString(),
    user: user.id,
  }
}
