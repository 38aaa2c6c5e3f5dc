import type { CollectionBeforeOperationHook } from 'payload'

import type { Label } from '../types'

import { isStaff } from '../access/viewer'
import { refuse } from './refuse'

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null)

/**
 * Field access alone would silently drop these from the request; a partner user trying to
 * change its own tier or status gets a 403 saying so instead, and nothing is written.
 * Runs before the operation sees the data and compares with what is stored: the admin form
 * sends every field back, read-only ones included, and an unchanged value is no change.
 * `fields` maps each field's name to its label, for the message.
 */
export const staffOnlyChanges =
  (fields: Record<string, Label>): CollectionBeforeOperationHook =>
  async ({ args, collection, req }) => {
    const { id, data } = args as { data?: Record<string, unknown>; id?: number | string }
    if (!data || !req.user || isStaff(req.user)) {
      return args
    }
    const sent = Object.keys(fields).filter((field) => field in data)
    if (!sent.length) {
      return args
    }
    // Payload runs a PATCH of one document as `update` with an id; a bulk update has none and compares with nothing.
    const stored =
      id !== undefined
        ? ((await req.payload.findByID({
            id,
            collection: collection.slug,
            depth: 0,
            disableErrors: true,
            overrideAccess: true,
            req,
          })) as null | Record<string, unknown>)
        : null
    const changed = sent.filter((field) => !same(data[field], stored?.[field]))
    if (!changed.length) {
      return args
    }
    // By the label the admin shows, and the field's name for API clients.
    const list = (language: 'da' | 'en') =>
      changed.map((field) => `“${fields[field][language]}” (${field})`).join(', ')
    return refuse(req, {
      da: `Kun sekretariatet kan ændre ${list('da')}. Kontakt sekretariatet, hvis noget skal ændres.`,
      en: `Only the secretariat changes ${list('en')}. Contact the secretariat to have it changed.`,
    })
  }
