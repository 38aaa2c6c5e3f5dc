import type { CollectionAfterChangeHook, PayloadRequest } from 'payload'

import { APIError } from 'payload'

import type { Invitation as GeneratedInvitation } from '../../payload-types'

import { t } from '../../src/admin/label'
import { queueEmail } from '../../src/email/queueEmail'
import { say } from '../../src/i18n/message'
import { adminURL } from '../../src/runtime/publicUrls'
import { partnerName } from '../../src/utilities/partnerName'
import { INVITATION_VALID_MS } from './validity'

type Invitation = Pick<GeneratedInvitation, 'email' | 'id' | 'name' | 'partner'>

/**
 * Emails the invitee a link to choose its password: a fresh reset token, valid for a week. The
 * message goes to the outbox with the invitation (its `emailStatus` shows pending, sent or failed),
 * so an unreachable mail server delays it but does not refuse the invitation.
 */
export const emailInvitation = async (
  req: PayloadRequest,
  invitation: Invitation,
): Promise<void> => {
  const token = await req.payload.forgotPassword({
    collection: 'users',
    data: { email: invitation.email },
    disableEmail: true,
    expiration: INVITATION_VALID_MS,
    req,
  })
  if (!token) {
    throw new APIError(
      say(
        req,
        t(
          `Der er ingen bruger med ${invitation.email} at invitere.`,
          `No account for ${invitation.email} to invite.`,
        ),
      ),
      404,
      undefined,
      true,
    )
  }
  const organisation = await partnerName(req, invitation.partner)
  await queueEmail(
    req,
    {
      action: { label: 'Vælg dit kodeord', url: adminURL(`/reset/${token}`) },
      heading: 'Du er inviteret til Den aktive borger',
      paragraphs: [
        `Hej${invitation.name ? ` ${invitation.name}` : ''}`,
        organisation
          ? `Redaktionen af Den aktive borger har oprettet en bruger til dig for ${organisation}. Her kan I holde jeres profil ajour, se hvad jeres partnerskab giver, dele cases og deltage i debatten.`
          : 'Redaktionen af Den aktive borger har oprettet en bruger til dig.',
        `Vælg et kodeord for at logge ind med ${invitation.email}. Linket virker i syv dage.`,
      ],
      subject: 'Invitation til Den aktive borger',
      to: invitation.email,
    },
    { id: invitation.id, collection: 'invitations' },
  )
}

export const sendInvitation: CollectionAfterChangeHook = async ({ doc, operation, req }) => {
  if (operation === 'create') {
    await emailInvitation(req, doc)
  }
  return doc
}
