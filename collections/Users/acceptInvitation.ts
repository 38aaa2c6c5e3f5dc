import type { CollectionAfterLoginHook } from 'payload'

/** The first login (right after choosing a password from the link) marks the invitation accepted. */
export const acceptInvitation: CollectionAfterLoginHook = async ({ req, user }) => {
  await req.payload.update({
    collection: 'invitations',
    data: { acceptedAt: new Date().toISOString() },
    overrideAccess: true,
    req,
    where: { and: [{ user: { equals: user.id } }, { acceptedAt: { exists: false } }] },
  })
}
