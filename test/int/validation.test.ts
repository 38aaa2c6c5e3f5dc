import type { Payload } from 'payload'

import { describe, expect, it } from 'vitest'

import type { TestApp } from '../helpers/testApp'

import { appPerFile } from '../helpers/appPerFile'
import { invalidPaths } from '../helpers/content'

let app: TestApp
let payload: Payload
let editor: string

appPerFile((context) => ({ app, editor, payload } = context))

const count = async (collection: 'cases' | 'models' | 'partners') =>
  (await payload.count({ collection })).totalDocs

/** A REST create that must be refused with 400 naming `path`, leaving nothing behind. */
const refusedOverRest = async (
  collection: 'cases' | 'models' | 'partners',
  body: unknown,
  path: string,
) => {
  const response = await app.api(`/api/${collection}`, { body, method: 'POST', token: editor })
  expect(response.status, JSON.stringify(response.body)).toBe(400)
  expect(invalidPaths(response.body)).toContain(path)
  expect(await count(collection)).toBe(0)
}

/** The same through GraphQL: an error whose message names the field, and nothing written. */
const refusedOverGraphql = async (
  mutation: string,
  field: string,
  collection: 'cases' | 'models' | 'partners',
) => {
  const { body, status } = await app.graphql(mutation, {}, editor)
  expect(status).toBeLessThan(500)
  // GraphQL's own type errors name the field in the message; Payload's validation errors
  // carry the field paths in `extensions`.
  expect(JSON.stringify(body.errors)).toMatch(new RegExp(field, 'i'))
  expect(await count(collection)).toBe(0)
}

describe('validation with clear messages', () => {
  it('requires a title', async () => {
    await refusedOverRest('cases', { summary: 'Uden titel' }, 'title')
    await refusedOverGraphql(
      'mutation { createCase(data: { summary: "Uden titel" }) { id } }',
      'title',
      'cases',
    )
  })

  it('wants a full web address for a partner’s website', async () => {
    await refusedOverRest(
      'partners',
      { name: 'Demo Kommune', website: 'demo kommune dk' },
      'website',
    )
    await refusedOverGraphql(
      'mutation { createPartner(data: { name: "Demo", status: active, website: "javascript:alert(1)" }) { id } }',
      'website',
      'partners',
    )
    const ok = await app.api('/api/partners', {
      body: { name: 'Demo Kommune', website: 'https://demo.dk' },
      method: 'POST',
      token: editor,
    })
    expect(ok.status).toBe(201)
  })

  it('publishes a model only with an example case, but saves a draft without', async () => {
    await refusedOverRest('models', { _status: 'published', title: 'Rehabilitering' }, 'examples')
    await refusedOverGraphql(
      'mutation { createModel(data: { title: "Rehabilitering", _status: published }) { id } }',
      'examples',
      'models',
    )
    const draft = await app.api('/api/models', {
      body: { _status: 'draft', title: 'Rehabilitering' },
      method: 'POST',
      token: editor,
    })
    expect(draft.status).toBe(201)
    const publish = await app.api(`/api/models/${draft.body.doc.id}`, {
      body: { _status: 'published' },
      method: 'PATCH',
      token: editor,
    })
    expect(publish.status).toBe(400)
    expect(invalidPaths(publish.body)).toEqual(['examples'])
  })

  it('explains in the language asked for', async () => {
    const danish = await app.api('/api/models', {
      body: { _status: 'published', title: 'X' },
      method: 'POST',
      token: editor,
    })
    expect(JSON.stringify(danish.body)).toContain('mindst én eksempel-case')
    const english = await app.api('/api/models', {
      body: { _status: 'published', title: 'X' },
      headers: { 'Accept-Language': 'en' },
      method: 'POST',
      token: editor,
    })
    expect(JSON.stringify(english.body)).toContain('at least one example case')
  })

  it('takes only numbers as result figures', async () => {
    await refusedOverRest(
      'cases',
      { results: { economy: { figure: 'femten', unit: 'mio. kr.' } }, title: 'Fredericia' },
      'results.economy.figure',
    )
    await refusedOverGraphql(
      'mutation { createCase(data: { title: "Fredericia", results: { economy: { figure: "femten" } } }) { id } }',
      'figure',
      'cases',
    )
  })

  it('refuses select values outside their options', async () => {
    await refusedOverRest('partners', { name: 'Demo', status: 'gold' }, 'status')
    await refusedOverRest('cases', { providers: ['public', 'mafia'], title: 'X' }, 'providers')
    await refusedOverGraphql(
      'mutation { createPartner(data: { name: "Demo", status: gold }) { id } }',
      'status',
      'partners',
    )
  })

  it('answers malformed JSON with 400, not 500', async () => {
    const { status } = await app.api('/api/cases', {
      body: '{"title": "Telekat",',
      method: 'POST',
      token: editor,
    })
    expect(status).toBe(400)
    expect(await count('cases')).toBe(0)
  })
})
