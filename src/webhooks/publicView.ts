import type { PayloadRequest } from 'payload'

import { isolateObjectProperty } from 'payload'

import type { WebhookSource } from './sources'

/** What a webhook message may say about a public document. */
export type PublicView = { id?: number | string; slug?: null | string }

/**
 * The document as an anonymous visitor reads it now, inside the request's transaction (so a
 * write's effect is seen before it commits), or null when the public cannot read it. The same
 * access rules as every public read decide: drafts, tiers, hidden partners.
 */
export const publicView = async (
  req: PayloadRequest,
  source: WebhookSource,
  id?: number | string,
): Promise<null | PublicView> => {
  const anonymous = isolateObjectProperty(req, ['user', 'context'])
  anonymous.user = null
  anonymous.context = {}
  if (source === 'catalog') {
    const catalog = await req.payload.findGlobal({
      slug: 'catalog',
      depth: 0,
      overrideAccess: false,
      req: anonymous,
    })
    return (catalog as { _status?: string })?._status === 'published' ? {} : null
  }
  if (id === undefined) {
    return null
  }
  const hasSlug = req.payload.collections[source].config.flattenedFields.some(
    (field) => field.name === 'slug',
  )
  // Only what a message says: access still decides whether the row is there at all.
  const { docs } = await req.payload.find({
    collection: source,
    depth: 0,
    limit: 1,
    overrideAccess: false,
    pagination: false,
    req: anonymous,
    select: hasSlug ? { slug: true } : { id: true },
    where: { id: { equals: id } },
  })
  const doc = docs[0] as ({ id: number | string } & PublicView) | undefined
  return doc ? { id: doc.id, slug: doc.slug ?? null } : null
}
