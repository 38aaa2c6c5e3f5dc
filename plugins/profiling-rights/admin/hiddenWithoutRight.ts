import type { CollectionConfig } from 'payload'

import type { Right } from '../types'

import { mayUseRight } from '../access/viewer'

type Hidden = NonNullable<NonNullable<CollectionConfig['admin']>['hidden']>

/**
 * Keeps a collection out of a partner user's admin navigation unless its partner holds one of
 * `rights` (from `user.rights`, computed at login). Staff are unaffected; the API is unchanged.
 */
export const hiddenWithoutRight = (
  collection: CollectionConfig,
  ...rights: Right[]
): CollectionConfig => {
  const own: Hidden = collection.admin?.hidden ?? false
  return {
    ...collection,
    admin: {
      ...collection.admin,
      hidden: (args) => {
        if (typeof own === 'function' ? own(args) : own) {
          return true
        }
        return !mayUseRight(args.user, rights)
      },
    },
  }
}
