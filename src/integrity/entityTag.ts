import type { PayloadRequest } from 'payload'

/**
 * An entity tag naming one stored version of a document: its `updatedAt` (ISO 8601 in UTC, to the
 * millisecond), quoted — `"2026-11-30T17:39:00.000Z"`. Writes to one document take turns
 * (serialWrites.ts) and each takes milliseconds, so no two versions share it. GraphQL clients
 * read `updatedAt` and send it as the tag.
 */
export const entityTag = (updatedAt: string): string => `"${updatedAt}"`

/**
 * Whether an `If-Match` header (RFC 9110 §13.1.1) holds for a document whose current version is
 * `updatedAt`: `*` for any current version, else one of its comma-separated strong tags equal to
 * the current one. Weak tags (`W/"…"`) never match.
 */
export const ifMatchHolds = (header: string, updatedAt: string | undefined): boolean => {
  if (updatedAt === undefined) {
    return false
  }
  if (header.trim() === '*') {
    return true
  }
  const tags = header.match(/(W\/)?"[^"]*"/g) ?? []
  return tags.some((tag) => tag === entityTag(updatedAt))
}

/** Sets the `ETag` header of a REST answer (nothing for GraphQL and the Local API, which have no per-document headers). */
export const sendEntityTag = (req: PayloadRequest, updatedAt: unknown): void => {
  if (req.payloadAPI !== 'REST' || typeof updatedAt !== 'string') {
    return
  }
  req.responseHeaders ??= new Headers()
  req.responseHeaders.set('ETag', entityTag(updatedAt))
}
