import type { Payload } from 'payload'

import { describe, expect, it } from 'vitest'

import type { TestApp } from '../helpers/testApp'

import { appPerFile } from '../helpers/appPerFile'
import { create, invalidPaths, png, richText, uploadForm } from '../helpers/content'

let app: TestApp
let payload: Payload
let editor: string

appPerFile((context) => ({ app, editor, payload } = context))

/** Documents other documents point at, made through the Local API. */
const prerequisites = async () => {
  const partner = await create(payload, 'partners', { name: 'Demo Kommune', status: 'active' })
  const theme = await create(payload, 'themes', { kind: 'meeting', title: 'Teknologi' })
  const kase = await create(payload, 'cases', {
    _status: 'published',
    openForDebate: true,
    title: 'Telekat',
  })
  const model = await create(payload, 'models', {
    _status: 'published',
    examples: [kase.id],
    title: 'Egenmåling',
  })
  return { kase, model, partner, theme }
}

type Row = {
  /** A field to change on update, and its new value. */
  change: [string, unknown]
  collection: string
  data: (
    ids: Awaited<ReturnType<typeof prerequisites>>,
  ) => Promise<FormData | Record<string, unknown>>
}

const rows: Row[] = [
  {
    change: ['title', 'Ny titel'],
    collection: 'models',
    data: async ({ kase }) => ({
      _status: 'published',
      examples: [kase.id],
      title: 'Rehabilitering',
    }),
  },
  {
    change: ['organisation', 'Fredericia Kommune'],
    collection: 'cases',
    data: async ({ partner, theme }) => ({
      partner: partner.id,
      themes: [theme.id],
      title: 'Rehabilitering i Fredericia',
    }),
  },
  {
    change: ['question', 'Hvem maler legepladsen?'],
    collection: 'dilemmas',
    data: async ({ model }) => ({
      models: [model.id],
      question: 'Strømper?',
      title: 'Fru Pedersens strømper',
    }),
  },
  {
    change: ['title', 'Samarbejde med andre'],
    collection: 'themes',
    data: async () => ({ kind: 'meeting', meetingNumber: 5, title: 'Samarbejde' }),
  },
  {
    change: ['text', 'Vi skal måle.'],
    collection: 'principles',
    data: async () => ({
      number: 11,
      text: 'Individ, samfund og økonomi.',
      title: 'Mål på tre bundlinjer',
    }),
  },
  {
    change: ['intro', 'Godt nyt'],
    collection: 'newsletters',
    data: async ({ kase }) => ({
      date: '2011-09-01',
      featured: [{ relationTo: 'cases', value: kase.id }],
      issue: 1,
      title: 'Nyhedsbrev 1',
    }),
  },
  {
    change: ['summary', 'Om at blogge'],
    collection: 'posts',
    data: async ({ partner }) => ({ partner: partner.id, title: 'Første indlæg' }),
  },
  {
    change: ['body', 'Et endnu bedre eksempel'],
    collection: 'comments',
    data: async ({ kase }) => ({
      body: 'Godt eksempel!',
      target: { relationTo: 'cases', value: kase.id },
    }),
  },
  {
    change: ['sector', 'public'],
    collection: 'partners',
    data: async () => ({
      name: 'Eksempel Region',
      status: 'prospect',
      website: 'https://example.dk',
    }),
  },
  {
    change: ['name', 'Ny Bruger'],
    collection: 'users',
    data: async () => ({ email: 'ny@example.dk', password: 'en-lang-adgangskode' }),
  },
  {
    change: ['alt', 'Demo Kommunes logo'],
    collection: 'logos',
    data: async ({ partner }) =>
      uploadForm(await png(), 'logo.png', 'image/png', { alt: 'Logo', partner: partner.id }),
  },
  {
    change: ['caption', 'Borger måler selv'],
    collection: 'media',
    data: async () => uploadForm(await png(), 'foto.png', 'image/png', { alt: 'Foto' }),
  },
  {
    change: ['title', 'Rundspørge 2'],
    collection: 'panel-surveys',
    data: async () =>
      uploadForm('spørgsmål,svar\nA,42\n', 'svar.csv', 'text/csv', { title: 'Rundspørge 1' }),
  },
]

describe('every collection over REST as editor', () => {
  it.each(rows)(
    '$collection: create, read, update, delete',
    async ({ change: [field, value], collection, data }) => {
      const created = await app.api(`/api/${collection}`, {
        body: await data(await prerequisites()),
        method: 'POST',
        token: editor,
      })
      expect(created.status, JSON.stringify(created.body)).toBe(201)
      const { id } = created.body.doc

      expect((await app.api(`/api/${collection}/${id}`, { token: editor })).status).toBe(200)
      const updated = await app.api(`/api/${collection}/${id}`, {
        body: { [field]: value },
        method: 'PATCH',
        token: editor,
      })
      expect(updated.status, JSON.stringify(updated.body)).toBe(200)
      expect(updated.body.doc[field]).toEqual(value)

      expect(
        (await app.api(`/api/${collection}/${id}`, { method: 'DELETE', token: editor })).status,
      ).toBe(200)
      expect((await app.api(`/api/${collection}/${id}`, { token: editor })).status).toBe(404)
    },
  )

  it('updates the catalog global', async () => {
    const { model } = await prerequisites()
    const { body, status } = await app.api('/api/globals/catalog', {
      body: {
        _status: 'published',
        foreword: richText('Kære læser'),
        models: [model.id],
        title: 'Modelkatalog',
      },
      method: 'POST',
      token: editor,
    })
    expect(status, JSON.stringify(body)).toBe(200)
    expect((await app.api('/api/globals/catalog?depth=0')).body).toMatchObject({
      models: [model.id],
      title: 'Modelkatalog',
    })
  })
})

