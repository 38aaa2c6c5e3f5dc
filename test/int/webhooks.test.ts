/**
 * Webhooks for frontends: a real HTTP receiver in this process gets every public change as a
 * signed POST (Standard Webhooks, verified with the spec's own `standardwebhooks` package),
 * retried with backoff, in order per document, never carrying a private field.
 */
import type { Payload } from 'payload'

import { sql } from '@payloadcms/db-postgres'
import { commitTransaction, createLocalReq, initTransaction } from 'payload'
import { Webhook } from 'standardwebhooks'
import { describe, expect, it } from 'vitest'

import type { TestApp } from '../helpers/testApp'

import { appPerFile } from '../helpers/appPerFile'
import { create, invalidPaths } from '../helpers/content'
import { waitFor } from '../helpers/waitFor'
import { type Receiver, receiverPerFile } from '../helpers/webhookReceiver'

let app: TestApp
let admin: string
let editor: string
let payload: Payload
let receiver: Receiver
const startReceiver = receiverPerFile((started) => (receiver = started))

appPerFile((context) => ({ admin, app, editor, payload } = context), {
  env: async () => {
    await startReceiver()
    return {
      JOBS_INTERVAL: '1',
      JOBS_RETRY_DELAY_MS: '300',
      SITE_URL: 'https://www.denaktiveborger.dk',
    }
  },
})

/** A webhook made through REST, with its secret revealed once. */
const webhook = async (data: Record<string, unknown> = {}) => {
  const made = await app.api('/api/webhooks', {
    body: { collections: ['cases', 'partners', 'catalog'], url: receiver.url, ...data },
    method: 'POST',
    token: admin,
  })
  expect(made.status).toBe(201)
  expect(made.body.doc.secret).toBeUndefined()
  const revealed = await app.api(`/api/webhooks/${made.body.doc.id}/secret`, {
    method: 'POST',
    token: admin,
  })
  expect(revealed.status).toBe(200)
  return { id: made.body.doc.id as number, secret: revealed.body.secret as string }
}

const verified = (secret: string, { body, headers }: Receiver['received'][number]) =>
  new Webhook(secret).verify(body, {
    'webhook-id': String(headers['webhook-id']),
    'webhook-signature': String(headers['webhook-signature']),
    'webhook-timestamp': String(headers['webhook-timestamp']),
  }) as Record<string, unknown>

/** Sessions of the database waiting for a lock. */
const lockWaits = async () => {
  const { rows } = await (
    payload.db as unknown as {
      drizzle: { execute: (query: unknown) => Promise<{ rows: Array<{ waiting: number }> }> }
    }
  ).drizzle.execute(
    sql`select count(*)::int as waiting from pg_stat_activity where wait_event_type = 'Lock'`,
  )
  return rows[0].waiting
}

const accepted = () => receiver.received.filter(({ status }) => status >= 200 && status < 300)

const publishCase = (title: string, data: Record<string, unknown> = {}) =>
  app.api('/api/cases', {
    body: { _status: 'published', summary: 'Kort', title, ...data },
    method: 'POST',
    token: editor,
  })

