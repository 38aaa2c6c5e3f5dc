import type { Field } from 'payload'

import { fieldAffectsData } from 'payload/shared'

/** Never written to the log, whatever the collection: passwords, tokens, keys, session data. */
const SECRET = new Set([
  'apiKey',
  'apiKeyIndex',
  'hash',
  'lockUntil',
  'loginAttempts',
  'password',
  'resetPasswordExpiration',
  'resetPasswordToken',
  'salt',
  'secret',
  'sessions',
])

/** Bookkeeping that changes on every write. */
const NOISE = new Set(['createdAt', 'id', 'updatedAt'])

/** Longer values are logged by their length only (rich text, long bodies). */
const MAX_VALUE_CHARS = 500

export type Change = { after: unknown; before: unknown; field: string }

/** Top-level data fields, through unnamed tabs, rows and collapsibles; hidden ones left out. */
const dataFields = (fields: Field[]): Field[] =>
  fields.flatMap((field) => {
    if (field.type === 'tabs') {
      return field.tabs.flatMap((tab) =>
        'name' in tab && tab.name ? [{ ...tab, type: 'group' } as Field] : dataFields(tab.fields),
      )
    }
    if (!fieldAffectsData(field) && 'fields' in field) {
      return dataFields(field.fields)
    }
    return fieldAffectsData(field) && !field.hidden ? [field] : []
  })

/** A relation as its id (populated or not), so depth does not count as a change. */
const plain = (value: unknown): unknown => {
  if (Array.isArray(value)) {
    return value.map(plain)
  }
  if (value && typeof value === 'object' && 'id' in value) {
    return (value as { id: unknown }).id
  }
  if (value && typeof value === 'object' && 'relationTo' in value && 'value' in value) {
    const { relationTo, value: inner } = value as { relationTo: unknown; value: unknown }
    return { relationTo, value: plain(inner) }
  }
  return value ?? null
}

const shown = (value: unknown): unknown => {
  const text = JSON.stringify(value)
  return text && text.length > MAX_VALUE_CHARS ? `(${text.length} tegn)` : value
}

/** The fields whose stored value differs between two versions of a document, before → after. */
export const changedFields = (
  fields: Field[],
  before: Record<string, unknown> = {},
  after: Record<string, unknown> = {},
): Change[] =>
  dataFields(fields).flatMap((field) => {
    const name = (field as { name: string }).name
    if (SECRET.has(name) || NOISE.has(name)) {
      return []
    }
    const [was, is] = [plain(before[name]), plain(after[name])]
    if (JSON.stringify(was) === JSON.stringify(is)) {
      return []
    }
    return [{ after: shown(is), before: shown(was), field: name }]
  })
