/**
 * The catalogue as a print-ready PDF (issue 17, item 1), read back with poppler-utils as a
 * reader would: every section in order, every partner exactly as its tier's rights say, embedded
 * fonts, English, who may print a draft, and the content ETag with 304. Pages go to
 * `test-results/catalogue-pdf/` as PNGs to look at.
 */
import type { Payload } from 'payload'

import path from 'node:path'
import { describe, expect, it } from 'vitest'

import type { PartnerWorld } from '../helpers/partnerWorld'
import type { TestApp } from '../helpers/testApp'

import { create, richText } from '../helpers/content'
import { partnerWorldPerFile } from '../helpers/partnerWorld'
import { pdfToPngs, positionsInOrder, readPdf } from '../helpers/poppler'
import { previewAccount } from '../helpers/users'

let app: TestApp
let payload: Payload
let world: PartnerWorld

partnerWorldPerFile((context) => ({ app, payload, world } = context))

const PDF = '/api/globals/catalog/pdf'

/** As a browser or CDN asks: the raw answer (a revalidation says `max-age=0`, see http-caching.test.ts). */
const get = (query = '', headers: Record<string, string> = {}) =>
  fetch(new URL(PDF + query, app.url()), {
    headers: { 'Cache-Control': 'max-age=0', ...headers },
  })

const bytes = async (response: Response) => new Uint8Array(await response.arrayBuffer())

const printed = async (query = '', headers: Record<string, string> = {}) => {
  const response = await get(query, headers)
  expect(
    response.status,
    await response
      .clone()
      .text()
      .then((t) => t.slice(0, 300)),
  ).toBe(200)
  const pdf = await bytes(response)
  return { ...(await readPdf(pdf)), pdf, response }
}

/** Rich text with what an editor writes: a heading, bold and italic, a link, a nested list. */
const richBody = (heading: string) => ({
  root: {
    type: 'root',
    children: [
      {
        type: 'heading',
        children: [{ type: 'text', format: 0, text: heading, version: 1 }],
        tag: 'h2',
        version: 1,
      },
      {
        type: 'paragraph',
        children: [
          { type: 'text', format: 1, text: 'Fed tekst ', version: 1 },
          { type: 'text', format: 2, text: 'og kursiv ', version: 1 },
          {
            type: 'link',
            children: [{ type: 'text', format: 0, text: 'læs mere', version: 1 }],
            fields: {
              linkType: 'custom',
              newTab: false,
              url: 'https://denaktiveborger.example/mere',
            },
            version: 3,
          },
        ],
        version: 1,
      },
      {
        type: 'list',
        children: [
          {
            type: 'listitem',
            children: [{ type: 'text', format: 0, text: 'Første punkt', version: 1 }],
            value: 1,
            version: 1,
          },
          {
            type: 'listitem',
            children: [
              {
                type: 'list',
                children: [
                  {
                    type: 'listitem',
                    children: [{ type: 'text', format: 0, text: 'Underpunkt', version: 1 }],
                    value: 1,
                    version: 1,
                  },
                ],
                listType: 'number',
                start: 1,
                tag: 'ol',
                version: 1,
              },
            ],
            value: 2,
            version: 1,
          },
        ],
        listType: 'bullet',
        start: 1,
        tag: 'ul',
        version: 1,
      },
    ],
    direction: 'ltr',
    format: '',
    indent: 0,
    version: 1,
  },
})

let models: { first: { id: number }; second: { id: number } }

