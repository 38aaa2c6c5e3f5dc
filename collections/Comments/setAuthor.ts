import type { CollectionBeforeChangeHook } from 'payload'

/** A comment's author is whoever is logged in when it is written, never what the body claims. */
export const setAuthor: CollectionBeforeChangeHook = ({ data, operation, originalDoc, req }) => ({
  ...data,
  author: operation === 'create' ? (req.user?.id ?? data.author) : originalDoc?.author,
})
