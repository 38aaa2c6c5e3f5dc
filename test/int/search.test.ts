import type { Payload } from 'payload'

import { describe, expect, it } from 'vitest'

import type { TestApp } from '../helpers/testApp'

import { appPerFile } from '../helpers/appPerFile'
import { create, png } from '../helpers/content'

const SITE = 'https://www.denaktiveborger.example'

let app: TestApp
let payload: Payload
let admin: string
let editor: string

appPerFile((context) => ({ admin, app, editor, payload } = context), { env: { SITE_URL: SITE } })

type Entry = {
  doc: { relationTo: string; value: number }
  slug: string
  summary: null | string
  title: string
}

/** The search collection as a website reads it, anonymously: REST and GraphQL must agree. */
const searchFor = async (term = '', locale = 'da'): Promise<Entry[]> => {
  const rest = await app.api(
    `/api/search?where[title][like]=${encodeURIComponent(term)}&sort=-priority&locale=${locale}`,
  )
  const gql = await app.graphql(
    `query ($term: String, $locale: LocaleInputType) {
      Searches(where: { title: { like: $term } }, sort: "-priority", locale: $locale) {
        docs { title slug summary doc { relationTo value { ... on Case { id } ... on Model { id } ... on Dilemma { id } ... on Post { id } } } }
      }
    }`,
    { locale, term },
  )
  const fromGraphQL = gql.body.data.Searches.docs.map(
    (entry: { doc: { value: { id: number } } } & Entry) => ({
      ...entry,
      doc: { relationTo: entry.doc.relationTo, value: entry.doc.value.id },
    }),
  )
  const fromRest = rest.body.docs.map(({ slug, doc, summary, title }: Entry) => ({
    slug,
    doc,
    summary,
    title,
  }))
  expect(fromGraphQL).toEqual(fromRest)
  return fromRest
}

const titles = async (term = '') => (await searchFor(term)).map(({ title }) => title)

const caseOverRest = async (data: Record<string, unknown>, query = '') => {
  const response = await app.api(`/api/cases${query}`, {
    body: data,
    method: 'POST',
    token: editor,
  })
  expect(response.status, JSON.stringify(response.body)).toBe(201)
  return response.body.doc as { id: number }
}

const patchCase = async (id: number, data: Record<string, unknown>, query = '') => {
  const response = await app.api(`/api/cases/${id}${query}`, {
    body: data,
    method: 'PATCH',
    token: editor,
  })
  expect(response.status, JSON.stringify(response.body)).toBe(200)
}

describe('site search (the `search` collection)', () => {
  it('indexes a document when it is published, never its drafts, and drops it when unpublished or deleted', async () => {
    const { id } = await caseOverRest(
      { _status: 'draft', summary: 'Borgere måler selv.', title: 'Telekat' },
      '?draft=true',
    )
    expect(await titles()).toEqual([])

    await patchCase(id, { _status: 'published' })
    expect(await searchFor('tele')).toEqual([
      {
        slug: 'telekat',
        doc: { relationTo: 'cases', value: id },
        summary: 'Borgere måler selv.',
        title: 'Telekat',
      },
    ])

    // A new draft of a published case leaves the published entry as it was.
    await patchCase(id, { title: 'Hemmelig ny titel' }, '?draft=true')
    expect(await titles()).toEqual(['Telekat'])
    expect(await titles('Hemmelig')).toEqual([])

    await patchCase(id, { _status: 'draft' })
    expect(await titles()).toEqual([])

    await patchCase(id, { _status: 'published', title: 'Telekat igen' })
    expect(await titles()).toEqual(['Telekat igen'])
    expect((await app.api(`/api/cases/${id}`, { method: 'DELETE', token: editor })).status).toBe(
      200,
    )
    expect(await titles()).toEqual([])
  })

  it('covers models, cases, dilemmas and posts, models first, each locale with its own title', async () => {
    const kase = await create(payload, 'cases', {
      _status: 'published',
      title: 'Rehabilitering i Fredericia',
    })
    await payload.update({
      id: kase.id,
      collection: 'cases',
      data: { title: 'Rehabilitation in Fredericia' },
      locale: 'en',
    })
    await create(payload, 'models', {
      _status: 'published',
      examples: [kase.id],
      summary: 'Borgeren træner.',
      title: 'Hverdagsrehabilitering',
    })
    await create(payload, 'dilemmas', {
      _status: 'published',
      question: 'Skal fru Pedersen selv tage strømper på?',
      title: 'Fru Pedersens strømper',
    })
    const partner = await create(payload, 'partners', {
      name: 'Demo Kommune',
      status: 'active',
      tier: 'steering',
    })
    await create(payload, 'posts', {
      _status: 'published',
      partner: partner.id,
      title: 'Første blogindlæg',
    })
    await create(payload, 'posts', {
      _status: 'draft',
      partner: partner.id,
      title: 'Kladde til blog',
    })

    const found = await searchFor()
    expect(found.map(({ doc, title }) => [doc.relationTo, title])).toEqual([
      ['models', 'Hverdagsrehabilitering'],
      ['cases', 'Rehabilitering i Fredericia'],
      ['dilemmas', 'Fru Pedersens strømper'],
      ['posts', 'Første blogindlæg'],
    ])
    // A dilemma without a summary is summed up by its question.
    expect(found[2].summary).toBe('Skal fru Pedersen selv tage strømper på?')
    expect((await searchFor('Rehabilitation', 'en')).map(({ title }) => title)).toEqual([
      'Rehabilitation in Fredericia',
    ])
  })

  it('is written by nobody but the system, over REST and GraphQL, whoever asks', async () => {
    const kase = await create(payload, 'cases', { _status: 'published', title: 'Telekat' })
    const [entry] = (await app.api('/api/search')).body.docs
    for (const token of [undefined, editor, admin]) {
      const who = token === admin ? 'admin' : token ? 'editor' : 'anonymous'
      const attempts: Array<[string, string, unknown]> = [
        [
          'POST',
          '/api/search',
          { doc: { relationTo: 'cases', value: kase.id }, title: 'Falsk hit' },
        ],
        ['PATCH', `/api/search/${entry.id}`, { priority: 1000, title: 'Ændret' }],
        ['DELETE', `/api/search/${entry.id}`, undefined],
        ['POST', '/api/search/reindex', { collections: ['cases'] }],
      ]
      for (const [method, path, body] of attempts) {
        const { status } = await app.api(path, { body, method, token })
        expect([401, 403], `${who}: ${method} ${path}`).toContain(status)
      }
      const mutation = await app.graphql(
        `mutation { updateSearch(id: ${entry.id}, data: { title: "Ændret" }) { id } }`,
        {},
        token,
      )
      expect(
        (mutation.body.errors?.[0].extensions as { statusCode?: number })?.statusCode,
        who,
      ).toBe(403)
    }
    expect(await titles()).toEqual(['Telekat'])
  })

  it('answers a query it cannot run with a 400 naming it, like every collection (not a 500)', async () => {
    const { body, status } = await app.api('/api/search?where[priority][contains]=1')
    expect(status, JSON.stringify(body)).toBe(400)
    expect(JSON.stringify(body.errors)).toContain('priority')
  })
})

