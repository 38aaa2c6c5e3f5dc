import type { FlattenedField, Operator } from 'payload'

const equality: Operator[] = ['equals', 'not_equals', 'in', 'not_in', 'exists']
const ordered: Operator[] = [
  ...equality,
  'greater_than',
  'greater_than_equal',
  'less_than',
  'less_than_equal',
]
const textual: Operator[] = [...equality, 'like', 'not_like', 'contains']

/**
 * The `where` operators each field type answers, as the admin's filter offers them
 * (`@payloadcms/ui` WhereBuilder `fieldTypeConditions`). Payload's PostgreSQL adapter (3.90)
 * turns the others into SQL that fails with a 500 — `all` on any hasMany field among them.
 */
const byType: Partial<Record<FlattenedField['type'], Operator[]>> = {
  checkbox: ['equals', 'not_equals', 'exists'],
  code: textual,
  date: ordered,
  email: textual,
  json: ['exists'],
  number: ordered,
  point: ['equals', 'not_equals', 'exists', 'near', 'within', 'intersects'],
  radio: equality,
  relationship: equality,
  richText: ['exists'],
  select: equality,
  text: textual,
  textarea: textual,
  upload: equality,
}

/**
 * What a value compared with a field must be, where PostgreSQL (or Payload) would refuse anything
 * else with its own message or a 500: `reference` is `{ relationTo, value }`.
 */
export type ValueType = 'boolean' | 'date' | 'integer' | 'number' | 'reference'

/** What a `where` path may be asked: its operators, the type its values must have, or the options they must be one of. */
export type Queryable = { operators: Operator[]; options?: string[]; value?: ValueType }

/** A document's id (a serial number in PostgreSQL), or the id part of a relationship. */
export const ID: Queryable = { operators: ordered, value: 'integer' }

/**
 * A polymorphic relationship itself (comments' `target`): compared with `{ relationTo, value }`,
 * never a bare id, which Payload answers with a 500. `exists` fails in Payload too; `<field>.value
 * exists` asks the same.
 */
export const POLYMORPHIC: Queryable = {
  operators: ['equals', 'not_equals', 'in', 'not_in'],
  value: 'reference',
}

/** `<polymorphic>.value`: an id, compared one at a time (`in` fails in Payload with a 500). */
export const POLYMORPHIC_VALUE: Queryable = {
  operators: ['equals', 'not_equals', 'exists'],
  value: 'integer',
}

const valueOf = (field: FlattenedField): undefined | ValueType => {
  if (field.type === 'checkbox') {
    return 'boolean'
  }
  if (field.type === 'date') {
    return 'date'
  }
  if (field.type === 'number') {
    return 'number'
  }
  if (field.type === 'relationship' || field.type === 'upload') {
    return 'integer'
  }
  return undefined
}

/** What `field` may be asked; undefined for types this table does not judge (left to Payload). */
export const queryableAs = (field: FlattenedField): Queryable | undefined => {
  // A group as a whole holds no value to compare (its fields do): Payload fails on it with a 500.
  if (field.type === 'group' || field.type === 'tab') {
    return { operators: [] }
  }
  if (
    (field.type === 'relationship' || field.type === 'upload') &&
    Array.isArray(field.relationTo)
  ) {
    return POLYMORPHIC
  }
  const operators = byType[field.type]
  if (!operators) {
    return undefined
  }
  // An option's value: PostgreSQL keeps them as an enum and refuses anything else with its own message.
  if (field.type === 'select' || field.type === 'radio') {
    return {
      operators,
      options: field.options.map((option) => (typeof option === 'string' ? option : option.value)),
    }
  }
  return { operators, value: valueOf(field) }
}
