import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type {
  CollectionAfterOperationHook,
  CollectionBeforeOperationHook,
  GlobalConfig,
  PayloadRequest,
} from 'payload'

import { APIError } from 'payload'

import { say } from '../i18n/message'
import { entityTag, ifMatchHolds, sendEntityTag } from './entityTag'

type GlobalHooks = NonNullable<GlobalConfig['hooks']>

/**
 * The request's `If-Match` applies to the document the request writes: on REST the one in the URL,
 * on GraphQL each mutation's first write (each mutation runs in a transaction of its own). Writes
 * that hooks set off inside (the search index, derived documents) share the transaction but are
 * not its target — judging them would fail them and roll the whole write back. Payload gives
 * nested calls request objects and contexts of their own, and a plugin's collection may carry
 * hooks from another instance of this module, so the mark sits on the transaction's session itself.
 */
const JUDGED = Symbol.for('den-aktive-borger.ifMatchJudged')
const ifMatchOf = async (
  req: PayloadRequest,
  target: { collection?: string; global?: string; id?: number | string },
): Promise<string | undefined> => {
  const header = req.headers?.get?.('if-match') ?? undefined
  if (!header) {
    return undefined
  }
  const { routeParams } = req
  if (routeParams?.collection || routeParams?.global) {
    const same = target.global
      ? routeParams.global === target.global
      : routeParams.collection === target.collection && String(routeParams.id) === String(target.id)
    return same ? header : undefined
  }
  const session = req.transactionID
    ? ((req.payload.db as unknown as PostgresAdapter).sessions[await req.transactionID] as
        Record<symbol, unknown> | undefined)
    : undefined
  if (!session) {
    return header
  }
  if (session[JUDGED]) {
    return undefined
  }
  session[JUDGED] = true
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
    (await req.payload.findByID({
      id,
      collection: collection as 'cases',
      depth: 0,
      disableErrors: true,
      draft: true,
      overrideAccess: true,
      req,
    })) as {
      updatedAt?: string
    } | null
  )?.updatedAt

/**
 * Optimistic concurrency for clients that want it: a PATCH or DELETE of one document with an
 * `If-Match` that no longer names its current version (entityTag.ts) is refused with 412 and
 * changes nothing. Runs after serialWrites, so nothing can change between the check and the write.
 */
export const ifMatch: CollectionBeforeOperationHook = async ({
  args,
  collection,
  operation,
  req,
}) => {
  const id = (args as { id?: number | string }).id
  if (operation !== 'update' && operation !== 'delete') {
    return args
  }
  // A list has no entity tag: If-Match on a bulk write can never hold (RFC 9110 §13.1.1).
  if (id === undefined) {
    if (
      req.headers?.get?.('if-match') &&
      !req.routeParams?.id &&
      req.routeParams?.collection === collection.slug
    ) {
      throw preconditionFailed(req, undefined)
    }
    return args
  }
  const header = await ifMatchOf(req, { id, collection: collection.slug })
  if (!header) {
    return args
  }
  const current = await currentVersion(req, collection.slug, id)
  // A document that does not exist is Payload's 404 to answer.
  if (current !== undefined && !ifMatchHolds(header, current)) {
    throw preconditionFailed(req, current)
  }
  return args
}

/** The `ETag` of a REST read or write of one document: the version it answers with. */
export const entityTagHeader: CollectionAfterOperationHook = ({
  collection,
  operation,
  req,
  result,
}) => {
  const { routeParams } = req
  const doc = result as { id?: number | string; updatedAt?: string } | undefined
  if (
    (operation === 'findByID' || operation === 'updateByID') &&
    routeParams?.collection === collection.slug &&
    String(routeParams?.id) === String(doc?.id)
  ) {
    sendEntityTag(req, doc?.updatedAt)
  }
  return result
}

/** `ifMatch` for a global. */
export const globalIfMatch: GlobalHooks['beforeOperation'] extends (infer H)[] | undefined
  ? H
  : never = async ({ args, global, operation, req }) => {
  if (operation !== 'update') {
    return args
  }
  const header = await ifMatchOf(req, { global: global.slug })
  if (!header) {
    return args
  }
  const current = (
    (await req.payload.findGlobal({
      slug: global.slug as 'catalog',
      depth: 0,
      draft: true,
      overrideAccess: true,
      req,
    })) as { updatedAt?: string }
  ).updatedAt
  if (!ifMatchHolds(header, current)) {
    throw preconditionFailed(req, current)
  }
  return args
}

/**
 * `entityTagHeader` for a global's REST reads and writes — its own route only: an endpoint under it
 * (the catalogue's PDF) reads the global too, and answers with a tag of its own.
 */
export const globalEntityTagHeader: GlobalHooks['afterRead'] extends (infer H)[] | undefined
  ? H
  : never = ({ doc, global, req }) => {
  if (
    req.routeParams?.global === global.slug &&
    req.pathname?.replace(/\/$/, '').endsWith(`/globals/${global.slug}`)
  ) {
    sendEntityTag(req, (doc as { updatedAt?: string }).updatedAt)
  }
  return doc
}
