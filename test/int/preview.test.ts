import type { Payload } from 'payload'

import { mergeData } from '@payloadcms/live-preview'
import { randomUUID } from 'node:crypto'
import { beforeAll, describe, expect, it } from 'vitest'

import { appPerFile } from '../helpers/appPerFile'
import { create, invalidPaths, richText } from '../helpers/content'
import { startApp, type TestApp } from '../helpers/testApp'
import { PASSWORD, previewAccount } from '../helpers/users'

const PREVIEW_URL = 'https://site.example/preview/{collection}/{slug}?locale={locale}&secret=s3cret'
const KEY = randomUUID()
const asKey = { headers: { Authorization: `users API-Key ${KEY}` } }

let app: TestApp
let payload: Payload
let admin: string
let editor: string

appPerFile((context) => ({ admin, app, editor, payload } = context), { env: { PREVIEW_URL } })

/** What the frontend's server asks, over GraphQL, with its key. */
const graphqlWithKey = (query: string, variables?: Record<string, unknown>) =>
  app.api('/api/graphql', { ...asKey, body: { query, variables }, method: 'POST' })

beforeAll(async () => {
  // As an admin would in the admin UI: a preview account holding the frontend's key.
  await previewAccount(app, admin, KEY)
})

/** A published case and model, a draft case and model, a draft dilemma, a hidden comment, a partner with private fields. */
const content = async () => {
  const partner = await create(payload, 'partners', {
    name: 'Demo Region',
    contacts: [{ name: 'Kontakt', email: 'kontakt@demo.example' }],
    notes: 'Intern note',
    presentation: richText('Om Demo Region'),
    status: 'active',
    tier: 'working',
  })
  const published = await create(payload, 'cases', {
    _status: 'published',
    openForDebate: true,
    title: 'Telekat',
  })
  const draft = await create(payload, 'cases', {
    _status: 'draft',
    partner: partner.id,
    title: 'Hemmelig case',
  })
  const draftModel = await create(payload, 'models', {
    _status: 'draft',
    examples: [draft.id],
    title: 'Kladdemodel',
  })
  await create(payload, 'dilemmas', { _status: 'draft', question: 'Hvem?', title: 'Kladdedilemma' })
  await create(payload, 'comments', {
    body: 'Skjult indlæg',
    hidden: true,
    hiddenReason: 'Spam',
    target: { relationTo: 'cases', value: published.id },
  })
  return { draft, draftModel, partner, published }
}

