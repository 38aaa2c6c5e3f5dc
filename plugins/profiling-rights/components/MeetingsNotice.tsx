import type { CollectionSlug, Payload, TypedUser } from 'payload'

import React from 'react'

import type { RequestPartner } from '../access/partnerOfRequest'
import type { Label } from '../types'

import { partnerIdOf } from '../access/viewer'
import { closedMeetingsMessage, type MeetingOptions } from '../closedMeetings'
import { Notice } from './Notice'

export type MeetingsNoticeProps = {
  kindLabels: Record<string, Label>
  /** The options the message needs (serializable). */
  options: MeetingOptions
  /** The partners collection's slug. */
  partners: string
}

type ServerProps = {
  i18n: { language: string }
  payload: Payload
  user?: null | TypedUser
} & MeetingsNoticeProps

/**
 * Above the meetings list, for a partner user whose tier leaves out some kinds of meeting: which,
 * why, and who has them — instead of a list where those meetings are simply missing.
 */
export const MeetingsNotice = async ({
  i18n,
  kindLabels,
  options,
  partners,
  payload,
  user,
}: ServerProps) => {
  const partnerId = partnerIdOf(user)
  if (partnerId === undefined) {
    return null
  }
  const partner = (await payload.findByID({
    id: partnerId,
    collection: partners as CollectionSlug,
    depth: 0,
    disableErrors: true,
    overrideAccess: true,
    select: { status: true, tier: true },
  })) as null | RequestPartner
  const message = closedMeetingsMessage(
    options,
    kindLabels,
    partner?.status === 'active' ? partner.tier : undefined,
  )
  if (!message) {
    return null
  }
  return (
    <Notice>
      <p style={{ margin: 0 }}>{message[i18n.language === 'en' ? 'en' : 'da']}</p>
    </Notice>
  )
}