describe('slugs', () => {
  it('are made from the title with Danish letters spelt out, and find the document', async () => {
    const created = await app.api('/api/cases', {
      body: { title: 'Ældre på forkant i Ærø' },
      method: 'POST',
      token: editor,
    })
    expect(created.body.doc.slug).toBe('aeldre-paa-forkant-i-aeroe')
    const found = await app.api(
      '/api/cases?where[slug][equals]=aeldre-paa-forkant-i-aeroe&draft=true',
      { token: editor },
    )
    expect(found.body.docs.map((doc: { id: number }) => doc.id)).toEqual([created.body.doc.id])
  })

  it('keep a slug given by the editor, and can be edited later', async () => {
    const created = await app.api('/api/models', {
      body: { slug: 'egen-slug', title: 'Noget andet' },
      method: 'POST',
      token: editor,
    })
    expect(created.body.doc.slug).toBe('egen-slug')
    const edited = await app.api(`/api/models/${created.body.doc.id}`, {
      body: { slug: 'ny-slug' },
      method: 'PATCH',
      token: editor,
    })
    expect(edited.body.doc.slug).toBe('ny-slug')
  })

  it('are unique per collection: a generated one takes the next number, a given one that is taken is a 400 naming the slug', async () => {
    await app.api('/api/dilemmas', {
      body: { question: '?', title: 'Strømper' },
      method: 'POST',
      token: editor,
    })
    const second = await app.api('/api/dilemmas', {
      body: { question: '?', title: 'Strømper' },
      method: 'POST',
      token: editor,
    })
    expect(second.body.doc.slug).toBe('stroemper-2')
    const given = await app.api('/api/dilemmas', {
      body: { slug: 'stroemper', question: '?', title: 'Andre strømper' },
      method: 'POST',
      token: editor,
    })
    expect(given.status).toBe(400)
    expect(JSON.stringify(given.body.errors)).toContain('slug')
    expect((await payload.count({ collection: 'dilemmas' })).totalDocs).toBe(2)
    // The same slug in another collection is fine.
    const model = await app.api('/api/models', {
      body: { title: 'Strømper' },
      method: 'POST',
      token: editor,
    })
    expect(model.body.doc.slug).toBe('stroemper')
  })
})

describe('localization', () => {
  it('reads English where translated and falls back to Danish where not', async () => {
    const created = await app.api('/api/cases?locale=da', {
      body: { _status: 'published', summary: 'Patienter måler selv.', title: 'Telekat' },
      method: 'POST',
      token: editor,
    })
    const { id } = created.body.doc
    const translated = await app.api(`/api/cases/${id}?locale=en`, {
      body: { title: 'Telekat (remote monitoring)' },
      method: 'PATCH',
      token: editor,
    })
    expect(translated.status, JSON.stringify(translated.body)).toBe(200)

    const english = await app.api(`/api/cases/${id}?locale=en`)
    expect(english.body).toMatchObject({
      summary: 'Patienter måler selv.',
      title: 'Telekat (remote monitoring)',
    })
    expect((await app.api(`/api/cases/${id}`)).body.title).toBe('Telekat')

    const { body } = await app.graphql(`{ Case(id: ${id}, locale: en) { title summary } }`)
    expect(body.data.Case).toEqual({
      summary: 'Patienter måler selv.',
      title: 'Telekat (remote monitoring)',
    })
  })

  it('asks a translation for the fields the Danish original requires', async () => {
    const created = await app.api('/api/principles', {
      body: {
        number: 6,
        text: 'Vi skal finde løsninger sammen med brugerne.',
        title: 'Intet om brugerne uden brugerne',
      },
      method: 'POST',
      token: editor,
    })
    const { body, status } = await app.api(`/api/principles/${created.body.doc.id}?locale=en`, {
      body: { title: 'Nothing about users without users' },
      method: 'PATCH',
      token: editor,
    })
    expect(status, JSON.stringify(body)).toBe(400)
    expect(invalidPaths(body), JSON.stringify(body)).toEqual(['text'])
  })
})

describe('relationships read both ways', () => {
  it('lists a model’s examples on the case, and a dilemma’s models on the model', async () => {
    const { kase, model } = await prerequisites()
    const dilemma = await create(payload, 'dilemmas', {
      _status: 'published',
      models: [model.id],
      question: 'Hvem?',
      title: 'Legepladsen',
    })

    const caseRead = await app.api(`/api/cases/${kase.id}?depth=0`)
    expect(caseRead.body.models.docs).toEqual([model.id])
    const modelRead = await app.api(`/api/models/${model.id}?depth=0`)
    expect(modelRead.body.dilemmas.docs).toEqual([dilemma.id])

    const { body } = await app.graphql(`{ Case(id: ${kase.id}) { models { docs { title } } } }`)
    expect(body.data.Case.models.docs).toEqual([{ title: 'Egenmåling' }])
  })

  it('lists the cases, models and dilemmas of a theme', async () => {
    const { kase, theme } = await prerequisites()
    await payload.update({ id: kase.id, collection: 'cases', data: { themes: [theme.id] } })
    const { body } = await app.api(`/api/themes/${theme.id}?depth=0`)
    expect(body.cases.docs).toEqual([kase.id])
    expect(body.models.docs).toEqual([])
  })
})
