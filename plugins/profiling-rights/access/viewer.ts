import { extractID } from 'payload/shared'

import type { Right } from '../types'

/**
 * What the rules read of a user — the request's, the admin's (`useAuth`) or a users document:
 * its `roles`, the `partner` it acts for and its partner's current `rights` (computed on read).
 */
type ViewerFields = {
  partner?: { id: number | string } | null | number | string
  rights?: null | string[]
  roles?: null | string[]
}

/** Any user object (Payload's, the admin's client user, a users document); read as `ViewerFields`. */
export type Viewer = null | object | undefined

const read = (user: Viewer) => user as null | undefined | ViewerFields

/** Staff (admins and editors) see and do everything the collections allow them. */
export const isStaff = (user: Viewer): boolean =>
  Boolean(read(user)?.roles?.some((role) => role === 'admin' || role === 'editor'))

/** The partner a partner user acts for, or undefined for anyone else. */
export const partnerIdOf = (user: Viewer): number | string | undefined => {
  const fields = read(user)
  if (!fields?.roles?.includes('partner') || isStaff(user)) {
    return undefined
  }
  return fields.partner ? extractID(fields.partner) : undefined
}

/**
 * Whether the user may use what one of `rights` gives, as the admin decides what to show: staff
 * and anyone not a partner user always; a partner user by its partner's current rights
 * (`user.rights`, computed when the account is read, at login too).
 */
export const mayUseRight = (user: Viewer, rights: Right[]): boolean => {
  if (partnerIdOf(user) === undefined) {
    return true
  }
  const held = read(user)?.rights ?? []
  return rights.some((right) => held.includes(right))
}