/** Two published models (in the catalogue the second comes first), their cases, principles, a dilemma. */
const content = async () => {
  const principles = await Promise.all(
    [1, 11].map((number) =>
      create(payload, 'principles', {
        number,
        text: `Princippets tekst nummer ${number}.`,
        title: number === 11 ? 'Mål på tre bundlinjer' : 'Borgeren i centrum',
      }),
    ),
  )
  const telekat = await create(payload, 'cases', {
    _status: 'published',
    organisation: 'Region Syddanmark',
    results: {
      economy: { figure: 2.5, text: 'Færre indlæggelser', unit: 'mio. kr. om året' },
      individual: { text: 'Mere tryghed i hverdagen' },
      society: { text: 'Flere borgere klarer sig selv' },
    },
    summary: 'Borgere med KOL måler selv deres værdier.',
    title: 'Telekat',
  })
  const rehab = await create(payload, 'cases', {
    _status: 'published',
    summary: 'Hverdagsrehabilitering i Fredericia.',
    title: 'Længst muligt i eget liv',
  })
  const second = await create(payload, 'models', {
    _status: 'published',
    addedValue: 'Dokumenteret merværdi for borgeren.',
    body: richBody('Sådan virker egenmåling'),
    checklist: {
      how: [{ item: 'Udlevér udstyr' }],
      when: [{ item: 'Når borgeren er motiveret' }],
      where: [{ item: 'I kommunernes sundhedscentre' }],
    },
    examples: [telekat.id],
    principles: principles.map((principle) => principle.id),
    strengths: [{ point: 'Borgeren tager ansvar' }],
    summary: 'Borgeren måler selv og handler på målingerne.',
    title: 'Egenmåling',
    transferability: 'Kan bruges på diabetesområdet.',
    weaknesses: [{ point: 'Kræver teknisk udstyr' }],
  })
  const first = await create(payload, 'models', {
    _status: 'published',
    examples: [rehab.id],
    summary: 'Rehabilitering før hjælp.',
    title: 'Rehabilitering',
  })
  await create(payload, 'dilemmas', {
    _status: 'published',
    models: [second.id],
    perspectives: [
      { argument: 'Hun bliver mere selvhjulpen.', position: 'Hun skal selv' },
      { argument: 'Det er omsorg.', position: 'Hjemmeplejen hjælper' },
    ],
    question: 'Skal fru Pedersen selv tage strømperne på?',
    title: 'Fru Pedersens strømper',
  })
  await payload.update({
    id: second.id,
    collection: 'models',
    data: { _status: 'published', title: 'Self-measurement' },
    locale: 'en',
  })
  return { first, second }
}

const publishCatalogue = (data: Record<string, unknown> = {}) =>
  payload.updateGlobal({
    slug: 'catalog',
    data: {
      _status: 'published',
      foreword: richText('Vi står sammen om forordet – med æ, ø og å.'),
      models: [models.second.id, models.first.id],
      title: 'Den aktive borger – modelkatalog',
      ...data,
    } as never,
  })