describe('SEO fields (meta title, description, image)', () => {
  it('are public on a published document, the image populated from media, over REST and GraphQL', async () => {
    const image = await payload.create({
      collection: 'media',
      data: { alt: 'Telekat i brug' },
      file: { name: 'telekat.png', data: await png(1200, 630), mimetype: 'image/png', size: 1 },
    })
    const { id } = await caseOverRest({ _status: 'published', title: 'Telekat' })
    await patchCase(id, {
      meta: {
        description: 'Borgere måler selv.',
        image: image.id,
        title: 'Telekat – Den aktive borger',
      },
    })

    const rest = await app.api(`/api/cases/${id}?depth=1`)
    expect(rest.body.meta).toMatchObject({
      description: 'Borgere måler selv.',
      image: { alt: 'Telekat i brug', mimeType: 'image/png' },
      title: 'Telekat – Den aktive borger',
    })
    const gql = await app.graphql(
      `{ Case(id: ${id}) { meta { title description image { alt width height } } } }`,
    )
    expect(gql.body.data.Case.meta).toEqual({
      description: 'Borgere måler selv.',
      image: { alt: 'Telekat i brug', height: 630, width: 1200 },
      title: 'Telekat – Den aktive borger',
    })
  })

  it('are generated from the document for staff: title, a description cut at a word, the page on SITE_URL', async () => {
    const { id } = await caseOverRest({ _status: 'published', title: 'Telekat' })
    const generate = (what: string, doc: Record<string, unknown>, token?: string) =>
      app.api(`/api/plugin-seo/generate-${what}`, {
        body: { id, collectionSlug: 'cases', doc: { id, ...doc }, locale: 'da' },
        method: 'POST',
        token,
      })

    expect((await generate('title', { title: 'Telekat' }, editor)).body.result).toBe(
      'Telekat – Den aktive borger',
    )
    const summary = `${'Borgere i Region Nordjylland måler selv blodtryk og vægt derhjemme. '.repeat(4)}Slut.`
    const description = (await generate('description', { summary }, editor)).body.result as string
    expect(description.length).toBeLessThanOrEqual(155)
    expect(description).toMatch(/^Borgere i Region Nordjylland måler selv .*[a-zæøå]…$/)
    expect(summary.startsWith(description.slice(0, -1))).toBe(true)
    expect((await generate('url', { slug: 'telekat' }, editor)).body.result).toBe(
      `${SITE}/cases/telekat`,
    )
    expect((await generate('title', { title: 'Telekat' })).status).toBe(401)
  })
})