describe('a preview API key (role `preview`)', () => {
  it('reads drafts over REST and GraphQL, where anonymous reads only what is published', async () => {
    const { draft, draftModel } = await content()
    const titles = (body: { docs: Array<{ title: string }> }) =>
      body.docs.map(({ title }) => title).sort()

    expect(titles((await app.api('/api/cases?draft=true', asKey)).body)).toEqual([
      'Hemmelig case',
      'Telekat',
    ])
    expect(titles((await app.api('/api/cases?draft=true')).body)).toEqual(['Telekat'])
    const model = await app.api(`/api/models/${draftModel.id}?draft=true&depth=1`, asKey)
    expect(model.body).toMatchObject({
      _status: 'draft',
      examples: [{ id: draft.id, title: 'Hemmelig case' }],
    })
    expect((await app.api(`/api/models/${draftModel.id}?draft=true`)).status).toBe(404)

    const query =
      '{ Cases(draft: true, sort: "title") { docs { title _status } } Dilemmas(draft: true) { docs { title } } }'
    const { body } = await graphqlWithKey(query)
    expect(body.data.Cases.docs).toEqual([
      { _status: 'draft', title: 'Hemmelig case' },
      { _status: 'published', title: 'Telekat' },
    ])
    expect(body.data.Dilemmas.docs).toEqual([{ title: 'Kladdedilemma' }])
    expect((await app.graphql(query)).body.data).toEqual({
      Cases: { docs: [{ _status: 'published', title: 'Telekat' }] },
      Dilemmas: { docs: [] },
    })
  })

  it('writes nothing: no content, no comments, no account, no global', async () => {
    const { published } = await content()
    const me = (await app.api('/api/users/me', asKey)).body.user
    expect(me).toMatchObject({ email: 'frontend@example.dk', roles: ['preview'] })

    const attempts: Array<[string, string, Record<string, unknown>]> = [
      ['POST', '/api/cases', { title: 'Ny case' }],
      ['PATCH', `/api/cases/${published.id}`, { title: 'Ændret' }],
      ['DELETE', `/api/cases/${published.id}`, {}],
      [
        'POST',
        '/api/comments',
        { body: 'Hej', target: { relationTo: 'cases', value: published.id } },
      ],
      ['PATCH', `/api/users/${me.id}`, { email: 'ny@example.dk' }],
      ['POST', '/api/globals/catalog', { title: 'Nyt katalog' }],
      ['POST', '/api/search', { doc: { relationTo: 'cases', value: published.id }, title: 'Snyd' }],
    ]
    for (const [method, path, body] of attempts) {
      const { status } = await app.api(path, {
        ...asKey,
        body: method === 'DELETE' ? undefined : body,
        method,
      })
      expect(status, `${method} ${path}`).toBe(403)
    }
    const mutation = await graphqlWithKey(
      'mutation ($id: JSON!) { createComment(data: { body: "Hej", target: { relationTo: cases, value: $id } }) { id } }',
      { id: published.id },
    )
    expect(mutation.body.errors[0].extensions.statusCode).toBe(403)
    expect((await payload.count({ collection: 'comments' })).totalDocs).toBe(1)
    expect((await payload.findByID({ id: published.id, collection: 'cases' })).title).toBe(
      'Telekat',
    )
  })

  it('gets no partner or staff reads: private partner fields, other users, hidden comments, versions, panel data', async () => {
    const { draft, published } = await content()
    const [partner] = (await app.api('/api/partners', asKey)).body.docs
    expect(partner.name).toBe('Demo Region')
    for (const hidden of ['contacts', 'notes', 'presentation', 'attendees']) {
      expect(partner, hidden).not.toHaveProperty(hidden)
    }
    expect(
      (await app.api('/api/users', asKey)).body.docs.map((user: { email: string }) => user.email),
    ).toEqual(['frontend@example.dk'])
    expect((await app.api('/api/comments', asKey)).body.docs).toEqual([])
    // Nor through the case's debate (a join field), where an editor does see it.
    expect((await app.api(`/api/cases/${published.id}`, asKey)).body.comments.docs).toEqual([])
    expect(
      (await app.api(`/api/cases/${published.id}`, { token: editor })).body.comments.docs,
    ).toHaveLength(1)
    expect(
      (await app.api(`/api/cases/versions?where[parent][equals]=${draft.id}`, asKey)).status,
    ).toBe(403)
    expect((await app.api('/api/panel-surveys', asKey)).status).toBe(403)
    const gql = await graphqlWithKey('{ Partners { docs { name contacts { email } notes } } }')
    expect(gql.body.data.Partners.docs).toEqual([
      { name: 'Demo Region', contacts: null, notes: null },
    ])
    // No admin UI for a key's account.
    expect((await app.api('/api/access', { token: editor })).body.canAccessAdmin).toBe(true)
    expect((await app.api('/api/access', asKey)).body.canAccessAdmin).toBeFalsy()
  })

  it('is an account of its own: preview combines with no role, and only preview accounts hold a key', async () => {
    const mixed = await app.api('/api/users', {
      body: { email: 'blandet@example.dk', password: PASSWORD, roles: ['preview', 'editor'] },
      method: 'POST',
      token: admin,
    })
    expect(mixed.status).toBe(400)
    expect(invalidPaths(mixed.body)).toEqual(['roles'])
    const keyed = await app.api('/api/users', {
      body: {
        apiKey: randomUUID(),
        email: 'redaktoer2@example.dk',
        enableAPIKey: true,
        password: PASSWORD,
        roles: ['editor'],
      },
      method: 'POST',
      token: admin,
    })
    expect(keyed.status).toBe(400)
    expect(invalidPaths(keyed.body)).toEqual(['enableAPIKey'])
    const { docs } = (
      await app.api('/api/users?where[email][equals]=frontend@example.dk', { token: admin })
    ).body
    const promote = await app.api(`/api/users/${docs[0].id}`, {
      body: { roles: ['editor'] },
      method: 'PATCH',
      token: admin,
    })
    expect(promote.status).toBe(400)
    expect(invalidPaths(promote.body)).toEqual(['enableAPIKey'])
    expect(
      (
        await payload.count({
          collection: 'users',
          where: { email: { in: ['blandet@example.dk', 'redaktoer2@example.dk'] } },
        })
      ).totalDocs,
    ).toBe(0)
    expect((await app.api('/api/users/me', asKey)).body.user.roles).toEqual(['preview'])
  })
})

