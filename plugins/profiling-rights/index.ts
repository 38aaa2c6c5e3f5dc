import type { CollectionConfig, Config, GlobalConfig, Plugin, Where } from 'payload'

import type { ProfilingRightsOptions, ResolvedOptions, Right } from './types'

import { hiddenWithoutRight } from './admin/hiddenWithoutRight'
import { ownListFilter } from './admin/ownListFilter'
import { withListNotice } from './admin/rightNotice'
import { withCatalogLists } from './collections/catalog'
import { withLogoRights } from './collections/logos'
import { withMentions } from './collections/newsletters'
import { withOwnedDocuments } from './collections/owned'
import { withPanelData } from './collections/panelSurveys'
import { withPartnerRights } from './collections/partners'
import { withUserRights } from './collections/users'
import { tiersEndpoint } from './endpoints/tiersEndpoint'
import { tiersQuery } from './endpoints/tiersQuery'
import { recomputeLogosShown } from './hooks/logoShown'
import { resolveOptions } from './resolveOptions'

export type { ProfilingRightsOptions, Right, Rights, Tier } from './types'
export { defaultTiers } from './defaults'

type Transform<T> = (entity: T, options: ResolvedOptions) => T

const PUBLISHED: Where = { _status: { equals: 'published' } }
const READ_FOR_DEBATE = {
  da: 'Her kan I læse de udgivne cases og deltage i debatten om dem under Debat → Kommentarer.',
  en: 'Here you can read the published cases and join the debate on them under Debate → Comments.',
}

/** A partner user's admin: the collection listed only with one of `rights`, and only its own documents in it. */
const ownedInAdmin = (collection: CollectionConfig, ...rights: Right[]): CollectionConfig =>
  hiddenWithoutRight(ownListFilter(collection), ...rights)

/**
 * Each partner tier's rights, applied everywhere Payload answers (REST, GraphQL, Local API
 * with overrideAccess: false, admin UI): partner fields by tier, partner users' actions by
 * tier, mentions and listings computed. Wraps the collections' own access and hooks.
 */
export const profilingRights =
  (pluginOptions: ProfilingRightsOptions = {}): Plugin =>
  (config: Config): Config => {
    const options = resolveOptions(pluginOptions)
    const { roles } = options

    // Disabled, the fields stay (the schema and API do not change) but nothing is enforced.
    const enforce = <T>(transform: Transform<T>): Transform<T> =>
      options.enabled ? transform : (entity) => entity

    const collectionTransforms: Record<string, Transform<CollectionConfig>> = {
      // Every partner user reads the published cases (the debate is about them) and its own; only a tier
      // with the showcase right writes them, and the others are told so above the list.
      [roles.cases]: enforce((collection) => withListNotice(ownListFilter(withOwnedDocuments(collection, options, 'showcase'), 'partner', PUBLISHED), options, ['showcase'], READ_FOR_DEBATE)),
      // Adds the `shown` flag either way; enforces only when enabled.
      [roles.logos]: (collection) =>
        options.enabled ? ownedInAdmin(withLogoRights(collection, options), 'logoAndPresentation') : withLogoRights(collection, options),
      [roles.media]: enforce((collection) =>
        ownedInAdmin(withOwnedDocuments(collection, options, 'showcase', 'blog'), 'showcase', 'blog'),
      ),
      [roles.newsletters]: withMentions,
      [roles.panelSurveys]: enforce((collection) => hiddenWithoutRight(withPanelData(collection, options), 'panelData')),
      // Adds the tier and entitlements either way; enforces only when enabled.
      [roles.partners]: (collection) => ownListFilter(withPartnerRights(collection, options), 'id'),
      // Listed for every partner user: one without the blog right is told which tier has it.
      [roles.posts]: enforce((collection) => withListNotice(ownListFilter(withOwnedDocuments(collection, options, 'blog')), options, ['blog'])),
      // Adds the computed rights either way, like the partner fields.
      [roles.users]: withUserRights,
    }
    const globalTransforms: Record<string, Transform<GlobalConfig>> = { [roles.catalog]: withCatalogLists }

    return {
      ...config,
      collections: (config.collections ?? []).map((collection) =>
        collectionTransforms[collection.slug]?.(collection, options) ?? collection,
      ),
      endpoints: [...(config.endpoints ?? []), tiersEndpoint(options)],
      onInit: async (payload) => {
        await config.onInit?.(payload)
        if (options.enabled) await recomputeLogosShown(payload, options)
      },
      globals: (config.globals ?? []).map((global) => globalTransforms[global.slug]?.(global, options) ?? global),
      graphQL: {
        ...config.graphQL,
        queries: (GraphQL, context) => ({
          ...config.graphQL?.queries?.(GraphQL, context),
          Tiers: tiersQuery(GraphQL, options),
        }),
      },
    }
  }
