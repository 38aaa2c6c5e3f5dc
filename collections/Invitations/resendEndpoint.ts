import type { Endpoint } from 'payload'

import { APIError } from 'payload'

import { isStaff } from '../../src/access/roles'
import { t } from '../../src/admin/label'
import { say } from '../../src/i18n/message'
import { emailInvitation } from './sendInvitation'
import { INVITATION_VALID_MS } from './validity'

/** POST /api/invitations/:id/resend — a new link (the old one stops working) and a new week. */
export const resendEndpoint: Endpoint = {
  handler: async (req) => {
    if (!isStaff(req.user)) {
      throw new APIError(
        say(
          req,
          t('Kun redaktionen kan sende invitationer igen.', 'Only editors resend invitations.'),
        ),
        403,
        undefined,
        true,
      )
    }
    const id = req.routeParams?.id as string
    const invitation = await req.payload.findByID({
      id,
      collection: 'invitations',
      depth: 0,
      disableErrors: true,
      req,
    })
    if (!invitation) {
      throw new APIError(
        say(req, t('Invitationen findes ikke.', 'No such invitation.')),
        404,
        undefined,
        true,
      )
    }
    if (invitation.acceptedAt) {
      throw new APIError(
        say(
          req,
          t(
            'Invitationen er allerede taget imod: brugeren har valgt sit kodeord.',
            'The invitation has already been accepted.',
          ),
        ),
        409,
        undefined,
        true,
      )
    }
    await emailInvitation(req, invitation)
    const now = Date.now()
    const doc = await req.payload.update({
      id: invitation.id,
      collection: 'invitations',
      data: {
        emailStatus: 'pending',
        expiresAt: new Date(now + INVITATION_VALID_MS).toISOString(),
        sentAt: new Date(now).toISOString(),
      },
      overrideAccess: true,
      req,
    })
    return Response.json({
      doc,
      message: say(
        req,
        t(
          `Invitationen er sendt igen til ${invitation.email}.`,
          `Invitation sent again to ${invitation.email}.`,
        ),
      ),
    })
  },
  method: 'post',
  path: '/:id/resend',
}
