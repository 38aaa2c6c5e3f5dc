import type { CollectionBeforeChangeHook } from 'payload'

/**
 * A document's `author` is whoever is logged in when it is created (a duplicate too, which is a
 * create), and stays so: never what the request body claims. Written without a user (the seed,
 * system jobs), the given author is kept.
 */
export const setAuthor: CollectionBeforeChangeHook = ({ data, operation, originalDoc, req }) => ({
  ...data,
  author: operation === 'create' ? (req.user?.id ?? data.author) : originalDoc?.author,
})
