import type { CollectionBeforeChangeHook } from 'payload'

import { extractID } from 'payload/shared'

import type { ResolvedOptions } from '../types'

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
    const { kind, meeting: meetingField } = options.meetingFields
    const value = data[meetingField] ?? originalDoc?.[meetingField]
    if (value === undefined || value === null) {
      return data
    }
    const meeting = await req.payload.findByID({
      id: extractID(value),
      collection: options.slugs.meetings,
      depth: 0,
      disableErrors: true,
      overrideAccess: true,
      req,
      select: { [kind]: true },
    })
    // An unknown meeting is the relationship validation's to answer.
    const meetingKind = (meeting as null | Record<string, unknown>)?.[kind]
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
