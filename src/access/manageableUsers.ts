import type { Access, PayloadRequest, Where } from 'payload'

import { hasRole, type Role } from './roles'

/**
 * The ids of accounts holding any of `roles`, looked up once per request. A `where` on the
 * many-valued `roles` cannot say "has none of these" (`not_in` matches an account as soon as
 * one of its roles is outside the list, so an admin who is also a partner would pass).
 */
const accountsWith = (req: PayloadRequest, roles: Role[]): Promise<Array<number | string>> => {
  const key = `accountsWith:${roles.join(',')}`
  const cached = req.context?.[key] as Promise<Array<number | string>> | undefined
  if (cached) {
    return cached
  }
  const lookup = req.payload
    .find({
      collection: 'users',
      depth: 0,
      limit: 0,
      overrideAccess: true,
      pagination: false,
      req,
      select: {},
      where: { roles: { in: roles } },
    })
    .then(({ docs }) => docs.map(({ id }) => id))
  if (req.context) {
    req.context[key] = lookup
  }
  return lookup
}

/** Accounts holding none of `roles`. */
const accountsWithout = async (req: PayloadRequest, roles: Role[]): Promise<Where> => {
  const ids = await accountsWith(req, roles)
  return ids.length ? { id: { not_in: ids } } : { id: { exists: true } }
}

/**
 * Admins manage every account; editors manage their own and those without the admin role (they
 * invite and look after partner users); anyone else only their own. Editors never touch an
 * admin's account, whatever other roles it has, so they cannot take it over by changing its
 * email or password.
 */
export const manageableUsers: Access = async ({ req }) => {
  const { user } = req
  if (!user) {
    return false
  }
  if (hasRole(user, 'admin')) {
    return true
  }
  const self: Where = { id: { equals: user.id } }
  if (hasRole(user, 'editor')) {
    return { or: [self, await accountsWithout(req, ['admin'])] }
  }
  return self
}

/**
 * Lifting a lockout (after five wrong passwords) is for those who look after the account:
 * admins for every account, editors for partner users' accounts (no admin, editor or preview
 * role besides). Nobody else, so a lockout cannot be undone by the person guessing the
 * password, nor probed with addresses.
 */
export const unlockableUsers: Access = async ({ req }) => {
  if (hasRole(req.user, 'admin')) {
    return true
  }
  if (hasRole(req.user, 'editor')) {
    return accountsWithout(req, ['admin', 'editor', 'preview'])
  }
  return false
}
