import type { RequestHandler, Response } from 'express'

import etag from 'etag'
import fresh from 'fresh'
import { stat } from 'node:fs/promises'
import path from 'node:path'

import type { CacheSettings } from './cacheSettings'

import { uploadDir, uploadsOnDisk } from '../uploads/uploadDir'
import { holdBody } from './heldBody'

/** An upload collection's file: `/api/<collection>/file/<filename>` (image sizes are files of their own). */
export const FILE_PATH = /^\/api\/([\w-]+)\/file\/([^/]+)$/

/** Headers that describe a body, dropped from a 304. */
const BODY_HEADERS = ['Content-Type', 'Content-Length', 'Content-Range', 'Accept-Ranges']

/** Answers a shared cache may keep: asked by nobody in particular (no login, no API key) and not for drafts. */
export const isPublic = (
  headers: Record<string, string | string[] | undefined>,
  query: unknown,
): boolean =>
  !headers.authorization &&
  !/(?:^|;\s*)payload-token=/.test(String(headers.cookie ?? '')) &&
  (query as { draft?: unknown }).draft !== 'true'

/** The newest `updatedAt` in a JSON answer: the document's, or its list's newest. */
const lastModified = (body: Buffer): string | undefined => {
  try {
    const json = JSON.parse(body.toString('utf8')) as {
      docs?: Array<{ updatedAt?: string }>
      updatedAt?: string
    }
    const newest = Math.max(
      ...(json.docs ?? [json])
        .map((doc) => Date.parse(doc?.updatedAt ?? ''))
        .filter(Number.isFinite),
    )
    return Number.isFinite(newest) ? new Date(newest).toUTCString() : undefined
  } catch {
    return undefined
  }
}

/**
 * The validators of a body, by the body itself: an answer the response cache sends again is the
 * same buffer each time, hashed and read once (forgotten with it).
 */
const validatorsOf = new WeakMap<Buffer, { modified?: string; tag: string }>()

/**
 * HTTP caching for GET under `/api` (REST JSON, `/api/tiers`, the newsletter HTML, the catalogue's
 * PDF, upload files). Anything asked with a login, an API key or `draft=true`: `private, no-store`, so no shared
 * cache keeps it, whatever the answer. Anonymous answers with 200: `public, max-age=…,
 * stale-while-revalidate=…` (`settings`, with `Vary: Authorization, Cookie`) and an `ETag` — weak;
 * of the body, or for a file of its size and modification time, so a file's bytes are never held;
 * for a file in object storage the bucket's own, which its storage handler answers 304 to —
 * and `Last-Modified` for JSON with `updatedAt`; a request whose `If-None-Match` still holds gets
 * 304 with no body (RFC 9110 §13.1.2, judged by the `fresh` package express itself uses). Other
 * anonymous answers pass untouched. Placed before Next's handler; whether a file may be served is
 * still Payload's decision.
 */
export const httpCaching =
  ({ maxAgeSeconds, staleWhileRevalidateSeconds }: CacheSettings): RequestHandler =>
  async (req, res, next) => {
    if (req.method !== 'GET' || !req.path.startsWith('/api/')) {
      return next()
    }
    if (!isPublic(req.headers, req.query)) {
      // For a login, an API key or a draft: never kept by a shared cache, whatever the answer; nothing held.
      res.setHeader('Cache-Control', 'private, no-store')
      return next()
    }
    const file = FILE_PATH.exec(req.path)
    // A file in object storage comes with the bucket's ETag, and its handler answers 304 to it itself.
    const fileTag =
      file && uploadsOnDisk()
        ? await stat(path.join(uploadDir(file[1]), path.basename(decodeURIComponent(file[2]))))
            .then((stats) => etag(stats, { weak: true }))
            .catch(() => undefined)
        : undefined

    const { end, flushHeaders, write } = res
    const finish = (...args: unknown[]) =>
      (end as (...rest: unknown[]) => Response).apply(res, args)
    /**
     * Sets the caching headers of a public 200; true when the client's copy is still fresh (then
     * 304). The validators are worked out only where they are sent.
     */
    const decide = (validators: () => { modified?: string; tag?: string }): boolean => {
      // An endpoint that marks its own answer private (a calendar feed behind a secret URL) keeps it so.
      if (
        res.headersSent ||
        (res.statusCode !== 200 && res.statusCode !== 304) ||
        /private|no-store/.test(String(res.getHeader('cache-control') ?? ''))
      ) {
        return false
      }
      res.setHeader(
        'Cache-Control',
        `public, max-age=${maxAgeSeconds}, stale-while-revalidate=${staleWhileRevalidateSeconds}`,
      )
      // Kept by the URL alone, an answer for no one in particular must not be given to someone logged in.
      res.setHeader(
        'Vary',
        [res.getHeader('vary'), 'Authorization, Cookie'].filter(Boolean).join(', '),
      )
      // A handler that judged the request's validator itself (the catalogue's PDF, by its content
      // tag, before rendering anything) answered 304 already: as public as its 200, nothing to add.
      if (res.statusCode === 304) {
        return false
      }
      // A document's answer already names its stored version (`"<updatedAt>"`, for If-Match:
      // src/integrity/entityTag.ts). That tag is kept, and not used for 304: the answer also holds
      // what changes without that version changing (populated relations, a partner's tier). The
      // catalogue's PDF sets a tag of all it shows, and answers 304 to it itself (above).
      if (res.getHeader('etag')) {
        return false
      }
      const { modified, tag } = validators()
      if (tag) {
        res.setHeader('ETag', tag)
      }
      if (modified) {
        res.setHeader('Last-Modified', modified)
      }
      // Judged by the tag of the body alone: a date cannot see a related document's change.
      if (!fresh(req.headers, { etag: tag })) {
        return false
      }
      res.statusCode = 304
      for (const header of BODY_HEADERS) {
        res.removeHeader(header)
      }
      return true
    }

    if (file) {
      // A file streams: decided when its headers would go out; a fresh copy's bytes are dropped.
      let notModified: boolean | undefined
      const once = () => (notModified ??= decide(() => ({ tag: fileTag })))
      res.flushHeaders = () => {
        if (!once()) {
          flushHeaders.call(res)
        }
      }
      res.write = ((...args: Parameters<Response['write']>) =>
        once() ? true : write.apply(res, args)) as Response['write']
      res.end = ((...args: Parameters<Response['end']>) =>
        once() ? finish() : finish(...args)) as Response['end']
      return next()
    }

    // JSON and HTML: the body is held until the end, for its tag.
    holdBody(res, (body, send) => {
      const validators = () => {
        let known = validatorsOf.get(body)
        if (!known) {
          known = {
            modified: String(res.getHeader('content-type') ?? '').includes('json')
              ? lastModified(body)
              : undefined,
            tag: etag(body, { weak: true }),
          }
          validatorsOf.set(body, known)
        }
        return known
      }
      if (decide(validators)) {
        return send()
      }
      if (!res.headersSent && res.statusCode !== 304) {
        res.setHeader('Content-Length', body.length)
      }
      return send(body)
    })
    next()
  }
