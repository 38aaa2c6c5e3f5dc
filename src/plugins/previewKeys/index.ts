import type { CollectionConfig, Plugin } from 'payload'

import { isPreview } from '../../access/roles'
import { previewAccounts } from './previewAccounts'
import { collectionReadOnlyForPreview, globalReadOnlyForPreview } from './readOnly'

export type PreviewKeysOptions = {
  /** The auth collection whose users may be preview accounts. */
  users?: string
}

type AdminAccess = NonNullable<NonNullable<CollectionConfig['access']>['admin']>

/** Preview accounts work through their key only: no admin UI. */
const notPreviewAdmin =
  (access: AdminAccess | undefined): AdminAccess =>
  (args) =>
    !isPreview(args.req.user) && (access ? access(args) : Boolean(args.req.user))

const withAPIKeys = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  access: { ...collection.access, admin: notPreviewAdmin(collection.access?.admin) },
  auth: { ...(typeof collection.auth === 'object' ? collection.auth : {}), useAPIKey: true },
  hooks: {
    ...collection.hooks,
    beforeChange: [...(collection.hooks?.beforeChange ?? []), previewAccounts],
  },
})

/**
 * API keys for frontends' servers (`Authorization: users API-Key <key>`): a user with the
 * `preview` role reads what the public reads plus drafts (the collections' read access
 * grants that), and writes nothing anywhere — added last, so it covers every collection
 * and global, those of other plugins included.
 */
export const previewKeys =
  ({ users = 'users' }: PreviewKeysOptions = {}): Plugin =>
  (config) => ({
    ...config,
    collections: (config.collections ?? []).map((collection) =>
      collectionReadOnlyForPreview(
        collection.slug === users ? withAPIKeys(collection) : collection,
      ),
    ),
    globals: (config.globals ?? []).map(globalReadOnlyForPreview),
  })
