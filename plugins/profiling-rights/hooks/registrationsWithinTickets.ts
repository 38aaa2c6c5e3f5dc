import type { CollectionBeforeChangeHook } from 'payload'

import { APIError } from 'payload'
import { extractID } from 'payload/shared'

import type { ResolvedOptions } from '../types'

import { meetingKindOf } from '../access/meetingKind'
import { partnerIdOf } from '../access/viewer'
import { beyondTickets, ticketLimit } from '../ticketLimit'
import { inLanguageOf } from './refuse'

type Relation = { id: number | string } | number | string

/**
 * A meeting counted by tickets (the Innovation Day: `meetingKinds` maps its kind to `tickets`)
 * seats as many of a partner's people as its tier's tickets plus the extras it bought, as the
 * partner's named attendees are: one registration more is a 400 saying the limit, for staff too.
 */
export const registrationsWithinTickets =
  (options: ResolvedOptions): CollectionBeforeChangeHook =>
  async ({ collection, data, originalDoc, req }) => {
    const meetingField = options.meetingFields.meeting
    const meetingValue = (data[meetingField] ?? originalDoc?.[meetingField]) as Relation | undefined
    const partnerValue = (partnerIdOf(req.user) ??
      data[options.ownerField] ??
      originalDoc?.[options.ownerField]) as Relation | undefined
    const meetingKind = await meetingKindOf(req, options, meetingValue)
    if (
      !meetingValue ||
      !partnerValue ||
      !meetingKind ||
      options.meetingKinds[meetingKind] !== 'tickets'
    ) {
      return data
    }
    const partner = (await req.payload.findByID({
      id: extractID(partnerValue),
      collection: options.slugs.partners,
      depth: 0,
      disableErrors: true,
      overrideAccess: true,
      req,
      select: { [options.partnerFields.ticketsExtra]: true, tier: true },
    })) as null | Record<string, unknown>
    if (!partner) {
      return data
    }
    const extra = Number(partner[options.partnerFields.ticketsExtra] ?? 0)
    const limit = ticketLimit(options.tiers, partner.tier, extra)
    const { totalDocs } = await req.payload.count({
      collection: collection.slug,
      overrideAccess: true,
      req,
      where: {
        and: [
          { [meetingField]: { equals: extractID(meetingValue) } },
          { [options.ownerField]: { equals: extractID(partnerValue) } },
          ...(originalDoc?.id ? [{ id: { not_equals: originalDoc.id } }] : []),
        ],
      },
    })
    if (totalDocs >= limit) {
      throw new APIError(inLanguageOf(req, beyondTickets(limit, extra)), 400, undefined, true)
    }
    return data
  }
