import type { FlattenedField, Payload } from 'payload'

import { ID, POLYMORPHIC_VALUE, type Queryable, queryableAs } from './operators'

/** What a `where` path names: how it may be asked, or why it cannot be (`undefined`: left to Payload). */
export type PathVerdict =
  | ({ blocked: string; reason: 'join' | 'localized' } & Partial<
      Record<keyof Queryable, undefined>
    >)
  | Queryable
  | undefined

/**
 * Follows a `where` path (`partner.name`, `contacts.email`, `target.value`, `title.en`, GraphQL's
 * `group__field`) through groups, arrays and relationships to the field it names. Paths it
 * cannot follow (blocks, unknown names) are left to Payload, which refuses unknown paths itself.
 * Through a localized relationship (the SEO image, `meta.image.alt`) or a join reached through a
 * relationship Payload 3.90 builds SQL that fails, so such paths are blocked.
 */
export const fieldAtPath = (
  payload: Payload,
  fields: FlattenedField[],
  path: string,
): PathVerdict => {
  const segments = path.split(/\.|__/)
  const locales = new Set(
    payload.config.localization ? payload.config.localization.localeCodes : [],
  )
  let current = fields
  let related = false
  for (let index = 0; index < segments.length; index++) {
    const field = current.find(({ name }) => name === segments[index])
    const last = index === segments.length - 1
    // An id of its own: a document's, or an array row's in the versions' tables (a serial there, text in the documents').
    if (segments[index] === 'id' && last && (!field || segments[0] === 'version')) {
      return ID
    }
    if (!field) {
      return undefined
    }
    // `title.en`: a localized field in one locale.
    if (field.localized && locales.has(segments[index + 1])) {
      index++
    }
    if (index === segments.length - 1) {
      return queryableAs(field)
    }
    if (field.type === 'group' || field.type === 'tab' || field.type === 'array') {
      current = field.flattenedFields
    } else if (field.type === 'join') {
      // A join is followed like a relationship, but only from the document itself: Payload 3.90
      // fails on one reached through a relationship (`themes.cases.title`).
      const through = segments.slice(0, index + 1).join('.')
      if (related || Array.isArray(field.collection)) {
        return { blocked: through, reason: 'join' }
      }
      current = payload.collections[field.collection as 'cases']?.config.flattenedFields ?? []
      related = true
    } else if (field.type === 'relationship' || field.type === 'upload') {
      const through = segments.slice(0, index + 1).join('.')
      if (Array.isArray(field.relationTo)) {
        // `target.relationTo` (Payload cannot query it: its own 400) or `target.value`; nothing lies deeper.
        return segments[index + 1] === 'value' && index + 1 === segments.length - 1
          ? POLYMORPHIC_VALUE
          : undefined
      }
      if (field.localized) {
        return { blocked: through, reason: 'localized' }
      }
      current = payload.collections[field.relationTo as 'cases']?.config.flattenedFields ?? []
      related = true
    } else {
      return undefined
    }
  }
  return undefined
}
