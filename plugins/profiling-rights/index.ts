import type { CollectionConfig, Config, GlobalConfig, Plugin } from 'payload'

import type { ProfilingRightsOptions, ResolvedOptions } from './types'

import { withCatalogLists } from './collections/catalog'
import { withLogoRights } from './collections/logos'
import { withMentions } from './collections/newsletters'
import { withOwnedDocuments } from './collections/owned'
import { withPanelData } from './collections/panelSurveys'
import { withPartnerRights } from './collections/partners'
import { tiersEndpoint } from './endpoints/tiersEndpoint'
import { tiersQuery } from './endpoints/tiersQuery'
import { resolveOptions } from './resolveOptions'

export type { ProfilingRightsOptions, Right, Rights, Tier } from './types'
export { defaultTiers } from './defaults'

type Transform<T> = (entity: T, options: ResolvedOptions) => T

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
      [roles.cases]: enforce((collection) => withOwnedDocuments(collection, options, 'showcase')),
      [roles.logos]: enforce(withLogoRights),
      [roles.newsletters]: withMentions,
      [roles.panelSurveys]: enforce(withPanelData),
      // Adds the tier and entitlements either way; enforces only when enabled.
      [roles.partners]: withPartnerRights,
      [roles.posts]: enforce((collection) => withOwnedDocuments(collection, options, 'blog')),
    }
    const globalTransforms: Record<string, Transform<GlobalConfig>> = { [roles.catalog]: withCatalogLists }

    return {
      ...config,
      collections: (config.collections ?? []).map((collection) =>
        collectionTransforms[collection.slug]?.(collection, options) ?? collection,
      ),
      endpoints: [...(config.endpoints ?? []), tiersEndpoint(options)],
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
