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
  const partner = candidate.partner
  return partner && typeof partner === 'object' ? partner.id : (partner ?? undefined)
}
