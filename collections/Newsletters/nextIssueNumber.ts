import type { CollectionBeforeChangeHook } from 'payload'

/** A new issue left without a number gets the next one: one more than the highest so far (drafts included). */
export const nextIssueNumber: CollectionBeforeChangeHook = async ({
  collection,
  data,
  operation,
  req,
}) => {
  if (operation !== 'create' || (data.issue !== undefined && data.issue !== null)) {
    return data
  }
  const { docs } = await req.payload.find({
    collection: collection.slug as 'newsletters',
    depth: 0,
    limit: 1,
    overrideAccess: true,
    pagination: false,
    req,
    select: { issue: true },
    sort: '-issue',
    where: { issue: { exists: true } },
  })
  return { ...data, issue: (docs[0]?.issue ?? 0) + 1 }
}
