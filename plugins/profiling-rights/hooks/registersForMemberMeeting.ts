import type { CollectionBeforeChangeHook } from 'payload'

import type { ResolvedOptions } from '../types'

import { meetingKindOf } from '../access/meetingKind'
import { memberKinds } from '../access/meetingMembers'
import { partnerOfRequest } from '../access/partnerOfRequest'
import { partnerIdOf } from '../access/viewer'
import { closedMeetingsMessage, meetingKindLabels } from '../closedMeetings'
import { refuse } from './refuse'

/**
 * A partner user registers people only for meetings its tier includes: a 403 saying which kind is
 * closed, why and who has it — on create, and on moving a registration to another meeting.
 * Staff register anyone for anything.
 */
export const registersForMemberMeeting =
  (options: ResolvedOptions): CollectionBeforeChangeHook =>
  async ({ data, originalDoc, req }) => {
    if (partnerIdOf(req.user) === undefined) {
      return data
    }
    const field = options.meetingFields.meeting
    const meetingKind = await meetingKindOf(req, options, data[field] ?? originalDoc?.[field])
    if (
      typeof meetingKind === 'string' &&
      !(await memberKinds(req, options)).includes(meetingKind)
    ) {
      const partner = await partnerOfRequest(req, options)
      const message = closedMeetingsMessage(
        options,
        meetingKindLabels(req.payload.collections[options.slugs.meetings].config, options),
        partner?.status === 'active' ? partner.tier : undefined,
        [meetingKind],
      )
      refuse(
        req,
        message ?? {
          da: 'Jeres partnerskab er ikke aktivt, så I kan ikke tilmelde jer møder. Kontakt sekretariatet.',
          en: 'Your partnership is not active, so you cannot register for meetings. Contact the secretariat.',
        },
      )
    }
    return data
  }
