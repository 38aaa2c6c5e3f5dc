import type { FieldHook, TextField } from 'payload'

import { text } from 'payload/shared'

import { t } from '../admin/label'
import { slugify } from '../utilities/slugify'

/**
 * A slug given by the editor is normalised; an empty one is made from the title; an existing
 * one stays when the title changes, so published URLs do not move. Runs before validation,
 * so `required` and `unique` judge the final value.
 */
const fillSlug =
  (from: string): FieldHook =>
  ({ data, originalDoc, value }) => {
    if (typeof value === 'string' && value.trim()) return slugify(value)
    if (originalDoc?.slug) return originalDoc.slug
    const source = data?.[from] ?? originalDoc?.[from]
    return typeof source === 'string' ? slugify(source) : value
  }

/**
 * A duplicate's slug: the original's with the first free number after it (`telekat-2`, `telekat-3` …),
 * so duplicating twice works and the copy never takes the original's address.
 */
const freeSlugForDuplicate: FieldHook = async ({ collection, req, value }) => {
  if (typeof value !== 'string' || !value || !collection) return value
  const base = value.replace(/-\d+$/, '')
  for (let number = 2; ; number++) {
    const candidate = `${base}-${number}`
    const { totalDocs } = await req.payload.count({ collection: collection.slug, overrideAccess: true, req, where: { slug: { equals: candidate } } })
    if (totalDocs === 0) return candidate
  }
}

/** URL slug: generated from `from` (the title) when empty, editable, unique per collection, Danish letters spelt out. */
export const slug = (from = 'title'): TextField => ({
  name: 'slug',
  type: 'text',
  admin: {
    description: t('Adressen i URL’er. Udfyldes fra titlen, hvis den står tom.', 'The address in URLs. Filled from the title when left empty.'),
    position: 'sidebar',
  },
  hooks: { beforeDuplicate: [freeSlugForDuplicate], beforeValidate: [fillSlug(from)] },
  index: true,
  label: t('Slug', 'Slug'),
  maxLength: 200,
  unique: true,
  // Not `required`: that would make GraphQL inputs demand a slug the hook fills in anyway.
  validate: (value: null | string | undefined, args) =>
    value ? text(value, args) : args.req.t('validation:required'),
})
