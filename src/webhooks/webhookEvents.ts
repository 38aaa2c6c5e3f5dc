import type { CollectionConfig, Field, GlobalConfig, PayloadRequest, Plugin } from 'payload'

import type { WebhookEvent } from './announceEventTask'
import type { PublicView } from './publicView'

import { queueJob } from '../jobs/queueJob'
import { publicView } from './publicView'
import { type WebhookEventType, type WebhookSource, webhookSources } from './sources'
import { newEventId } from './webhookMessage'

type Subscriber = { events?: null | string[]; id: number }

const SOURCES = new Set<string>(webhookSources.map(({ value }) => value))

/** The active webhooks following `source`, asked once per request. */
const subscribers = (req: PayloadRequest, source: WebhookSource): Promise<Subscriber[]> => {
  const key = `webhooks:subscribers:${source}`
  const asked = req.context[key] as Promise<Subscriber[]> | undefined
  if (asked) {
    return asked
  }
  const answer = req.payload
    .find({
      collection: 'webhooks',
      depth: 0,
      limit: 0,
      overrideAccess: true,
      pagination: false,
      req,
      where: { and: [{ active: { equals: true } }, { collections: { in: [source] } }] },
    })
    .then(({ docs }) => docs as Subscriber[])
  req.context[key] = answer
  return answer
}

const beforeKey = (source: string, id: unknown) => `webhooks:before:${source}:${String(id)}`

/** Queues the event, in the write's transaction, when a webhook wants it; its deliveries are made after the answer. */
const emit = async (
  req: PayloadRequest,
  source: WebhookSource,
  type: WebhookEventType,
  view: PublicView,
  locales: string[],
) => {
  if (!(await subscribers(req, source)).some(({ events }) => events?.includes(type))) {
    return
  }
  const input: WebhookEvent = {
    type,
    eventId: newEventId(),
    locales,
    occurredAt: new Date().toISOString(),
    source,
    view,
  }
  await queueJob(req.payload, { input, req, task: 'announceWebhookEvent' })
}

/**
 * Decides the event from the public view before and after a write: became or stayed public
 * and its public version changed → `publish`; was public and no longer is → `unpublish`.
 * A draft saved over a published document changes nothing public.
 */
const afterWrite = async (
  req: PayloadRequest,
  source: WebhookSource,
  id: number | string | undefined,
  savedStatus: unknown,
  localized: boolean,
) => {
  if (!(await subscribers(req, source)).length) {
    return
  }
  const before = req.context[beforeKey(source, id)] as null | PublicView | undefined
  const after = await publicView(req, source, id)
  const allLocales = (req.payload.config.localization || undefined)?.localeCodes ?? []
  if (before && !after) {
    return emit(req, source, 'unpublish', before, allLocales)
  }
  if (!after || savedStatus === 'draft') {
    return
  }
  // A change in one locale of a document that stays public concerns that locale's pages only.
  const locales =
    localized && before && req.locale && req.locale !== 'all' ? [req.locale] : allLocales
  return emit(req, source, 'publish', after, locales)
}

const rememberBefore = async (req: PayloadRequest, source: WebhookSource, id?: number | string) => {
  if ((await subscribers(req, source)).length) {
    req.context[beforeKey(source, id)] = await publicView(req, source, id)
  }
}

/** Whether any field, at any depth, is localized: then an edit in one locale concerns that locale's pages only. */
const hasLocalized = (fields: Field[]): boolean =>
  fields.some(
    (field) =>
      ('localized' in field && field.localized === true) ||
      ('fields' in field && hasLocalized(field.fields)) ||
      (field.type === 'tabs' &&
        field.tabs.some(
          (tab) => ('localized' in tab && tab.localized === true) || hasLocalized(tab.fields),
        )) ||
      (field.type === 'blocks' && field.blocks.some((block) => hasLocalized(block.fields))),
  )

const forCollection = (collection: CollectionConfig): CollectionConfig => {
  const source = collection.slug as WebhookSource
  const localized = hasLocalized(collection.fields)
  const hooks = collection.hooks ?? {}
  return {
    ...collection,
    hooks: {
      ...hooks,
      afterChange: [
        ...(hooks.afterChange ?? []),
        async ({ doc, req }) => {
          await afterWrite(req, source, doc.id, doc._status, localized)
          return doc
        },
      ],
      afterDelete: [
        ...(hooks.afterDelete ?? []),
        async ({ id, req }) => {
          const before = req.context[beforeKey(source, id)] as null | PublicView | undefined
          if (before) {
            await emit(
              req,
              source,
              'delete',
              before,
              (req.payload.config.localization || undefined)?.localeCodes ?? [],
            )
          }
        },
      ],
      beforeChange: [
        ...(hooks.beforeChange ?? []),
        async ({ data, operation, originalDoc, req }) => {
          if (operation === 'update') {
            await rememberBefore(req, source, originalDoc?.id)
          }
          return data
        },
      ],
      beforeDelete: [
        ...(hooks.beforeDelete ?? []),
        ({ id, req }) => rememberBefore(req, source, id),
      ],
    },
  }
}

const forCatalog = (global: GlobalConfig): GlobalConfig => {
  const localized = hasLocalized(global.fields)
  const hooks = global.hooks ?? {}
  return {
    ...global,
    hooks: {
      ...hooks,
      afterChange: [
        ...(hooks.afterChange ?? []),
        async ({ doc, req }) => {
          await afterWrite(req, 'catalog', undefined, doc._status, localized)
          return doc
        },
      ],
      beforeChange: [
        ...(hooks.beforeChange ?? []),
        async ({ data, req }) => {
          await rememberBefore(req, 'catalog')
          return data
        },
      ],
    },
  }
}

/**
 * Webhook events for every source in `webhookSources` (README: Webhooks): hooks on those
 * collections and the catalogue that compare the public view before and after each write and
 * queue the event in the write's own transaction (one job; `announceEventTask` makes the
 * deliveries). Costs one query per write when no webhook follows the collection.
 */
export const webhookEvents: Plugin = (config) => ({
  ...config,
  collections: (config.collections ?? []).map((collection) =>
    SOURCES.has(collection.slug) ? forCollection(collection) : collection,
  ),
  globals: (config.globals ?? []).map((global) =>
    global.slug === 'catalog' ? forCatalog(global) : global,
  ),
})
