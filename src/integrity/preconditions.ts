import type { CollectionAfterOperationHook, CollectionBeforeOperationHook, GlobalConfig, PayloadRequest } from 'payload'

import { APIError } from 'payload'

import { say } from '../i18n/message'
import { entityTag, ifMatchHolds, sendEntityTag } from './entityTag'

type GlobalHooks = NonNullable<GlobalConfig['hooks']>

/**
 * The request's `If-Match` applies to the first document it writes: on REST the one in the URL,
 * on GraphQL the first mutation's (send one mutation per request with it). Writes that hooks set
 * off inside (the search index, derived documents) share the request but are not its target.
 */
const judged = new WeakSet<object>()
const ifMatchOf = (req: PayloadRequest): string | undefined => {
  const header = req.headers?.get?.('if-match') ?? undefined
  if (!header || judged.has(req.context)) return undefined
  judged.add(req.context)
  return header
}

const preconditionFailed = (req: PayloadRequest, current: string | undefined) =>
  new APIError(
    say(req, {
      da: 'Dokumentet er ændret, siden I hentede det (If-Match passer ikke). Hent det igen — med ?draft=true, hvis der er en nyere kladde — og gentag ændringen.',
      en: 'The document has changed since you read it (If-Match does not match). Read it again — with ?draft=true when there is a newer draft — and repeat the change.',
    }),
    412,
    { current: current && entityTag(current) },
    true,
  )

/** The current version of a document, drafts included, read inside the write's transaction (after its lock). */
const currentVersion = async (req: PayloadRequest, collection: string, id: number | string) =>
  (
    (await req.payload.findByID({ collection: collection as 'cases', depth: 0, disableErrors: true, draft: true, id, overrideAccess: true, req })) as null | {
      updatedAt?: string
    }
  )?.updatedAt

/**
 * Optimistic concurrency for clients that want it: a PATCH or DELETE of one document with an
 * `If-Match` that no longer names its current version (entityTag.ts) is refused with 412 and
 * changes nothing. Runs after serialWrites, so nothing can change between the check and the write.
 */
export const ifMatch: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  const id = (args as { id?: number | string }).id
  if ((operation !== 'update' && operation !== 'delete') || id === undefined) return args
  const header = ifMatchOf(req)
  if (!header) return args
  const current = await currentVersion(req, collection.slug, id)
  // A document that does not exist is Payload's 404 to answer.
  if (current !== undefined && !ifMatchHolds(header, current)) throw preconditionFailed(req, current)
  return args
}

/** The `ETag` of a REST read or write of one document: the version it answers with. */
export const entityTagHeader: CollectionAfterOperationHook = ({ collection, operation, req, result }) => {
  const { routeParams } = req
  const doc = result as undefined | { id?: number | string; updatedAt?: string }
  if ((operation === 'findByID' || operation === 'updateByID') && routeParams?.collection === collection.slug && String(routeParams?.id) === String(doc?.id)) {
    sendEntityTag(req, doc?.updatedAt)
  }
  return result
}

/** `ifMatch` for a global. */
export const globalIfMatch: GlobalHooks['beforeOperation'] extends (infer H)[] | undefined ? H : never = async ({ args, global, operation, req }) => {
  if (operation !== 'update') return args
  const header = ifMatchOf(req)
  if (!header) return args
  const current = ((await req.payload.findGlobal({ depth: 0, draft: true, overrideAccess: true, req, slug: global.slug as 'catalog' })) as { updatedAt?: string }).updatedAt
  if (!ifMatchHolds(header, current)) throw preconditionFailed(req, current)
  return args
}

/** `entityTagHeader` for a global's REST reads and writes. */
export const globalEntityTagHeader: GlobalHooks['afterRead'] extends (infer H)[] | undefined ? H : never = ({ doc, global, req }) => {
  if (req.routeParams?.global === global.slug) sendEntityTag(req, (doc as { updatedAt?: string }).updatedAt)
  return doc
}
