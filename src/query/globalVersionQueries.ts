import type { BaseDatabaseAdapter, FlattenedField, PayloadRequest, SanitizedConfig } from 'payload'

import { buildVersionGlobalFields } from 'payload'

import { judgeWhere } from './whereOperators'

type GlobalVersionsArgs = { global: string; req?: Partial<PayloadRequest>; where?: unknown }

/**
 * Queries of a global's versions (`/api/globals/catalog/versions`, GraphQL `versionsCatalog`) run
 * no hook of the global, so the where clause is judged where the database adapter receives it.
 */
export const judgeGlobalVersionQueries = (config: SanitizedConfig): void => {
  const { init } = config.db
  const fieldsOf = new Map<string, FlattenedField[]>()
  const fields = (slug: string) => {
    if (!fieldsOf.has(slug)) {
      const global = config.globals.find((candidate) => candidate.slug === slug)
      fieldsOf.set(slug, global ? buildVersionGlobalFields(config, global, true) : [])
    }
    return fieldsOf.get(slug)!
  }
  config.db.init = (args) => {
    const adapter: BaseDatabaseAdapter = init(args)
    for (const method of ['countGlobalVersions', 'findGlobalVersions'] as const) {
      const query = adapter[method].bind(adapter) as (args: GlobalVersionsArgs) => Promise<never>
      adapter[method] = (async (queryArgs: GlobalVersionsArgs) => {
        if (queryArgs.req?.payload) {
          judgeWhere(queryArgs.req as PayloadRequest, fields(queryArgs.global), queryArgs.where)
        }
        return query(queryArgs)
      }) as never
    }
    return adapter
  }
}
