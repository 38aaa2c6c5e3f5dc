import type { CollectionBeforeOperationHook, FlattenedField, ValidationFieldError } from 'payload'

import { ValidationError } from 'payload'

const isNumeric = (value: unknown): boolean =>
  typeof value === 'number' || (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value)))

const findNonNumbers = (fields: FlattenedField[], data: unknown, prefix: string, found: string[]): string[] => {
  if (!data || typeof data !== 'object') return found
  const values = data as Record<string, unknown>
  for (const field of fields) {
    const value = values[field.name]
    const path = `${prefix}${field.name}`
    if (field.type === 'number' && value !== undefined && value !== null) {
      const all = Array.isArray(value) ? value : [value]
      if (!all.every(isNumeric)) found.push(path)
    } else if (field.type === 'group' || field.type === 'tab') {
      findNonNumbers(field.flattenedFields, value, `${path}.`, found)
    } else if (field.type === 'array' && Array.isArray(value)) {
      value.forEach((row, index) => findNonNumbers(field.flattenedFields, row, `${path}.${index}.`, found))
    }
  }
  return found
}

/**
 * Payload turns a number field's non-numeric input ("femten") into null before validation,
 * silently losing what was sent. This refuses it instead, with a 400 naming each field.
 */
export const strictNumbers: CollectionBeforeOperationHook = ({ args, collection, operation, req }) => {
  if (operation !== 'create' && operation !== 'update' && operation !== 'updateByID') return args
  const paths = findNonNumbers(collection.flattenedFields, args.data, '', [])
  if (paths.length) {
    const errors: ValidationFieldError[] = paths.map((path) => ({ message: req.t('validation:enterNumber'), path }))
    throw new ValidationError({ collection: collection.slug, errors, req }, req.t)
  }
  return args
}
