import type { CollectionBeforeChangeHook } from 'payload'

/**
 * The first account administers the installation, however it is made (/admin's
 * create-first-user form, the API or a seed): an empty system needs someone in charge.
 */
export const firstUserIsAdmin: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') {
    return data
  }
  const { totalDocs } = await req.payload.count({ collection: 'users', req })
  return totalDocs === 0 ? { ...data, roles: ['admin'] } : data
}
