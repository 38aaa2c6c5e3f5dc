import type { Access } from 'payload'

import { hasRole } from './roles'

/** Staff reach every user; anyone else only their own account. */
export const staffOrSelf: Access = ({ req: { user } }) => {
  if (!user) return false
  if (hasRole(user, 'admin', 'editor')) return true
  return { id: { equals: user.id } }
}