describe('live preview (PREVIEW_URL)', () => {
  const adminPage = async (path: string, token: string) =>
    (
      await fetch(new URL(path, app.url()), {
        headers: { Cookie: `payload-token=${token}`, 'Sec-Fetch-Site': 'same-origin' },
      })
    ).text()

  it('points the admin’s live preview of a public document at the frontend page, for staff', async () => {
    const { published } = await content()
    const html = await adminPage(`/admin/collections/cases/${published.id}`, editor)
    expect(html).toContain('https://site.example/preview/cases/telekat?locale=da')
    const english = await adminPage(`/admin/collections/cases/${published.id}?locale=en`, editor)
    expect(english).toContain('https://site.example/preview/cases/telekat?locale=en')
  })

  it('answers the frontend’s live-preview merge (@payloadcms/live-preview) with the draft relations filled in', async () => {
    const { draft, draftModel } = await content()
    // What the preview page does with the admin's unsaved form data: asks the API to fill in its relations.
    const merged = await mergeData<Record<string, unknown>>({
      collectionSlug: 'models',
      depth: 1,
      incomingData: { examples: [draft.id], title: 'Ændret i editoren' },
      initialData: { id: draftModel.id },
      locale: 'da',
      requestHandler: ({ apiPath, data, endpoint, serverURL }) =>
        fetch(`${serverURL}${apiPath}/${endpoint}`, {
          body: JSON.stringify(data),
          headers: {
            ...asKey.headers,
            'Content-Type': 'application/json',
            'X-Payload-HTTP-Method-Override': 'GET',
          },
          method: 'POST',
        }),
      serverURL: app.url(),
    })
    expect(merged).toMatchObject({
      examples: [{ id: draft.id, title: 'Hemmelig case' }],
      title: 'Ændret i editoren',
    })
  })

  it('gives partner users no preview URL, not even of their own case: it may carry the frontend’s secret', async () => {
    const { draft, partner } = await content()
    await payload.update({ id: partner.id, collection: 'partners', data: { tier: 'steering' } })
    const email = `partner-${randomUUID()}@example.dk`
    await payload.create({
      collection: 'users',
      data: { email, partner: partner.id, password: PASSWORD, roles: ['partner'] },
    })
    const html = await adminPage(
      `/admin/collections/cases/${draft.id}`,
      await app.login(email, PASSWORD),
    )
    expect(html).toContain('Hemmelig case')
    expect(html).not.toContain('site.example/preview')
  })

  it('refuses to start with a template it cannot fill', async () => {
    for (const [template, problem] of [
      ['https://site.example/preview/{kind}/{slug}', 'has unknown placeholders {kind}'],
      ['https://site.example/preview', 'must name the document with {slug} or {id}'],
      ['site.example/{slug}', 'is not an http(s) URL'],
    ]) {
      const failure = await startApp({ env: { PREVIEW_URL: template } }).then(
        () => new Error('started'),
        (error: Error) => error,
      )
      expect(failure.message).toContain(`PREVIEW_URL "${template}" ${problem}`)
    }
  })
})
