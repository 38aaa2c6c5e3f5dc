import type {
  CollectionBeforeOperationHook,
  SelectExcludeType,
  SelectIncludeType,
  SelectType,
} from 'payload'

import { getSelectMode } from 'payload/shared'

import { isStaff, partnerIdOf } from '../access/viewer'

/** `select` with `fields` taken out: removed from an include list, added to an exclude list. */
const without = (select: SelectType | undefined, fields: string[]): SelectType => {
  if (select && getSelectMode(select) === 'include') {
    const kept: SelectIncludeType = { ...(select as SelectIncludeType) }
    fields.forEach((name) => delete kept[name])
    return kept
  }
  const excluded: SelectExcludeType = { ...(select as SelectExcludeType | undefined) }
  fields.forEach((name) => (excluded[name] = false))
  return excluded
}

/**
 * Private partner fields (`privateRead`) are for staff and the partner's own users only. For
 * anyone else — the public above all — a read leaves them out of the query: they are never
 * loaded from the database, and Payload checks no field access for them, document by document.
 * The answer is the same as when field access removes them. Partner users still get them
 * checked per document: a list may hold their own partner.
 */
export const privateFieldsLeftOut =
  (fields: string[]): CollectionBeforeOperationHook =>
  ({ args, operation, req: { user } }) => {
    const { overrideAccess, select } = args as { overrideAccess?: boolean; select?: SelectType }
    if (
      operation !== 'read' ||
      overrideAccess ||
      isStaff(user) ||
      partnerIdOf(user) !== undefined
    ) {
      return args
    }
    return { ...args, select: without(select, fields) }
  }
