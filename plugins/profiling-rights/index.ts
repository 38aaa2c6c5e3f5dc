import type { CollectionConfig, Config, GlobalConfig, Plugin, Where } from 'payload'

import type { ProfilingRightsOptions, ResolvedOptions, Right, Slugs } from './types'

import { hiddenWithoutRight } from './admin/hiddenWithoutRight'
import { ownListFilter } from './admin/ownListFilter'
import { withListNotice } from './admin/rightNotice'
import { withAgendaDocuments, withEndorsedBy, withRecommendationDrafts } from './collections/agenda'
import { withCatalogLists } from './collections/catalog'
import { withLogoRights, withLogoShown } from './collections/logos'
import {
  withMeetingMaterials,
  withMeetingMembers,
  withMeetingRegistrations,
} from './collections/meetings'
import { withMentions } from './collections/newsletters'
import { withOwnedDocuments } from './collections/owned'
import { withPanelData } from './collections/panelSurveys'
import { withPartnerFields, withPartnerRights } from './collections/partners'
import { withUserRights } from './collections/users'
import { tiersEndpoint } from './endpoints/tiersEndpoint'
import { tiersQuery } from './endpoints/tiersQuery'
import { recomputeLogosShown } from './hooks/logoShown'
import { resolveOptions } from './resolveOptions'
import { validateOptions } from './validateOptions'

export { memberKindsWith } from './access/meetingMembers'
export { isStaff, partnerIdOf } from './access/viewer'
export {
  defaultMeetingFields,
  defaultMeetingKinds,
  defaultPartnerFields,
  defaultSlugs,
  defaultTiers,
} from './defaults'
export { staffOnlyChanges } from './hooks/staffOnlyChanges'
export type { PartnerFields, ProfilingRightsOptions, Right, Rights, Slugs, Tier } from './types'

type Transform<T> = (entity: T, options: ResolvedOptions) => T

/**
 * What the plugin does to one collection, global or the config: `fields` it adds (always, so the
 * schema and the API never depend on `enabled`) and the `rules` it enforces (only when enabled).
 */
type Part<T> = { fields?: Transform<T>; rules?: Transform<T> }

const PUBLISHED: Where = { _status: { equals: 'published' } }
const READ_FOR_DEBATE = {
  da: 'Her kan I læse de udgivne cases og deltage i debatten om dem under Debat → Kommentarer.',
  en: 'Here you can read the published cases and join the debate on them under Debate → Comments.',
}

/** A partner user's admin: the collection listed only with one of `rights`, and only its own documents in it. */
const ownedInAdmin = (
  collection: CollectionConfig,
  options: ResolvedOptions,
  ...rights: Right[]
): CollectionConfig => hiddenWithoutRight(ownListFilter(collection, options.ownerField), ...rights)

const collectionParts: Record<Exclude<keyof Slugs, 'catalog'>, Part<CollectionConfig>> = {
  // Every partner user reads the published cases (the debate is about them) and its own; only a tier
  // with the showcase right writes them, and the others are told so above the list.
  cases: {
    rules: (collection, options) =>
      withListNotice(
        ownListFilter(
          withOwnedDocuments(collection, options, 'showcase'),
          options.ownerField,
          PUBLISHED,
        ),
        options,
        ['showcase'],
        READ_FOR_DEBATE,
      ),
  },
  // The steering group's say (`shapeAgenda`): supports and endorsements are made and withdrawn, an endorsement's note edited.
  endorsements: {
    rules: (collection, options) =>
      withAgendaDocuments(collection, options, { editable: true, withoutRight: 'empty' }),
  },
  logos: {
    fields: withLogoShown,
    rules: (collection, options) =>
      ownedInAdmin(withLogoRights(collection, options), options, 'logoAndPresentation'),
  },
  media: {
    rules: (collection, options) =>
      ownedInAdmin(
        withOwnedDocuments(collection, options, 'showcase', 'blog'),
        options,
        'showcase',
        'blog',
      ),
  },
  meetingMaterials: { rules: withMeetingMaterials },
  meetingRegistrations: { rules: withMeetingRegistrations },
  meetings: { rules: withMeetingMembers },
  newsletters: { fields: withMentions },
  panelSurveys: {
    rules: (collection, options) =>
      hiddenWithoutRight(withPanelData(collection, options), 'panelData'),
  },
  partners: { fields: withPartnerFields, rules: withPartnerRights },
  // Listed for every partner user: one without the blog right is told which tier has it.
  posts: {
    rules: (collection, options) =>
      withListNotice(
        ownListFilter(withOwnedDocuments(collection, options, 'blog'), options.ownerField),
        options,
        ['blog'],
      ),
  },
  proposals: {
    rules: (collection, options) =>
      withAgendaDocuments(collection, options, {
        editable: true,
        withoutRight: 'emptyForPartners',
      }),
  },
  proposalSupports: {
    rules: (collection, options) =>
      withAgendaDocuments(collection, options, { editable: false, withoutRight: 'refused' }),
  },
  recommendations: { fields: withEndorsedBy, rules: withRecommendationDrafts },
  users: { fields: withUserRights },
}

const catalogPart: Part<GlobalConfig> = { fields: withCatalogLists }

const configPart: Part<Config> = {
  fields: (config, options) => ({
    ...config,
    endpoints: [...(config.endpoints ?? []), tiersEndpoint(options)],
    graphQL: {
      ...config.graphQL,
      queries: (GraphQL, context) => ({
        ...config.graphQL?.queries?.(GraphQL, context),
        Tiers: tiersQuery(GraphQL, options),
      }),
    },
  }),
  // The logos' `shown` flags follow the tiers as configured now.
  rules: (config, options) => ({
    ...config,
    onInit: async (payload) => {
      await config.onInit?.(payload)
      await recomputeLogosShown(payload, options)
    },
  }),
}

/** The one place `enabled` is read: fields always, rules only when enabled. */
const apply = <T>(entity: T, part: Part<T> | undefined, options: ResolvedOptions): T => {
  const withFields = part?.fields ? part.fields(entity, options) : entity
  return options.enabled && part?.rules ? part.rules(withFields, options) : withFields
}

/**
 * Each partner tier's rights, applied everywhere Payload answers (REST, GraphQL, Local API
 * with overrideAccess: false, admin UI): partner fields by tier, partner users' actions by
 * tier, mentions and listings computed. Wraps the collections' own access and hooks. Throws at
 * start when a slug or field the options name is missing (`validateOptions`).
 */
export const profilingRights =
  (pluginOptions: ProfilingRightsOptions = {}): Plugin =>
  (config: Config): Config => {
    const options = resolveOptions(pluginOptions)
    validateOptions(config, options)
    const partOf = new Map<string, Part<CollectionConfig>>(
      Object.entries(collectionParts).map(([part, transforms]) => [
        options.slugs[part as keyof typeof collectionParts],
        transforms,
      ]),
    )
    return apply(
      {
        ...config,
        collections: (config.collections ?? []).map((collection) =>
          apply(collection, partOf.get(collection.slug), options),
        ),
        globals: (config.globals ?? []).map((global) =>
          global.slug === options.slugs.catalog ? apply(global, catalogPart, options) : global,
        ),
      },
      configPart,
      options,
    )
  }