describe('webhooks', () => {
  it('delivers a publish, signed, after two refusals: one accepted delivery, the same webhook-id each time', async () => {
    const { secret } = await webhook()
    receiver.script.push(500, 500)
    const published = await publishCase('Borgerne bygger selv')
    expect(published.status).toBe(201)
    await waitFor('an accepted delivery', async () => accepted().length === 1)
    expect(receiver.received.map(({ status }) => status)).toEqual([500, 500, 200])
    expect(new Set(receiver.received.map(({ headers }) => headers['webhook-id'])).size).toBe(1)
    const message = verified(secret, accepted()[0])
    expect(Object.keys(message).sort()).toEqual([
      'collection',
      'id',
      'locales',
      'occurredAt',
      'paths',
      'slug',
      'type',
    ])
    expect(message).toMatchObject({
      id: published.body.doc.id,
      slug: 'borgerne-bygger-selv',
      type: 'publish',
      collection: 'cases',
      locales: ['da', 'en'],
      paths: ['/cases/borgerne-bygger-selv', '/cases'],
    })
    const delivery = async () =>
      (
        await payload.find({
          collection: 'webhook-deliveries',
          where: { messageId: { equals: receiver.received[0].headers['webhook-id'] } },
        })
      ).docs[0]
    await waitFor(
      'the delivery marked delivered',
      async () => (await delivery())?.status === 'delivered',
    )
    expect(await delivery()).toMatchObject({
      attempts: 3,
      lastStatusCode: 200,
      status: 'delivered',
    })
  })

  it('tells of unpublishing and deleting, says nothing of drafts, and never of a document that was not public', async () => {
    const { secret } = await webhook()
    const draft = await app.api('/api/cases', {
      body: { summary: 'x', title: 'Kladde' },
      method: 'POST',
      token: editor,
    })
    await app.api(`/api/cases/${draft.body.doc.id}`, { method: 'DELETE', token: editor })
    const { body } = await publishCase('Telekat')
    const id = body.doc.id
    await app.api(`/api/cases/${id}?draft=true`, {
      body: { title: 'Telekat (kladde)' },
      method: 'PATCH',
      token: editor,
    })
    await app.api(`/api/cases/${id}`, {
      body: { _status: 'draft' },
      method: 'PATCH',
      token: editor,
    })
    await app.api(`/api/cases/${id}`, {
      body: { _status: 'published' },
      method: 'PATCH',
      token: editor,
    })
    await app.api(`/api/cases/${id}`, { method: 'DELETE', token: editor })
    await waitFor('four deliveries', async () => accepted().length === 4)
    // In order, one document's messages one after the other.
    expect(accepted().map((request) => verified(secret, request).type)).toEqual([
      'publish',
      'unpublish',
      'publish',
      'delete',
    ])
  })

  it('keeps one document’s messages in order when the first has to be retried', async () => {
    const { secret } = await webhook()
    receiver.script.push(500)
    const { body } = await publishCase('Først')
    await app.api(`/api/cases/${body.doc.id}`, {
      body: { title: 'Derefter' },
      method: 'PATCH',
      token: editor,
    })
    await waitFor('two accepted deliveries', async () => accepted().length === 2)
    expect(accepted().map((request) => verified(secret, request).id)).toEqual([
      body.doc.id,
      body.doc.id,
    ])
    const deliveries = await payload.find({ collection: 'webhook-deliveries', sort: 'id' })
    expect(accepted().map(({ headers }) => headers['webhook-id'])).toEqual(
      deliveries.docs.map(({ messageId }) => messageId),
    )
  })

  it('tells when a partner leaves the public list, and when the catalogue is published', async () => {
    const { secret } = await webhook()
    const partner = await create(payload, 'partners', {
      name: 'Vejle Kommune',
      status: 'active',
      tier: 'working',
    })
    await app.api(`/api/partners/${partner.id}`, {
      body: { status: 'former' },
      method: 'PATCH',
      token: editor,
    })
    await app.api('/api/globals/catalog', {
      body: { _status: 'published', title: 'Modelkataloget' },
      method: 'POST',
      token: editor,
    })
    // The partner's creation is a publish too.
    await waitFor('three deliveries', async () => accepted().length === 3)
    const messages = accepted().map((request) => verified(secret, request))
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id: partner.id, type: 'publish', collection: 'partners' }),
        expect.objectContaining({ id: partner.id, type: 'unpublish', collection: 'partners' }),
        expect.objectContaining({ id: null, type: 'publish', collection: 'catalog' }),
      ]),
    )
  })

  it('sends a delivered message again on request, with the same webhook-id', async () => {
    await webhook()
    await publishCase('Igen')
    const delivered = async () =>
      (
        await payload.find({
          collection: 'webhook-deliveries',
          where: { status: { equals: 'delivered' } },
        })
      ).docs
    await waitFor('a delivery', async () => (await delivered()).length === 1)
    const docs = await delivered()
    const resent = await app.api(`/api/webhook-deliveries/${docs[0].id}/resend`, {
      method: 'POST',
      token: admin,
    })
    expect(resent.status).toBe(200)
    await waitFor('a second delivery', async () => accepted().length === 2)
    expect(accepted()[1].headers['webhook-id']).toBe(accepted()[0].headers['webhook-id'])
    expect(
      (
        await app.api(`/api/webhook-deliveries/${docs[0].id}/resend`, {
          method: 'POST',
          token: editor,
        })
      ).status,
    ).toBe(403)
  })
})

