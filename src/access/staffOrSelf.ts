import type { Access } from 'payload'

import { isStaff } from './roles'

/** Staff reach every user; anyone else only their own account. */
export const staffOrSelf: Access = ({ req: { user } }) => {
  if (!user) {
    return false
  }
  if (isStaff(user)) {
    return true
  }
  return { id: { equals: user.id } }
}
