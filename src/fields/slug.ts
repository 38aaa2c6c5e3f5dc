import type { FieldHook, PayloadRequest, TextField, Where } from 'payload'

import { text } from 'payload/shared'

import { t } from '../admin/label'
import { invalidField } from '../errors/invalidField'
import { slugify } from '../utilities/slugify'

type Labelled = { labels?: { singular?: unknown }; slug: string }

/**
 * Whether another document of the collection holds `slug`: in its live version (the page on the
 * site) or its newest, draft or not (the page it becomes when published). Payload's unique index
 * sees only the live versions, so a draft could take a published page's address.
 */
const slugTaken = async (
  req: PayloadRequest,
  collection: string,
  slug: string,
  id?: number | string,
): Promise<boolean> => {
  const where: Where =
    id === undefined
      ? { slug: { equals: slug } }
      : { and: [{ slug: { equals: slug } }, { id: { not_equals: id } }] }
  const holders = (draft: boolean) =>
    req.payload
      .find({
        collection: collection as 'cases',
        depth: 0,
        draft,
        limit: 1,
        overrideAccess: true,
        pagination: false,
        req,
        select: {},
        where,
      })
      .then(({ docs }) => docs.length)
  const [live, newest] = await Promise.all([holders(false), holders(true)])
  return live + newest > 0
}

/** The first of `base`, `base-2`, `base-3` … (from `base-<from>`) that no other document holds. */
const firstFree = async (
  req: PayloadRequest,
  collection: string,
  base: string,
  id?: number | string,
  from = 1,
): Promise<string> => {
  for (let number = from; ; number++) {
    const candidate = number === 1 ? base : `${base}-${number}`
    if (!(await slugTaken(req, collection, candidate, id))) {
      return candidate
    }
  }
}

/** The base of a slug for a title with no letters to spell in a URL (only emoji, say): the collection's singular name. */
const fallbackBase = ({ slug, labels }: Labelled): string => {
  const singular = labels?.singular as { da?: string } | string | undefined
  return slugify(typeof singular === 'string' ? singular : (singular?.da ?? slug)) || 'dokument'
}

/**
 * A slug given by the editor is normalised (and judged by `validate`); an existing one stays when
 * the title changes, so published URLs do not move; an empty one is made from the title — from the
 * collection's name when the title has nothing to spell — and numbered to the first free one
 * (`telekat-2`). Runs before validation, so `validate` judges the final value.
 */
const fillSlug =
  (from: string): FieldHook =>
  async ({ collection, data, originalDoc, req, value }) => {
    const given = typeof value === 'string' ? slugify(value) : ''
    if (given) {
      return given
    }
    if (originalDoc?.slug) {
      return originalDoc.slug
    }
    if (!collection) {
      return value
    }
    const source = data?.[from] ?? originalDoc?.[from]
    const base = (typeof source === 'string' && slugify(source)) || fallbackBase(collection)
    return firstFree(req, collection.slug, base, originalDoc?.id)
  }

/** A duplicate's slug: the original's with the first free number after it (`telekat-2`, `telekat-3` …). */
const freeSlugForDuplicate: FieldHook = ({ collection, req, value }) =>
  typeof value === 'string' && value && collection
    ? firstFree(req, collection.slug, value.replace(/-\d+$/, ''), undefined, 2)
    : value

/**
 * A slug another document holds is refused with a 400 on the field. In a hook, not `validate`:
 * Payload does not validate draft saves, and a draft's slug is its page's address to be.
 */
const refuseTakenSlug: FieldHook = async ({ collection, originalDoc, req, value }) => {
  if (
    typeof value === 'string' &&
    value &&
    collection &&
    (await slugTaken(req, collection.slug, value, originalDoc?.id))
  ) {
    invalidField(req, collection.slug, 'slug', {
      da: `Slug’en “${value}” bruges allerede af et andet dokument her (offentliggjort eller kladde). Vælg en anden, eller lad feltet stå tomt.`,
      en: `The slug “${value}” is already used by another document here (published or draft). Choose another, or leave the field empty.`,
    })
  }
  return value
}

/** URL slug: generated from `from` (the title) when empty, editable, unique per collection across drafts, Danish letters spelt out. */
export const slug = (from = 'title'): TextField => ({
  name: 'slug',
  type: 'text',
  admin: {
    description: t(
      'Adressen i URL’er. Udfyldes fra titlen, hvis den står tom.',
      'The address in URLs. Filled from the title when left empty.',
    ),
    position: 'sidebar',
  },
  hooks: {
    beforeChange: [refuseTakenSlug],
    beforeDuplicate: [freeSlugForDuplicate],
    beforeValidate: [fillSlug(from)],
  },
  index: true,
  label: t('Slug', 'Slug'),
  maxLength: 200,
  unique: true,
  // Not `required`: that would make GraphQL inputs demand a slug the hook fills in anyway.
  validate: (value: null | string | undefined, args) =>
    value ? text(value, args) : args.req.t('validation:required'),
})
