import type { CollectionBeforeOperationHook, FlattenedField, ValidationFieldError } from 'payload'

import { APIError, ValidationError } from 'payload'

import type { CustomTranslationKey } from '../i18n/translations'

/** Keys Payload itself takes beside the fields: identity, timestamps, drafts, password changes. */
const BUILT_IN = new Set([
  '_status',
  'confirm-password',
  'createdAt',
  'deletedAt',
  'id',
  'password',
  'updatedAt',
])

const findUnknown = (
  fields: FlattenedField[],
  data: unknown,
  prefix: string,
  found: string[],
  builtIn: Set<string>,
): string[] => {
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    return found
  }
  const byName = new Map(fields.map((field) => [field.name, field]))
  for (const [key, value] of Object.entries(data)) {
    const field = byName.get(key)
    if (!field) {
      if (!builtIn.has(key)) {
        found.push(`${prefix}${key}`)
      }
      continue
    }
    // Localized values may come keyed by locale: only plain groups and arrays are looked into.
    if (field.localized) {
      continue
    }
    if (field.type === 'group') {
      findUnknown(field.flattenedFields, value, `${prefix}${key}.`, found, new Set())
    }
    if (field.type === 'array' && Array.isArray(value)) {
      value.forEach((row, index) =>
        findUnknown(
          field.flattenedFields,
          row,
          `${prefix}${key}.${index}.`,
          found,
          new Set(['id']),
        ),
      )
    }
  }
  return found
}

/**
 * Payload drops keys it has no field for without a word, so a misspelt or invented field
 * ("isAdmin", "tierr") seems to save. This refuses them with a 400 naming each one, and data
 * that is not an object at all (a JSON null, array or string), on which Payload would fail with 500.
 */
export const knownFields: CollectionBeforeOperationHook = ({
  args,
  collection,
  operation,
  req,
}) => {
  if (operation !== 'create' && operation !== 'update' && operation !== 'updateByID') {
    return args
  }
  const data = (args as { data?: unknown }).data
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    throw new APIError(
      req.t('custom:dataNotObject' satisfies CustomTranslationKey as never),
      400,
      undefined,
      true,
    )
  }
  const paths = findUnknown(collection.flattenedFields, data, '', [], BUILT_IN)
  if (paths.length) {
    const message = req.t('custom:unknownField' satisfies CustomTranslationKey as never)
    const errors: ValidationFieldError[] = paths.map((path) => ({ message, path }))
    throw new ValidationError({ collection: collection.slug, errors, req }, req.t)
  }
  return args
}