describe('removing a webhook', () => {
  it('removes its deliveries with it (200), and its messages stop', async () => {
    const { id } = await webhook()
    await publishCase('Sidste besked')
    await waitFor('a delivery', async () => accepted().length === 1)
    const removed = await app.api(`/api/webhooks/${id}`, { method: 'DELETE', token: admin })
    expect(removed.status, JSON.stringify(removed.body)).toBe(200)
    expect((await payload.count({ collection: 'webhook-deliveries' })).totalDocs).toBe(0)
  })

  it('waits for a delivery being written for it at that moment and removes that one too (was a 500)', async () => {
    const { id } = await webhook({ active: false })
    // A delivery row written in a transaction still open, as an event's job does.
    const req = await createLocalReq({}, payload)
    await initTransaction(req)
    const data = {
      type: 'publish',
      body: {},
      collection: 'cases',
      documentKey: `${id}:cases:1`,
      messageId: 'msg_test',
      status: 'pending',
      webhook: id,
    }
    await payload.db.create({ collection: 'webhook-deliveries', data, req })
    const removing = app.api(`/api/webhooks/${id}`, { method: 'DELETE', token: admin })
    await waitFor('the removal waiting for the lock', async () => (await lockWaits()) > 0)
    await commitTransaction(req)
    const removed = await removing
    expect(removed.status, JSON.stringify(removed.body)).toBe(200)
    expect((await payload.count({ collection: 'webhook-deliveries' })).totalDocs).toBe(0)
  })
})

describe('bad input', () => {
  it('gets a 400 naming the field, or 404 / 409, and nothing written', async () => {
    for (const body of [
      { collections: ['cases'], url: 'ftp://example.dk/hook' },
      { collections: ['cases'], url: 'ikke en adresse' },
      { collections: ['ingenting'], url: receiver.url },
      { collections: [], url: receiver.url },
      { collections: ['cases'], events: ['publish', 'opdigtet'], url: receiver.url },
    ]) {
      const answer = await app.api('/api/webhooks', { body, method: 'POST', token: admin })
      expect(answer.status, JSON.stringify(body)).toBe(400)
      expect(invalidPaths(answer.body).length, JSON.stringify(answer.body)).toBeGreaterThan(0)
    }
    expect((await payload.count({ collection: 'webhooks' })).totalDocs).toBe(0)
    expect(
      (await app.api('/api/webhooks/999999/secret', { method: 'POST', token: admin })).status,
    ).toBe(404)
    expect(
      (await app.api('/api/webhook-deliveries/999999/resend', { method: 'POST', token: admin }))
        .status,
    ).toBe(404)
    // A delivery still under way (refused once, its retry not answered yet) is not sent again on top of itself.
    await webhook()
    receiver.script.push(500, 'hang')
    await publishCase('Undervejs')
    await waitFor(
      'the delivery being retried',
      async () =>
        (
          await payload.count({
            collection: 'webhook-deliveries',
            where: { status: { equals: 'retrying' } },
          })
        ).totalDocs === 1,
    )
    const [pending] = (await payload.find({ collection: 'webhook-deliveries' })).docs
    const resent = await app.api(`/api/webhook-deliveries/${pending.id}/resend`, {
      method: 'POST',
      token: admin,
    })
    expect(resent.status).toBe(409)
    expect(resent.body.errors[0].message).toContain('ved at blive leveret')
  })
})

describe('the signing secret', () => {
  it('is shown once, never in a read, and a new one can be made', async () => {
    const { id } = await webhook()
    const again = await app.api(`/api/webhooks/${id}/secret`, { method: 'POST', token: admin })
    expect(again.status).toBe(409)
    expect(again.body.errors[0].message).toContain('Lav en ny nøgle')
    const read = await app.api(`/api/webhooks/${id}`, { token: admin })
    expect(read.body.secret).toBeUndefined()
    const graphql = await app.graphql(`{ Webhook(id: ${id}) { url secretShownAt } }`, {}, admin)
    expect(graphql.body.data.Webhook.secretShownAt).toBeTruthy()
    const rotated = await app.api(`/api/webhooks/${id}/secret/rotate`, {
      method: 'POST',
      token: admin,
    })
    expect(rotated.body.secret).toMatch(/^whsec_/)
    expect(
      (await app.api(`/api/webhooks/${id}/secret`, { method: 'POST', token: editor })).status,
    ).toBe(403)
    // Nobody sets it through the API.
    const forced = await app.api(`/api/webhooks/${id}`, {
      body: { secret: 'whsec_AAAA', secretShownAt: null },
      method: 'PATCH',
      token: admin,
    })
    expect(forced.status).toBe(200)
    expect(
      (await app.api(`/api/webhooks/${id}/secret`, { method: 'POST', token: admin })).status,
    ).toBe(409)
    await app.graphql(
      `mutation { updateWebhook(id: ${id}, data: { secretShownAt: null }) { id } }`,
      {},
      admin,
    )
    expect(
      (await app.api(`/api/webhooks/${id}/secret`, { method: 'POST', token: admin })).status,
    ).toBe(409)
    expect(
      (await app.graphql(`{ Webhook(id: ${id}) { url } }`, {}, editor)).body.errors?.[0]?.message,
    ).toBeTruthy()
  })
})
