import type { CollectionConfig, Where } from 'payload'

import { combineWhereConstraints } from 'payload/shared'

import { partnerIdOf } from '../access/viewer'

/**
 * In the admin's lists (and relationship drawers), a partner user sees its own partner's
 * documents — its cases, posts, logos, uploads, its partner page — not everything it may
 * read; `also` lets others' documents in too (published cases, to read for the debate).
 * `field` holds the owner (`id` for the partners collection itself). The API is unchanged.
 */
export const ownListFilter = (
  collection: CollectionConfig,
  field: string,
  also?: Where,
): CollectionConfig => {
  const baseFilter = collection.admin?.baseFilter
  return {
    ...collection,
    admin: {
      ...collection.admin,
      baseFilter: async (args) => {
        const base = (await baseFilter?.(args)) ?? null
        const partner = partnerIdOf(args.req.user)
        if (partner === undefined) {
          return base
        }
        const mine = combineWhereConstraints([{ [field]: { equals: partner } }, also], 'or')
        return combineWhereConstraints([base ?? undefined, mine])
      },
    },
  }
}
