import type { Field, FieldAccess } from 'payload'

import { bothFields } from '../access/combine'
import { partnerIdOf } from '../access/viewer'

/** Anyone but a partner user may set the owner (a partner user's documents are always its own). */
const notPartnerUser: FieldAccess = ({ req: { user } }) => partnerIdOf(user) === undefined

type DefaultValue = (args: { user?: unknown }) => unknown

/**
 * The owner field of partner-owned documents as a partner user meets it in the admin and the
 * API: filled in with its own partner and shown read-only, never a choice among other partners
 * (the server sets it anyway: `ownedByRequestPartner`). Staff choose as before.
 */
export const ownerField = (field: Field): Field => {
  if (field.type !== 'relationship') {
    return field
  }
  const fallback = field.defaultValue
  const defaultValue: DefaultValue = (args) =>
    partnerIdOf(args.user as object) ??
    (typeof fallback === 'function' ? (fallback as DefaultValue)(args) : fallback)
  return {
    ...field,
    access: {
      ...field.access,
      create: bothFields(field.access?.create, notPartnerUser),
      update: bothFields(field.access?.update, notPartnerUser),
    },
    defaultValue,
  } as Field
}
