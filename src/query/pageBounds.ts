import type { Endpoint, PayloadRequest } from 'payload'

import { APIError } from 'payload'

import type { Label } from '../admin/label'

import { isStaff } from '../access/roles'
import { say } from '../i18n/message'

/** Most documents one page may hold for anonymous readers (README: Pagination). */
export const MAX_LIMIT = 100
/**
 * Most for a logged-in user (partners, API keys): the admin asks for the titles of a list's
 * related documents 250 at a time (`RelationshipProvider` in @payloadcms/ui), for everyone.
 */
export const MAX_USER_LIMIT = 250
/** Most documents one page may hold for editors and admins (exports, bulk work). */
export const MAX_STAFF_LIMIT = 1000
/** Highest page number accepted: far beyond any real list, low enough that the offset stays an integer. */
export const MAX_PAGE = 1_000_000

/** A parameter a client sent, and why it cannot be taken. */
export type PageRefusal = { message: Label; parameter: string }

const wholeNumber = (value: unknown): number | undefined => {
  const number =
    typeof value === 'number'
      ? value
      : typeof value === 'string' && /^\d+$/.test(value)
        ? Number(value)
        : Number.NaN
  return Number.isSafeInteger(number) ? number : undefined
}

const within = (
  parameter: string,
  value: unknown,
  min: number,
  max: number,
): PageRefusal | undefined => {
  if (value === undefined || value === null) {
    return undefined
  }
  const number = wholeNumber(value)
  if (number !== undefined && number >= min && number <= max) {
    return undefined
  }
  return {
    message: {
      da: `"${parameter}" skal være et helt tal fra ${min} til ${max}.`,
      en: `"${parameter}" must be a whole number from ${min} to ${max}.`,
    },
    parameter,
  }
}

/**
 * What one request from outside may ask for at once: `limit` a whole number from 1 to 100
 * (logged-in users: 250; staff: 1000), `page` from 1 to 1 000 000, `depth` a whole number, and `pagination=false`
 * (every document at once) for staff only. Payload would answer `limit=0` with the whole
 * collection, `limit=2.5` with the database's own message and `limit=1&limit=2` with a 500.
 * Returns the first refusal, or undefined when all may be taken.
 */
export const pageRefusal = (
  {
    depth,
    limit,
    page,
    pagination,
  }: { depth?: unknown; limit?: unknown; page?: unknown; pagination?: unknown },
  user: PayloadRequest['user'],
): PageRefusal | undefined => {
  const staff = isStaff(user)
  const refusal =
    within('limit', limit, 1, staff ? MAX_STAFF_LIMIT : user ? MAX_USER_LIMIT : MAX_LIMIT) ??
    within('page', page, 1, MAX_PAGE) ??
    within('depth', depth, 0, MAX_PAGE)
  if (refusal) {
    return refusal
  }
  if ((pagination === false || pagination === 'false') && !staff) {
    return {
      message: {
        da: `"pagination" kan kun slås fra af redaktionen. Hent i stedet side for side med limit (højst ${MAX_LIMIT}) og page.`,
        en: `"pagination" can be turned off by the editors only. Read page by page with limit (at most ${MAX_LIMIT}) and page instead.`,
      },
      parameter: 'pagination',
    }
  }
  return undefined
}

/** `where` given as a string must be JSON of a where clause (Payload parses it unguarded: a 500). */
const whereRefusal = (where: unknown): PageRefusal | undefined => {
  if (typeof where !== 'string') {
    return undefined
  }
  try {
    const parsed: unknown = JSON.parse(where)
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) {
      return undefined
    }
  } catch {
    // Refused below.
  }
  return {
    message: {
      da: '"where" skal gives som where[felt][operator]=værdi eller som JSON af den form.',
      en: '"where" must be given as where[field][operator]=value or as JSON of that shape.',
    },
    parameter: 'where',
  }
}

/**
 * `pageRefusal` (and a `where` that is no clause) for every REST read endpoint (GET), judged on the request's own query string once
 * the user is known: the operations a read sets off inside (the login's user lookup, relations,
 * hooks) share its `req` but not its parameters. Bulk updates and deletes are not reads: the
 * admin's bulk delete sends `limit=0` for "all that match".
 */
export const withPageBounds = (endpoint: Endpoint): Endpoint =>
  endpoint.method !== 'get'
    ? endpoint
    : {
        ...endpoint,
        handler: (req) => {
          const refusal = whereRefusal(req.query?.where) ?? pageRefusal(req.query, req.user)
          if (refusal) {
            throw new APIError(
              say(req, refusal.message),
              400,
              { parameter: refusal.parameter },
              true,
            )
          }
          return endpoint.handler(req)
        },
      }
