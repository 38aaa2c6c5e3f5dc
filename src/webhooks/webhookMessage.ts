import { randomUUID } from 'node:crypto'

import type { PublicView } from './publicView'
import type { WebhookEventType, WebhookSource } from './sources'

import { siteURL } from '../runtime/publicUrls'
import { documentURL, type PublicDocument, sitePaths } from '../site/sitePaths'

/**
 * The body of every webhook message (docs/api.md: Webhooks). Public facts only: what happened
 * to which public document, in which locales, and the website paths to refresh.
 */
export type WebhookMessage = {
  collection: WebhookSource
  /** null for the catalogue (a global). */
  id: null | number | string
  locales: string[]
  /** When the change was made (ISO 8601, UTC). */
  occurredAt: string
  /** Paths under SITE_URL that show the document: its page and its collection's list, where the website has them. */
  paths: string[]
  slug: null | string
  type: WebhookEventType
}

const pathsOf = (source: WebhookSource, slug: null | string | undefined): string[] => {
  if (!(source in sitePaths)) {
    return []
  }
  const list = `/${sitePaths[source as PublicDocument]}`
  return slug
    ? [new URL(documentURL(siteURL(), source as PublicDocument, slug)).pathname, list]
    : [list]
}

/** An event's id: with a webhook's id it makes a delivery's `webhook-id` (`msg_…`), the receivers' idempotency key. */
export const newEventId = (): string => randomUUID().replaceAll('-', '')

export const webhookMessage = ({
  type,
  locales,
  occurredAt,
  source,
  view,
}: {
  locales: string[]
  occurredAt: string
  source: WebhookSource
  type: WebhookEventType
  view: PublicView
}): WebhookMessage => ({
  id: view.id ?? null,
  slug: view.slug ?? null,
  type,
  collection: source,
  locales,
  occurredAt,
  paths: pathsOf(source, view.slug),
})
