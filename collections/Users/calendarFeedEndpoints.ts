import type { Endpoint, PayloadRequest } from 'payload'

import { APIError } from 'payload'

import { isPreview } from '../../src/access/roles'
import { t } from '../../src/admin/label'
import { newFeedKey } from '../../src/calendar/feedKey'
import { forbidden } from '../../src/errors/forbidden'
import { say } from '../../src/i18n/message'
import { serverURL } from '../../src/runtime/publicUrls'

const NO_STORE = { 'Cache-Control': 'private, no-store' }

const saveKey = async (req: PayloadRequest, hash: null | string) => {
  if (!req.user) {
    throw new APIError(
      say(req, t('Log ind for at styre dit kalenderlink.', 'Log in to manage your calendar link.')),
      401,
      undefined,
      true,
    )
  }
  if (isPreview(req.user)) {
    forbidden(
      req,
      t(
        'En forhåndsvisningsnøgle har ingen møder og intet kalenderlink.',
        'A preview key has no meetings and no calendar link.',
      ),
    )
  }
  await req.payload.update({
    id: req.user.id,
    collection: 'users',
    data: { calendarFeedCreatedAt: hash ? new Date().toISOString() : null, calendarFeedKey: hash },
    depth: 0,
    overrideAccess: true,
    req,
  })
}

/**
 * `POST /api/users/calendar-feed` → 201 `{ url }`: a new secret address of the logged-in user's
 * meetings as an iCalendar feed (`GET /api/meetings/calendar/<key>.ics`), shown this once; an
 * earlier one stops working at once. 401 without a login.
 */
export const createCalendarFeedEndpoint: Endpoint = {
  handler: async (req) => {
    const { hash, key } = newFeedKey()
    await saveKey(req, hash)
    return Response.json(
      { url: `${serverURL()}/api/meetings/calendar/${key}.ics` },
      { headers: NO_STORE, status: 201 },
    )
  },
  method: 'post',
  path: '/calendar-feed',
}

/** `DELETE /api/users/calendar-feed` → 200: the logged-in user's feed address stops working. 401 without a login. */
export const revokeCalendarFeedEndpoint: Endpoint = {
  handler: async (req) => {
    await saveKey(req, null)
    return Response.json(
      { message: say(req, t('Kalenderlinket er tilbagekaldt.', 'The calendar link is revoked.')) },
      { headers: NO_STORE },
    )
  },
  method: 'delete',
  path: '/calendar-feed',
}
