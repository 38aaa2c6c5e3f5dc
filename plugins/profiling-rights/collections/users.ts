import type { CollectionConfig } from 'payload'

import type { ResolvedOptions } from '../types'

import { userRights } from '../fields/userRights'

/** Users carry their partner's current rights (computed), for the admin and for frontends (`/api/users/me`). */
export const withUserRights = (
  collection: CollectionConfig,
  options: ResolvedOptions,
): CollectionConfig => ({
  ...collection,
  fields: [...collection.fields, userRights(options)],
})
