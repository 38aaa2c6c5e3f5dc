import type { FieldAccess } from 'payload'

import { hasRole } from './roles'
import { idOf } from '../utilities/idOf'

/**
 * Field access for what passes between the editors and one partner (review messages): staff,
 * and users of the partner that owns the document. Fails closed without a document. The admin's
 * permission check passes the document as `data` (no `doc`): the form shows the owner its trail.
 */
export const staffOrOwningPartner: FieldAccess = ({ data, doc, req: { user } }) => {
  if (hasRole(user, 'admin', 'editor')) return true
  const partner = idOf((user as null | { partner?: unknown })?.partner)
  return partner !== undefined && partner !== null && partner === idOf((doc ?? data)?.partner)
}
