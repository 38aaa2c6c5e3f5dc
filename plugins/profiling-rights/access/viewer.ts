import type { PayloadRequest } from 'payload'

import { extractID } from 'payload/shared'

import type { Right } from '../types'

type User = NonNullable<PayloadRequest['user']> & {
  partner?: { id: number | string } | null | number | string
  roles?: null | string[]
}

/** Staff (admins and editors) see and do everything the collections allow them. */
export const isStaff = (user: PayloadRequest['user']): boolean =>
  Boolean((user as null | User)?.roles?.some((role) => role === 'admin' || role === 'editor'))

/** The partner a partner user acts for, or undefined for anyone else. */
export const partnerIdOf = (user: PayloadRequest['user']): number | string | undefined => {
  const candidate = user as null | User
  if (!candidate?.roles?.includes('partner') || isStaff(user)) return undefined
  return candidate.partner ? extractID(candidate.partner) : undefined
}

/**
 * Whether the user may use what one of `rights` gives, as the admin decides what to show: staff
 * and anyone not a partner user always; a partner user by its partner's current rights
 * (`user.rights`, computed when the account is read, at login too).
 */
export const mayUseRight = (user: PayloadRequest['user'] | undefined, rights: Right[]): boolean => {
  if (partnerIdOf(user ?? null) === undefined) return true
  const held = (user as { rights?: null | string[] }).rights ?? []
  return rights.some((right) => held.includes(right))
}
