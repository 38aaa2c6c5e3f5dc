import { randomUUID } from 'node:crypto'

import type { PublicView } from './publicView'
import type { WebhookEventType, WebhookSource } from './sources'

import { documentURL, sitePaths, type SiteCollection } from '../../collections/Newsletters/sitePaths'
import { siteURL } from '../runtime/publicUrls'

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
  if (!(source in sitePaths)) return []
  const list = `/${sitePaths[source as SiteCollection]}`
  return slug ? [new URL(documentURL(siteURL(), source as SiteCollection, slug)).pathname, list] : [list]
}

/** A message id in the Standard Webhooks form (`msg_…`), the receivers' idempotency key. */
export const newMessageId = (): string => `msg_${randomUUID().replaceAll('-', '')}`

export const webhookMessage = ({ locales, source, type, view }: {
  locales: string[]
  source: WebhookSource
  type: WebhookEventType
  view: PublicView
}): WebhookMessage => ({
  collection: source,
  id: view.id ?? null,
  locales,
  occurredAt: new Date().toISOString(),
  paths: pathsOf(source, view.slug),
  slug: view.slug ?? null,
  type,
})
