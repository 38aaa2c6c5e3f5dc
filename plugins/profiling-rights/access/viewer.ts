import type { PayloadRequest } from 'payload'

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
  return relationId(candidate.partner)
}

/** The id of a relationship value, populated (an object) or not; undefined when empty. */
export const relationId = (value: unknown): number | string | undefined =>
  value && typeof value === 'object' ? (value as { id: number | string }).id : ((value as null | number | string | undefined) ?? undefined)