describe('GET /api/globals/catalog/pdf', () => {
  it('404 with a reason while nothing is published', async () => {
    await payload.updateGlobal({
      slug: 'catalog',
      data: { _status: 'draft', title: 'Kladde' } as never,
      draft: true,
    })
    const response = await get()
    expect(response.status).toBe(404)
    expect((await response.json()).errors[0].message).toMatch(/ikke udgivet/)
  })

  it('prints every section in order: cover, foreword, contents with pages, models in order, principles, dilemmas, partners', async () => {
    models = await content()
    await publishCatalogue()
    const { fonts, pageCount, pages, pdf, response, text } = await printed()
    expect(response.headers.get('content-type')).toBe('application/pdf')
    expect(response.headers.get('content-disposition')).toBe(
      'attachment; filename="den-aktive-borger-katalog.pdf"',
    )
    await pdfToPngs(pdf, path.resolve('test-results/catalogue-pdf'), 'katalog')

    const order = [
      'Den aktive borger – modelkatalog',
      'Forord',
      'Vi står sammen om forordet – med æ, ø og å.',
      'Forordet er underskrevet af',
      'Indhold',
      '1. Egenmåling',
      '2. Rehabilitering',
      'De 12 principper',
      // Model 1's chapter: each part in turn.
      '1. Egenmåling',
      'Borgeren måler selv og handler på målingerne.',
      'Sådan virker egenmåling',
      'Fed tekst og kursiv læs mere',
      'Første punkt',
      'Underpunkt',
      'Tjekliste',
      'Hvor',
      'I kommunernes sundhedscentre',
      'Hvornår',
      'Når borgeren er motiveret',
      'Hvordan',
      'Udlevér udstyr',
      'Merværdi',
      'Dokumenteret merværdi for borgeren.',
      'Styrker',
      'Borgeren tager ansvar',
      'Svagheder',
      'Kræver teknisk udstyr',
      'Overførbarhed',
      'Kan bruges på diabetesområdet.',
      'Eksempler',
      'Telekat',
      'Region Syddanmark',
      'Individ',
      'Mere tryghed i hverdagen',
      'Samfund',
      'Flere borgere klarer sig selv',
      'Økonomi',
      'Færre indlæggelser',
      '2,5 mio. kr. om året',
      'Dilemmaer',
      'Fru Pedersens strømper',
      'Principper',
      '1. Borgeren i centrum',
      '11. Mål på tre bundlinjer',
      '2. Rehabilitering',
      'Længst muligt i eget liv',
      'De 12 principper',
      '11. Mål på tre bundlinjer',
      'Princippets tekst nummer 11.',
      'Dilemmaer',
      'Fru Pedersens strømper',
      'Skal fru Pedersen selv tage strømperne på?',
      'Perspektiver',
      'Hun skal selv – Hun bliver mere selvhjulpen.',
      'Hjemmeplejen hjælper – Det er omsorg.',
      'Partnerne',
      'Styre Kommune',
    ]
    const flat = text.replace(/[ \t]+/g, ' ')
    expect(
      positionsInOrder(flat, order).map((at, index) => (at < 0 ? order[index] : 'ok')),
    ).toEqual(order.map(() => 'ok'))

    // The contents name each chapter's page, and that page starts with the chapter.
    const contents = pages.find((page) => page.includes('Indhold'))!
    for (const chapter of [
      'Forord',
      '1. Egenmåling',
      '2. Rehabilitering',
      'De 12 principper',
      'Dilemmaer',
      'Partnerne',
    ]) {
      const page = Number(new RegExp(`${chapter}\\s+(\\d+)`).exec(contents)?.[1])
      expect(pages[page - 1], chapter).toMatch(new RegExp(`^\\s*\\S.*\\n+\\s*${chapter}`))
    }
    // Running page numbers: every page but the cover ends with its own.
    expect(pageCount).toBe(pages.length)
    pages
      .slice(1)
      .forEach((page, index) =>
        expect(page.trim().split('\n').at(-1)!.trim()).toBe(String(index + 2)),
      )
    // Fonts from the npm package, embedded; links live.
    expect(fonts.map((font) => font.name.replace(/^[A-Z]+\+/, '')).sort()).toEqual([
      'Roboto-Italic',
      'Roboto-Medium',
      'Roboto-Regular',
    ])
    expect(fonts.every((font) => font.embedded)).toBe(true)
    const raw = Buffer.from(pdf).toString('latin1')
    expect(raw).toContain('/URI (https://denaktiveborger.example/mere)')
    expect(raw).toContain('/URI (https://working.example)')
  })

  it('shows every partner exactly as its tier says, and follows a change of tier at once', async () => {
    const former = await create(payload, 'partners', {
      name: 'Tidligere Fond',
      status: 'former',
      tier: 'steering',
      website: 'https://former.example',
    })
    const partnerIn = (text: string) => {
      const [signatories, rest] = text.split('Indhold')
      const list = rest.slice(rest.lastIndexOf('Partnerne'))
      return (name: string) => ({ foreword: signatories.includes(name), list: list.includes(name) })
    }
    const before = await printed()
    let where = partnerIn(before.text)
    expect(where('Styre Kommune')).toEqual({ foreword: true, list: true })
    expect(where('Arbejds Region')).toEqual({ foreword: false, list: true })
    expect(before.text).toContain('https://working.example')
    for (const absent of [
      'Emne Fond',
      'Tidligere Fond',
      'Kontakt hos',
      'Intern note',
      'Nøgleperson',
      'Deltager hos',
      'Præsentation af',
    ]) {
      expect(before.text, absent).not.toContain(absent)
    }
    // The one logo: the steering partner's (a working partner's logo is hidden from the public).
    expect(before.images).toBe(1)

    const tag = before.response.headers.get('etag')
    await payload.update({
      id: world.partners.working.id,
      collection: 'partners',
      data: { tier: 'steering' },
    })
    await payload.update({
      id: world.partners.steering.id,
      collection: 'partners',
      data: { tier: 'working' },
    })
    await payload.update({ id: former.id, collection: 'partners', data: { status: 'prospect' } })
    const after = await printed('', { 'If-None-Match': tag! })
    expect(after.response.headers.get('etag')).not.toBe(tag)
    where = partnerIn(after.text)
    expect(where('Arbejds Region')).toEqual({ foreword: true, list: true })
    expect(where('Styre Kommune')).toEqual({ foreword: false, list: true })
    expect(after.text).not.toContain('Tidligere Fond')
    expect(after.images).toBe(1)

    await payload.update({
      id: world.partners.working.id,
      collection: 'partners',
      data: { status: 'former' },
    })
    const gone = await printed()
    expect(gone.text).not.toContain('Arbejds Region')
    expect(gone.images).toBe(0)
    // Back as the world was, for the tests after this one.
    await payload.update({
      id: world.partners.working.id,
      collection: 'partners',
      data: { status: 'active', tier: 'working' },
    })
    await payload.update({
      id: world.partners.steering.id,
      collection: 'partners',
      data: { tier: 'steering' },
    })
  })

  it('?locale=en prints in English', async () => {
    await payload.updateGlobal({
      slug: 'catalog',
      data: { _status: 'published', title: 'The active citizen – model catalogue' } as never,
      locale: 'en',
    })
    const { pdf, response, text } = await printed('?locale=en')
    expect(response.headers.get('content-disposition')).toBe(
      'attachment; filename="den-aktive-borger-catalogue.pdf"',
    )
    const order = [
      'The active citizen – model catalogue',
      'Foreword',
      'The foreword is co-signed by',
      'Contents',
      '1. Self-measurement',
      'Checklist',
      'Where',
      'Added value',
      'Strengths',
      'Weaknesses',
      'Transferability',
      'Examples',
      'Results on the three bottom lines',
      'Individual',
      'Society',
      'Economy',
      '2.5 mio. kr. om året',
      'The 12 principles',
      'Dilemmas',
      'Perspectives',
      'The partners',
    ]
    const flat = text.replace(/[ \t]+/g, ' ')
    expect(
      positionsInOrder(flat, order).map((at, index) => (at < 0 ? order[index] : 'ok')),
    ).toEqual(order.map(() => 'ok'))
    expect(text).not.toContain('Indhold')
    await pdfToPngs(pdf, path.resolve('test-results/catalogue-pdf'), 'catalogue-en')
  })

  it('a draft only for staff and preview keys; anyone else gets 401/403 saying why, in their language', async () => {
    await payload.updateGlobal({
      slug: 'catalog',
      data: { _status: 'draft', title: 'Ny kladdetitel' } as never,
      draft: true,
    })
    const anonymous = await get('?draft=true')
    expect(anonymous.status).toBe(401)
    expect((await anonymous.json()).errors[0].message).toMatch(
      /Kun redaktionen og forhåndsvisningsnøgler/,
    )
    const english = await get('?draft=true', { 'Accept-Language': 'en' })
    expect((await english.json()).errors[0].message).toMatch(/Only the editors and preview keys/)
    const partner = await get('?draft=true', {
      Authorization: `JWT ${world.viewers.steeringUser.token}`,
    })
    expect(partner.status).toBe(403)

    const editor = await printed('?draft=true', {
      Authorization: `JWT ${world.viewers.editor.token}`,
    })
    expect(editor.text).toContain('Ny kladdetitel')
    expect(editor.text).toContain('KLADDE')
    expect(editor.response.headers.get('cache-control')).toBe('private, no-store')
    expect(editor.response.headers.get('content-disposition')).toBe(
      'attachment; filename="den-aktive-borger-katalog-kladde.pdf"',
    )
    const { authorization } = await previewAccount(app, world.viewers.admin.token!)
    const preview = await printed('?draft=true', { Authorization: authorization })
    expect(preview.text).toContain('Ny kladdetitel')
    expect(preview.response.headers.get('cache-control')).toBe('private, no-store')

    // The public still gets the published catalogue.
    const published = await printed()
    expect(published.text).not.toContain('Ny kladdetitel')
    expect(published.text).toContain('Den aktive borger – modelkatalog')
  })

  it('ETag of the content: 304 while unchanged (public, cacheable), a new tag when a model changes', async () => {
    const first = await get()
    const tag = first.headers.get('etag')!
    expect(tag).toMatch(/^W\/"catalog-pdf-[^"]+"$/)
    expect(first.headers.get('cache-control')).toMatch(/^public, max-age=\d+/)
    const again = await get('', { 'If-None-Match': tag })
    expect(again.status).toBe(304)
    expect(await again.text()).toBe('')
    expect(again.headers.get('etag')).toBe(tag)
    expect(again.headers.get('cache-control')).toMatch(/^public, max-age=\d+/)
    expect((await get('?locale=en', { 'If-None-Match': tag })).status).toBe(200)

    await payload.update({
      id: models.first.id,
      collection: 'models',
      data: { _status: 'published', title: 'Hverdagsrehabilitering' },
    })
    const changed = await get('', { 'If-None-Match': tag })
    expect(changed.status).toBe(200)
    expect(changed.headers.get('etag')).not.toBe(tag)
    expect((await readPdf(await bytes(changed))).text).toContain('Hverdagsrehabilitering')
  })
})
