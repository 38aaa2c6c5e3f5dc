import type { FieldAccess } from 'payload'

import { extractID } from 'payload/shared'

import { isStaff } from './roles'

/** A relationship's value: the id, or the document when populated. */
type Relation = { id: number } | number

/**
 * Field access for what passes between the editors and one partner (review messages): staff,
 * and users of the partner that owns the document. Fails closed without a document. The admin's
 * permission check passes the document as `data` (no `doc`): the form shows the owner its trail.
 */
export const staffOrOwningPartner: FieldAccess = ({ data, doc, req: { user } }) => {
  if (isStaff(user)) {
    return true
  }
  const partner = (user as { partner?: null | Relation } | null)?.partner
  const owner = ((doc ?? data) as { partner?: null | Relation } | undefined)?.partner
  return Boolean(partner && owner) && extractID(partner!) === extractID(owner!)
}
