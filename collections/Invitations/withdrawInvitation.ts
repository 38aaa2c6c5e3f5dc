import type { CollectionAfterDeleteHook } from 'payload'

/** Deleting an invitation nobody accepted withdraws it: the unused account goes too. */
export const withdrawInvitation: CollectionAfterDeleteHook = async ({ doc, req }) => {
  if (doc.acceptedAt || !doc.user) {
    return
  }
  const id = typeof doc.user === 'object' ? doc.user.id : doc.user
  await req.payload.delete({ id, collection: 'users', overrideAccess: true, req })
}
