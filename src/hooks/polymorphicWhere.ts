import type { CollectionBeforeOperationHook, Where } from 'payload'

import { APIError } from 'payload'

/** Operators that compare a relationship with a value (not `exists`). */
const COMPARING = new Set(['equals', 'in', 'not_equals', 'not_in'])

const isReference = (value: unknown): boolean =>
  Boolean(value && typeof value === 'object' && 'relationTo' in value && 'value' in value)

/**
 * A field that points at several collections (comments' `target`) is compared with
 * `{ relationTo, value }`, or filtered by `target.relationTo` / `target.value`. Payload answers a
 * bare id there with a 500; this says how to ask instead, with a 400.
 */
const polymorphicFields = new WeakMap<object, Set<string>>()

/** The collection's top-level fields that point at several collections, worked out once per collection. */
const polymorphicOf = (collection: Parameters<CollectionBeforeOperationHook>[0]['collection']): Set<string> => {
  let names = polymorphicFields.get(collection)
  if (!names) {
    names = new Set(
      collection.flattenedFields
        .filter((field) => (field.type === 'relationship' || field.type === 'upload') && Array.isArray(field.relationTo))
        .map((field) => field.name),
    )
    polymorphicFields.set(collection, names)
  }
  return names
}

export const polymorphicWhere: CollectionBeforeOperationHook = ({ args, collection }) => {
  const polymorphic = polymorphicOf(collection)
  if (!polymorphic.size) return args
  const check = (where: unknown): void => {
    if (!where || typeof where !== 'object') return
    for (const [key, condition] of Object.entries(where as Where)) {
      if (/^(and|or)$/i.test(key) && Array.isArray(condition)) condition.forEach(check)
      if (!polymorphic.has(key) || !condition || typeof condition !== 'object') continue
      for (const [operator, value] of Object.entries(condition)) {
        const values = Array.isArray(value) ? value : [value]
        if (COMPARING.has(operator) && !values.every(isReference)) {
          throw new APIError(
            `"${key}" points at several collections: compare it with { relationTo, value }, or filter by ${key}.relationTo and ${key}.value.`,
            400,
            undefined,
            true,
          )
        }
      }
    }
  }
  check((args as { where?: unknown }).where)
  return args
}
