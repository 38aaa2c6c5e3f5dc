import type { CollectionBeforeOperationHook, FlattenedField, ValidationFieldError } from 'payload'

import { ValidationError } from 'payload'

import { say } from '../i18n/message'

const isNumeric = (value: unknown): boolean =>
  typeof value === 'number' ||
  (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value)))

const TEXTUAL = new Set(['code', 'email', 'text', 'textarea'])

/** A Lexical node: an object with a `type`, whose `children`, if any, are nodes (bounded depth). */
const isNode = (node: unknown, depth: number): boolean => {
  if (depth > 64 || !node || typeof node !== 'object' || Array.isArray(node)) {
    return false
  }
  const { type, children } = node as { children?: unknown; type?: unknown }
  return (
    typeof type === 'string' &&
    (children === undefined ||
      (Array.isArray(children) && children.every((child) => isNode(child, depth + 1))))
  )
}

/** What the rich text editor stores (Lexical's serialized editor state): `{ root: { type: 'root', children } }`. */
const isEditorState = (value: unknown): boolean => {
  const root = (value as { root?: { type?: unknown } } | null)?.root
  return typeof value === 'object' && isNode(root, 0) && root?.type === 'root'
}

type Wrong = { kind: 'number' | 'richText' | 'text'; path: string }

const findWrongTypes = (
  fields: FlattenedField[],
  data: unknown,
  prefix: string,
  found: Wrong[],
): Wrong[] => {
  if (!data || typeof data !== 'object') {
    return found
  }
  const values = data as Record<string, unknown>
  for (const field of fields) {
    const value = values[field.name]
    const path = `${prefix}${field.name}`
    if (value === undefined || value === null) {
      continue
    }
    const all = Array.isArray(value) && 'hasMany' in field && field.hasMany ? value : [value]
    if (field.type === 'number' && !all.every(isNumeric)) {
      found.push({ kind: 'number', path })
    }
    // Localized text may come keyed by locale (`locale=all`): each locale's value is judged.
    else if (
      TEXTUAL.has(field.type) &&
      !all.every(
        (item) =>
          typeof item === 'string' ||
          (field.localized &&
            item &&
            typeof item === 'object' &&
            Object.values(item).every((text) => text === null || typeof text === 'string')),
      )
    ) {
      found.push({ kind: 'text', path })
    } else if (
      field.type === 'richText' &&
      !(
        isEditorState(value) ||
        (field.localized &&
          typeof value === 'object' &&
          Object.values(value).every((state) => state === null || isEditorState(state)))
      )
    ) {
      found.push({ kind: 'richText', path })
    } else if (field.type === 'group' || field.type === 'tab') {
      findWrongTypes(field.flattenedFields, value, `${path}.`, found)
    } else if (field.type === 'array' && Array.isArray(value)) {
      value.forEach((row, index) =>
        findWrongTypes(field.flattenedFields, row, `${path}.${index}.`, found),
      )
    }
  }
  return found
}

/**
 * Payload turns a number field's non-numeric input ("femten") into null before validation, and
 * stores an object or a list sent to a text field as its JSON (`{"$ne":null}` as a name), silently
 * keeping something other than what was meant; rich text takes any JSON, which then breaks what renders it
 * (the admin, the catalogue's PDF). This refuses all three instead, with a 400 naming each field.
 */
export const strictTypes: CollectionBeforeOperationHook = ({
  args,
  collection,
  operation,
  req,
}) => {
  if (operation !== 'create' && operation !== 'update' && operation !== 'updateByID') {
    return args
  }
  const wrong = findWrongTypes(collection.flattenedFields, args.data, '', [])
  if (wrong.length) {
    const errors: ValidationFieldError[] = wrong.map(({ kind, path }) => ({
      message:
        kind === 'number'
          ? req.t('validation:enterNumber')
          : kind === 'richText'
            ? say(req, {
                da: 'Skal være formateret tekst, som editoren gemmer den: { "root": { "type": "root", "children": […] } }.',
                en: 'Must be formatted text as the editor stores it: { "root": { "type": "root", "children": […] } }.',
              })
            : say(req, { da: 'Skal være tekst.', en: 'Must be text.' }),
      path,
    }))
    throw new ValidationError({ collection: collection.slug, errors, req }, req.t)
  }
  return args
}
