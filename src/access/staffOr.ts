import type { Access, Where } from 'payload'

import { hasRole, type Role } from './roles'

/**
 * The given roles read everything; everyone else what `where` lets through. A `Where` (not
 * `false`) keeps list and relationship reads working for the public.
 */
export const rolesOr =
  (roles: Role[], where: Where): Access =>
  ({ req: { user } }) =>
    hasRole(user, ...roles) || where

/** Staff read everything; everyone else what `where` lets through. */
export const staffOr = (where: Where): Access => rolesOr(['admin', 'editor'], where)
