import type { Access, Where } from 'payload'

import { hasRole } from './roles'

/**
 * Staff read everything; everyone else what `where` lets through. A `Where` (not `false`)
 * keeps list and relationship reads working for the public.
 */
export const staffOr =
  (where: Where): Access =>
  ({ req: { user } }) =>
    hasRole(user, 'admin', 'editor') || where
