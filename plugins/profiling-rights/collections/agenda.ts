import type {
  Access,
  CollectionBeforeChangeHook,
  CollectionConfig,
  FieldAccess,
  Where,
} from 'payload'

import { extractID } from 'payload/shared'

import type { Label, ResolvedOptions } from '../types'

import { allOf, anyOf } from '../access/combine'
import { ownPartnersDocuments, partnerHasRight } from '../access/ownedDocuments'
import { isStaff, partnerIdOf } from '../access/viewer'
import { withListNotice } from '../admin/rightNotice'
import { entitledPartnerIds } from '../entitledPartners'
import { ownerField } from '../fields/ownerField'
import { explainMissingRight } from '../hooks/explainMissingRight'
import { ownedByRequestPartner } from '../hooks/ownedByRequestPartner'

/** Proposals, supports, recommendations and endorsements all follow this one right. */
const AGENDA = 'shapeAgenda'

/** Matches no document: a partner user without the right gets an empty list (and the notice), not a 403. */
const NOTHING: Where = { id: { exists: false } }

/**
 * What a user without the right reads: `refused` (403), `empty` (no documents: a public
 * GraphQL query may ask for a recommendation's endorsements and gets none, not an error), or
 * `emptyForPartners` (partner users get an empty list, and the admin a notice saying why; others 403).
 */
type WithoutRight = 'empty' | 'emptyForPartners' | 'refused'

/** Partner users whose tier has the right read everything; anyone else as `withoutRight` says. */
const agendaRead =
  (options: ResolvedOptions, withoutRight: WithoutRight): Access =>
  async (args) => {
    if (await partnerHasRight(options, AGENDA)(args)) {
      return true
    }
    if (withoutRight === 'empty') {
      return NOTHING
    }
    return withoutRight === 'emptyForPartners' && partnerIdOf(args.req.user) !== undefined
      ? NOTHING
      : false
  }

type AgendaUse = {
  /** Whether a partner user changes its own documents (a proposal, an endorsement's note) or only makes and withdraws them (a support). */
  editable: boolean
  withoutRight: WithoutRight
}

/**
 * A collection of the steering group's say (proposals, supports, endorsements): partner users
 * whose tier has `shapeAgenda` make them for their own partner, read every partner's, and change
 * or withdraw their own partner's. Other partner users are told why not (403 naming the right
 * and the tiers that have it); the public and preview keys get nothing.
 */
export const withAgendaDocuments = (
  collection: CollectionConfig,
  options: ResolvedOptions,
  { editable, withoutRight }: AgendaUse,
): CollectionConfig => {
  const owner = options.ownerField
  const own = allOf(partnerHasRight(options, AGENDA), ownPartnersDocuments(owner))
  const withRules: CollectionConfig = {
    ...collection,
    access: {
      ...collection.access,
      create: anyOf(collection.access?.create, partnerHasRight(options, AGENDA)),
      delete: anyOf(collection.access?.delete, own),
      read: anyOf(collection.access?.read, agendaRead(options, withoutRight)),
      ...(editable ? { update: anyOf(collection.access?.update, own) } : {}),
    },
    fields: collection.fields.map((field) =>
      'name' in field && field.name === owner ? ownerField(field) : field,
    ),
    hooks: {
      ...collection.hooks,
      beforeChange: [...(collection.hooks?.beforeChange ?? []), ownedByRequestPartner(owner)],
      beforeOperation: [
        ...(collection.hooks?.beforeOperation ?? []),
        explainMissingRight(options, [AGENDA], ['create', 'update', 'delete']),
      ],
    },
  }
  return withoutRight === 'emptyForPartners'
    ? withListNotice(withRules, options, [AGENDA])
    : withRules
}

const READ_PUBLISHED: Label = {
  da: 'Her kan I læse de udgivne anbefalinger.',
  en: 'Here you can read the published recommendations.',
}

/**
 * Recommendations: partner users with `shapeAgenda` read the drafts too (to endorse them); the
 * others what the public reads. The list of endorsements on a recommendation is for staff and those
 * partner users (null, not an error, for the public in GraphQL).
 */
export const withRecommendationDrafts = (
  collection: CollectionConfig,
  options: ResolvedOptions,
): CollectionConfig => {
  const endorsementsRead: FieldAccess = async ({ req }) =>
    isStaff(req.user) || (await partnerHasRight(options, AGENDA)({ req })) === true
  return withListNotice(
    {
      ...collection,
      access: {
        ...collection.access,
        read: anyOf(collection.access?.read, agendaRead(options, 'emptyForPartners')),
      },
      fields: collection.fields.map((field) =>
        field.type === 'join' && field.collection === options.slugs.endorsements
          ? { ...field, access: { read: endorsementsRead } }
          : field,
      ),
    },
    options,
    [AGENDA],
    READ_PUBLISHED,
  )
}

/** The endorsements' relationship to recommendations (checked at start by `validateOptions`). */
const endorsedField = (
  req: Parameters<CollectionBeforeChangeHook>[0]['req'],
  options: ResolvedOptions,
) =>
  req.payload.collections[options.slugs.endorsements].config.flattenedFields.find(
    (field) => field.type === 'relationship' && field.relationTo === options.slugs.recommendations,
  )!.name

/**
 * Every save records the partners that endorse the recommendation now and still have the right
 * (active, with `shapeAgenda`): a draft shows who stands behind it, and the published
 * recommendation keeps the list it was published with. Editors cannot edit the list.
 */
const endorsingPartners =
  (options: ResolvedOptions): CollectionBeforeChangeHook =>
  async ({ data, originalDoc, req }) => {
    if (originalDoc?.id === undefined) {
      return { ...data, endorsedBy: [] }
    }
    const { docs: endorsements } = await req.payload.find({
      collection: options.slugs.endorsements,
      depth: 0,
      limit: 0,
      overrideAccess: true,
      pagination: false,
      req,
      select: { [options.ownerField]: true },
      where: { [endorsedField(req, options)]: { equals: originalDoc.id } },
    })
    const ids = endorsements.map((endorsement) =>
      extractID((endorsement as unknown as Record<string, number>)[options.ownerField]),
    )
    if (!ids.length) {
      return { ...data, endorsedBy: [] }
    }
    return {
      ...data,
      endorsedBy: await entitledPartnerIds(req, options, AGENDA, { id: { in: ids } }),
    }
  }

/** `recommendations.endorsedBy`, kept by the plugin (see `endorsingPartners`). */
export const withEndorsedBy = (
  collection: CollectionConfig,
  options: ResolvedOptions,
): CollectionConfig => ({
  ...collection,
  fields: [
    ...collection.fields,
    {
      name: 'endorsedBy',
      type: 'relationship',
      admin: {
        description: {
          da: 'Partnere i styregruppen, der har tilsluttet sig. Udfyldes automatisk ved hver gemning; den udgivne anbefaling beholder listen fra udgivelsen.',
          en: 'Steering partners that endorse it. Filled in on every save; the published recommendation keeps the list it was published with.',
        },
        position: 'sidebar',
        readOnly: true,
      },
      hasMany: true,
      label: { da: 'Tilsluttede partnere', en: 'Endorsed by' },
      relationTo: options.slugs.partners,
    },
  ],
  hooks: {
    ...collection.hooks,
    beforeChange: [...(collection.hooks?.beforeChange ?? []), endorsingPartners(options)],
  },
})
