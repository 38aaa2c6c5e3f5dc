import type {
  CollectionBeforeOperationHook,
  FlattenedField,
  PayloadRequest,
  SanitizedCollectionConfig,
  Where,
} from 'payload'

import { APIError, buildVersionCollectionFields } from 'payload'
import { validOperatorSet } from 'payload/shared'

import type { Label } from '../admin/label'
import type { ValueType } from './operators'

import { say } from '../i18n/message'
import { fieldAtPath, type PathVerdict } from './fieldAtPath'

const COMBINING = /^(and|or)$/i

const fits: Record<ValueType, (value: unknown) => boolean> = {
  boolean: (value) => value === true || value === false || value === 'true' || value === 'false',
  date: (value) =>
    (value instanceof Date || typeof value === 'string' || typeof value === 'number') &&
    !Number.isNaN(new Date(value).getTime()),
  integer: (value) =>
    (typeof value === 'number' && Number.isSafeInteger(value)) ||
    (typeof value === 'string' && /^-?\d{1,15}$/.test(value)),
  number: (value) =>
    (typeof value === 'number' && Number.isFinite(value)) ||
    (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))),
  reference: (value) =>
    Boolean(value && typeof value === 'object' && 'relationTo' in value && 'value' in value),
}

const expected = (path: string): Record<ValueType, Label> => ({
  boolean: { da: 'true eller false', en: 'true or false' },
  date: {
    da: 'en dato (ISO 8601, fx 2026-11-30T18:39:00Z)',
    en: 'a date (ISO 8601, e.g. 2026-11-30T18:39:00Z)',
  },
  integer: { da: 'et id (et helt tal)', en: 'an id (a whole number)' },
  number: { da: 'et tal', en: 'a number' },
  reference: {
    da: `{ relationTo, value } (feltet peger på flere samlinger), eller filtrér på ${path}.relationTo og ${path}.value`,
    en: `{ relationTo, value } (the field points at several collections), or filter by ${path}.relationTo and ${path}.value`,
  },
})

/** The values a condition compares with: `in` takes a list (or a comma-separated string), the others one. */
const valuesOf = (operator: string, value: unknown): unknown[] => {
  if (value === null || value === 'null') {
    return []
  }
  if (operator === 'in' || operator === 'not_in') {
    const list = Array.isArray(value)
      ? value
      : typeof value === 'string'
        ? value.split(',')
        : [value]
    return list.filter((item) => item !== null && item !== 'null')
  }
  return [value]
}

const queriedFields = new WeakMap<SanitizedCollectionConfig, FlattenedField[]>()

/**
 * The fields a query may filter a collection by: its own, and for a collection with versions those
 * of its version list (`version.title`, `parent`, `latest` …) — Payload's hooks see a query of the
 * versions as a plain `read`. Worked out once per collection.
 */
const fieldsQueried = (
  req: PayloadRequest,
  collection: SanitizedCollectionConfig,
): FlattenedField[] => {
  let fields = queriedFields.get(collection)
  if (!fields) {
    const own = new Set(collection.flattenedFields.map(({ name }) => name))
    const versions = collection.versions
      ? buildVersionCollectionFields(req.payload.config, collection, true)
      : []
    fields = [...collection.flattenedFields, ...versions.filter(({ name }) => !own.has(name))]
    queriedFields.set(collection, fields)
  }
  return fields
}

const refuse = (req: PayloadRequest, path: string, operator: string, message: Label): never => {
  throw new APIError(say(req, message), 400, { operator, path }, true)
}

/**
 * Judges every condition of `where` against `fields` before it reaches the database, and refuses
 * with a 400 naming the path and the operator: operators the field's type does not answer
 * (`themes all`, `id contains`, `like` on a date), values of the wrong type (`id equals abc`, a bare
 * id for a field that points at several collections, an option the field does not have), and paths
 * through a localized relationship. Payload's PostgreSQL adapter (3.90) answers each with a 500 or
 * with the database's own message.
 */
export const judgeWhere = (req: PayloadRequest, fields: FlattenedField[], where: unknown): void => {
  if (!where || typeof where !== 'object') {
    return
  }
  for (const [path, condition] of Object.entries(where as Where)) {
    if (COMBINING.test(path)) {
      if (Array.isArray(condition)) {
        condition.forEach((clause) => judgeWhere(req, fields, clause))
      }
      continue
    }
    if (!condition || typeof condition !== 'object') {
      continue
    }
    const verdict = fieldAtPath(req.payload, fields, path)
    for (const [operator, value] of Object.entries(condition)) {
      judgeCondition(req, path, verdict, operator, value)
    }
  }
}

const judgeCondition = (
  req: PayloadRequest,
  path: string,
  verdict: PathVerdict,
  operator: string,
  value: unknown,
) => {
  if (verdict && 'blocked' in verdict) {
    refuse(
      req,
      path,
      operator,
      verdict.reason === 'localized'
        ? {
            da: `"${path}" kan ikke filtreres: "${verdict.blocked}" har en værdi pr. sprog. Filtrér på "${verdict.blocked}" selv (dets id).`,
            en: `"${path}" cannot be filtered: "${verdict.blocked}" has a value per locale. Filter by "${verdict.blocked}" itself (its id).`,
          }
        : {
            da: `"${path}" kan ikke filtreres: "${verdict.blocked}" er en liste over andre dokumenter, nået gennem en relation. Filtrér den anden samling i stedet.`,
            en: `"${path}" cannot be filtered: "${verdict.blocked}" lists other documents, reached through a relationship. Filter the other collection instead.`,
          },
    )
  }
  const operators = verdict?.operators
  if (
    !validOperatorSet.has(operator as never) ||
    (operators && !operators.includes(operator as never))
  ) {
    const takes = (operators ?? [...validOperatorSet]).join(', ')
    refuse(
      req,
      path,
      operator,
      takes
        ? {
            da: `"${path}" kan ikke filtreres med "${operator}". Feltet tager: ${takes}.`,
            en: `"${path}" cannot be filtered with "${operator}". The field takes: ${takes}.`,
          }
        : {
            da: `"${path}" kan ikke filtreres som helhed; filtrér på dets felter ("${path}.<felt>").`,
            en: `"${path}" cannot be filtered as a whole; filter by its fields ("${path}.<field>").`,
          },
    )
  }
  if (operator === 'exists' || !verdict) {
    return
  }
  const { options, value: type } = verdict
  const values = valuesOf(operator, value)
  if (type && !values.every(fits[type])) {
    refuse(req, path, operator, {
      da: `"${path}" ${operator} skal sammenlignes med ${expected(path)[type].da}.`,
      en: `"${path}" ${operator} must be compared with ${expected(path)[type].en}.`,
    })
  }
  if (options && !values.every((item) => options.includes(item as string))) {
    refuse(req, path, operator, {
      da: `"${path}" ${operator} skal sammenlignes med en af: ${options.join(', ')}.`,
      en: `"${path}" ${operator} must be compared with one of: ${options.join(', ')}.`,
    })
  }
}

/**
 * `judgeWhere` for every query of a collection and of its versions, on every transport: REST,
 * GraphQL, and the Local API (the admin's list filters go through it).
 */
export const whereOperators: CollectionBeforeOperationHook = ({ args, collection, req }) => {
  judgeWhere(req, fieldsQueried(req, collection), (args as { where?: unknown }).where)
  return args
}
