import type { Endpoint } from 'payload'

import { convertLexicalToPlaintext } from '@payloadcms/richtext-lexical/plaintext'
import ical, { ICalEventStatus } from 'ical-generator'
import { APIError, createLocalReq } from 'payload'

import type { Meeting } from '../../payload-types'

import { memberKindsWith } from '../../plugins/profiling-rights'
import { t } from '../../src/admin/label'
import { hashFeedKey } from '../../src/calendar/feedKey'
import { say } from '../../src/i18n/message'
import { rightsOptions } from '../../src/plugins/rightsOptions'
import { adminURL, serverURL } from '../../src/runtime/publicUrls'

const memberKinds = memberKindsWith(rightsOptions)

const copenhagenDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen' })

/** An all-day meeting's date, as Copenhagen has it, for a DATE value (RFC 5545 §3.3.4). */
const dayOf = (instant: string): Date =>
  new Date(`${copenhagenDate.format(new Date(instant))}T00:00:00Z`)

/** When the meeting is: its times, or for an all-day meeting its days (the end day included). */
const timing = ({ allDay, endsAt, startsAt }: Meeting) =>
  allDay
    ? {
        allDay: true,
        end: new Date(dayOf(endsAt ?? startsAt!).getTime() + 24 * 60 * 60 * 1000),
        start: dayOf(startsAt!),
      }
    : { end: endsAt ?? undefined, start: startsAt! }

const description = (meeting: Meeting): string =>
  [
    meeting.agenda ? convertLexicalToPlaintext({ data: meeting.agenda }) : '',
    adminURL(`/collections/meetings/${meeting.id}`),
  ]
    .filter(Boolean)
    .join('\n\n')

/**
 * `GET /api/meetings/calendar/<key>.ics` (`?locale=en` for English titles): an iCalendar feed
 * (RFC 5545) of the meetings the key's user may attend — staff all, a partner user those its
 * tier includes now — with what that user may read of them (place and agenda for members).
 * Times in UTC, all-day meetings as dates (Copenhagen's); meetings with only a planned month are
 * left out (a calendar entry needs a day).
 * The key is the secret: made and revoked on the user's account (`/api/users/calendar-feed`),
 * stored only as a hash. 404 for a key that is unknown or revoked. Never cached by a shared cache.
 */
export const calendarFeed: Endpoint = {
  handler: async (req) => {
    const key = String(req.routeParams?.file ?? '').replace(/\.ics$/, '')
    const {
      docs: [user],
    } = await req.payload.find({
      collection: 'users',
      depth: 0,
      limit: 1,
      overrideAccess: true,
      pagination: false,
      req,
      where: { calendarFeedKey: { equals: hashFeedKey(key) } },
    })
    if (!key || !user) {
      throw new APIError(
        say(
          req,
          t(
            'Kalenderlinket findes ikke eller er tilbagekaldt. Lav et nyt under din konto i administrationen.',
            'The calendar link does not exist or has been revoked. Make a new one under your account in the admin.',
          ),
        ),
        404,
        undefined,
        true,
      )
    }
    const locale = req.query?.locale === 'en' ? 'en' : 'da'
    const asUser = await createLocalReq(
      { locale, user: { ...user, collection: 'users' } },
      req.payload,
    )
    const kinds = await memberKinds(asUser)
    const { docs } = await req.payload.find({
      collection: 'meetings',
      depth: 0,
      locale,
      overrideAccess: false,
      pagination: false,
      req: asUser,
      sort: 'startsAt',
      where: { and: [{ kind: { in: kinds } }, { startsAt: { exists: true } }] },
    })
    const calendar = ical({
      name: locale === 'en' ? 'Den aktive borger – meetings' : 'Den aktive borger – møder',
      prodId: {
        company: 'Mandag Morgen',
        language: locale.toUpperCase(),
        product: 'Den aktive borger',
      },
    })
    const host = new URL(serverURL()).host
    for (const meeting of docs) {
      calendar.createEvent({
        id: `meeting-${meeting.id}@${host}`,
        ...timing(meeting),
        description: description(meeting),
        location: meeting.place ?? undefined,
        status: meeting.tentative ? ICalEventStatus.TENTATIVE : ICalEventStatus.CONFIRMED,
        summary: meeting.title,
        url: adminURL(`/collections/meetings/${meeting.id}`),
      })
    }
    return new Response(calendar.toString(), {
      headers: {
        'Cache-Control': 'private, no-store',
        'Content-Type': 'text/calendar; charset=utf-8',
      },
    })
  },
  method: 'get',
  path: '/calendar/:file',
}
