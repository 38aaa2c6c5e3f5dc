import type { Access } from 'payload'

import { hasRole } from './roles'

/**
 * Admins manage every account; editors manage their own and those of non-admins (they
 * invite and look after partner users); anyone else only their own. Editors never touch
 * an admin's account, so they cannot take it over by changing its email or password.
 */
export const manageableUsers: Access = ({ req: { user } }) => {
  if (!user) return false
  if (hasRole(user, 'admin')) return true
  const self = { id: { equals: user.id } }
  if (hasRole(user, 'editor')) return { or: [self, { roles: { not_in: ['admin'] } }] }
  return self
}

/**
 * Lifting a lockout (after five wrong passwords) is for those who look after the account:
 * admins for every account, editors for partner users' accounts. Nobody else, so a lockout
 * cannot be undone by the person guessing the password, nor probed with addresses.
 */
export const unlockableUsers: Access = ({ req: { user } }) => {
  if (hasRole(user, 'admin')) return true
  if (hasRole(user, 'editor')) return { roles: { not_in: ['admin', 'editor', 'preview'] } }
  return false
}
