import type { Access, CollectionConfig, GlobalConfig } from 'payload'

import { isPreview } from '../../access/roles'

/** What Payload does when a collection sets no access function: logged-in users only. */
const loggedIn: Access = ({ req: { user } }) => Boolean(user)

/** Refused for a preview key, otherwise what `access` (or Payload's default) says. */
const notForPreview =
  (access: Access | undefined): Access =>
  (args) =>
    isPreview(args.req.user) ? false : (access ?? loggedIn)(args)

/** Every write to the collection refused to preview keys, whatever the collection allows others. */
export const collectionReadOnlyForPreview = (collection: CollectionConfig): CollectionConfig => {
  const { access = {} } = collection
  return {
    ...collection,
    access: {
      ...access,
      create: notForPreview(access.create),
      delete: notForPreview(access.delete),
      update: notForPreview(access.update),
      ...(collection.auth ? { unlock: notForPreview(access.unlock) } : {}),
    },
  }
}

/** A global's update refused to preview keys. */
export const globalReadOnlyForPreview = (global: GlobalConfig): GlobalConfig => ({
  ...global,
  access: { ...global.access, update: notForPreview(global.access?.update) },
})
