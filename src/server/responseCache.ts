import type { Request, RequestHandler, Response } from 'express'

import { Kind, OperationTypeNode, parse, visit } from 'graphql'
import { LRUCache } from 'lru-cache'

import type { CacheSettings } from './cacheSettings'

import { changeGeneration, isListening } from '../db/changeGeneration'
import { graphqlText, isGraphqlPost } from './graphqlBody'
import { holdBody } from './heldBody'
import { FILE_PATH, isPublic } from './httpCaching'

/** The header saying where an answer came from: `HIT` (this cache) or `MISS` (Payload, just now). */
export const CACHE_HEADER = 'X-Cache'

/** Request headers an answer may depend on besides its URL and body: part of the key. */
const KEYED_HEADERS = [
  'accept',
  'accept-language',
  'content-type',
  'cookie',
  'host',
  'origin',
  'x-forwarded-host',
  'x-forwarded-proto',
]

type Entry = {
  body: Buffer
  /** The headers the handler set (not those of the middlewares before it, set again on every request). */
  headers: Record<string, number | string | string[]>
}

/** Queries only (no mutation), none asking for drafts: a public answer if it comes back without errors. */
const isPublicQuery = (text: string): boolean => {
  try {
    const parsed = JSON.parse(text) as unknown
    return (Array.isArray(parsed) ? parsed : [parsed]).every((request: { query?: unknown }) => {
      if (typeof request?.query !== 'string') {
        return false
      }
      let reads = true
      visit(parse(request.query), {
        [Kind.ARGUMENT]: (node) => {
          reads &&= node.name.value !== 'draft'
        },
        [Kind.OPERATION_DEFINITION]: (node) => {
          reads &&= node.operation === OperationTypeNode.QUERY
        },
      })
      return reads
    })
  } catch {
    return false
  }
}

/** What this cache may answer: an anonymous REST GET (not a file, not a range) or GraphQL POST. */
const cacheable = (req: Request): boolean =>
  (isGraphqlPost(req) ||
    (req.method === 'GET' && req.path.startsWith('/api/') && !FILE_PATH.test(req.path))) &&
  isPublic(req.headers, req.query) &&
  !req.headers.range

/** An answer anyone may be given: 200, no cookie set, not marked private, no GraphQL errors. */
const storable = (res: Response, body: Buffer, graphql: boolean): boolean => {
  if (
    res.statusCode !== 200 ||
    res.headersSent ||
    res.getHeader('set-cookie') !== undefined ||
    /private|no-store/.test(String(res.getHeader('cache-control') ?? ''))
  ) {
    return false
  }
  if (!graphql) {
    return true
  }
  try {
    const json = JSON.parse(body.toString('utf8')) as unknown
    return (Array.isArray(json) ? json : [json]).every(
      (answer: { errors?: unknown }) => answer && answer.errors === undefined,
    )
  } catch {
    return false
  }
}

/**
 * The server's own cache of anonymous answers (README: Performance), after `httpCaching` so that a
 * cached answer gets the caching headers, ETag and 304 exactly as a fresh one. Kept in memory
 * (LRU, at most `responseCacheBytes`; one answer at most an eighth of that) for one generation
 * of committed writes (`changeGeneration`): any write on any server starts a new one, and no
 * answer of an older generation is served. An answer is kept only if no write committed while
 * it was being made — it may have been read before that write — and only while this server
 * hears the other servers' writes (`listenForChanges`).
 */
export const responseCache = ({
  responseCache: enabled,
  responseCacheBytes,
}: CacheSettings): RequestHandler => {
  if (!enabled) {
    return (_req, _res, next) => next()
  }
  const cache = new LRUCache<string, Entry>({
    maxEntrySize: Math.floor(responseCacheBytes / 8),
    maxSize: responseCacheBytes,
    sizeCalculation: (entry, key) =>
      entry.body.length + key.length + JSON.stringify(entry.headers).length,
  })
  let cachedGeneration = changeGeneration()

  return async (req, res, next) => {
    if (!cacheable(req) || !isListening()) {
      return next()
    }
    const graphql = isGraphqlPost(req)
    const text = graphql ? await graphqlText(req, res) : ''
    if (text === undefined) {
      return next()
    }
    const key = JSON.stringify([
      req.method,
      req.originalUrl,
      text,
      ...KEYED_HEADERS.map((name) => req.headers[name] ?? null),
    ])
    const generation = changeGeneration()
    if (generation !== cachedGeneration) {
      cache.clear()
      cachedGeneration = generation
    }

    const entry = cache.get(key)
    // An answer with a tag of its own is judged against a client's copy by its handler (the
    // catalogue's PDF answers 304 itself; a document's version tag never does): asked again.
    const ownJudgement =
      entry?.headers.etag !== undefined &&
      (req.headers['if-none-match'] !== undefined || req.headers['if-modified-since'] !== undefined)
    if (entry && !ownJudgement) {
      res.statusCode = 200
      for (const [name, value] of Object.entries(entry.headers)) {
        res.setHeader(name, value)
      }
      res.setHeader(CACHE_HEADER, 'HIT')
      res.end(entry.body)
      return
    }
    // Looked up first: a key holds the whole body, so an answer kept for it passed this already.
    if (graphql && !isPublicQuery(text)) {
      return next()
    }

    const before = new Set(res.getHeaderNames())
    res.setHeader(CACHE_HEADER, 'MISS')
    holdBody(res, (body, send) => {
      // Checked and kept in one step: nothing can commit in between.
      if (generation === changeGeneration() && storable(res, body, graphql)) {
        const headers = Object.fromEntries(
          Object.entries(res.getHeaders()).filter(
            ([name, value]) =>
              value !== undefined && !before.has(name) && name !== CACHE_HEADER.toLowerCase(),
          ),
        ) as Entry['headers']
        cache.set(key, { body, headers })
      }
      return send(body)
    })
    next()
  }
}
