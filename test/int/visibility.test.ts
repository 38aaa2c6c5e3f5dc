import type { Payload } from 'payload'

import { describe, expect, it } from 'vitest'

import type { TestApp } from '../helpers/testApp'

import { appPerFile } from '../helpers/appPerFile'
import { create } from '../helpers/content'
import { userWithRole } from '../helpers/users'

let app: TestApp
let payload: Payload
let editor: string

appPerFile((context) => ({ app, editor, payload } = context))

/** A published model whose examples are one published and one draft case. */
const catalogue = async () => {
  const published = await create(payload, 'cases', {
    _status: 'published',
    openForDebate: true,
    title: 'Kulturhuset i Skanderborg',
  })
  const draft = await create(payload, 'cases', { _status: 'draft', title: 'Hemmelig kladde' })
  const model = await create(payload, 'models', {
    _status: 'published',
    examples: [published.id, draft.id],
    title: 'Frivillig drift',
  })
  const hiddenModel = await create(payload, 'models', {
    _status: 'draft',
    examples: [published.id],
    title: 'Kladdemodel',
  })
  return { draft, hiddenModel, model, published }
}

const titles = (docs: Array<{ title: string }>) => docs.map((doc) => doc.title).sort()

describe('anonymous readers see published documents only', () => {
  it('in REST lists, also when asking for drafts', async () => {
    await catalogue()
    expect(titles((await app.api('/api/cases')).body.docs)).toEqual(['Kulturhuset i Skanderborg'])
    expect(titles((await app.api('/api/cases?draft=true')).body.docs)).toEqual([
      'Kulturhuset i Skanderborg',
    ])
    expect(titles((await app.api('/api/models')).body.docs)).toEqual(['Frivillig drift'])
  })

  it('in GraphQL lists, also when asking for drafts', async () => {
    await catalogue()
    const { body } = await app.graphql(
      '{ Cases(draft: true) { docs { title } } Models { docs { title } } }',
    )
    expect(titles(body.data.Cases.docs)).toEqual(['Kulturhuset i Skanderborg'])
    expect(titles(body.data.Models.docs)).toEqual(['Frivillig drift'])
  })

  it('by id: a draft is not found', async () => {
    const { draft } = await catalogue()
    expect((await app.api(`/api/cases/${draft.id}`)).status).toBe(404)
    expect((await app.api(`/api/cases/${draft.id}?draft=true`)).status).toBe(404)
    const { body } = await app.graphql(`{ Case(id: ${draft.id}, draft: true) { title } }`)
    expect(body.data?.Case ?? null).toBeNull()
  })

  it('through relationships: a published model does not leak its draft example', async () => {
    const { model } = await catalogue()
    const rest = await app.api(`/api/models/${model.id}?depth=2`)
    expect(JSON.stringify(rest.body)).not.toContain('Hemmelig kladde')
    expect(
      rest.body.examples
        .filter((example: unknown) => typeof example === 'object' && example)
        .map((example: { title: string }) => example.title),
    ).toEqual(['Kulturhuset i Skanderborg'])

    const { body } = await app.graphql(`{ Model(id: ${model.id}) { examples { title } } }`)
    expect(JSON.stringify(body)).not.toContain('Hemmelig kladde')
  })

  it('through join fields: a case lists only published models', async () => {
    const { published } = await catalogue()
    const rest = await app.api(`/api/cases/${published.id}`)
    expect(titles(rest.body.models.docs)).toEqual(['Frivillig drift'])
    const { body } = await app.graphql(
      `{ Case(id: ${published.id}) { models { docs { title } } } }`,
    )
    expect(titles(body.data.Case.models.docs)).toEqual(['Frivillig drift'])
  })

  it('keeps a published version while a newer draft is being edited', async () => {
    const { published } = await catalogue()
    await app.api(`/api/cases/${published.id}?draft=true`, {
      body: { title: 'Ny ikke-udgivet titel' },
      method: 'PATCH',
      token: editor,
    })
    expect((await app.api(`/api/cases/${published.id}`)).body.title).toBe(
      'Kulturhuset i Skanderborg',
    )
    expect((await app.api(`/api/cases/${published.id}?draft=true`)).body.title).toBe(
      'Kulturhuset i Skanderborg',
    )
    expect(
      (await app.api(`/api/cases/${published.id}?draft=true`, { token: editor })).body.title,
    ).toBe('Ny ikke-udgivet titel')
  })

  it('refuses the version history', async () => {
    const { published } = await catalogue()
    expect((await app.api('/api/cases/versions')).status).toBe(403)
    const { body } = await app.graphql('{ versionsCases { docs { version { title } } } }')
    expect(body.data?.versionsCases ?? null).toBeNull()
    expect(
      (
        await app.api(`/api/cases/versions?where[parent][equals]=${published.id}`, {
          token: editor,
        })
      ).status,
    ).toBe(200)
    // Payload's default would let any logged-in user read every version, drafts included.
    const { token: partner } = await userWithRole(app, 'partner', 'versions-partner@example.dk')
    const asPartner = await app.api('/api/cases/versions', { token: partner })
    expect(asPartner.body.docs ?? []).toEqual([])
    const partnerGql = await app.graphql(
      '{ versionsCases { docs { version { title } } } }',
      {},
      partner,
    )
    expect(partnerGql.body.data?.versionsCases?.docs ?? []).toEqual([])
  })

  it('reads the published catalog, never its draft', async () => {
    const { model } = await catalogue()
    await app.api('/api/globals/catalog', {
      body: { _status: 'published', models: [model.id], title: 'Modelkatalog' },
      method: 'POST',
      token: editor,
    })
    await app.api('/api/globals/catalog?draft=true', {
      body: { title: 'Udkast til nyt katalog' },
      method: 'POST',
      token: editor,
    })

    expect((await app.api('/api/globals/catalog')).body.title).toBe('Modelkatalog')
    expect((await app.api('/api/globals/catalog?draft=true')).body.title).toBe('Modelkatalog')
    const { body } = await app.graphql('{ Catalog(draft: true) { title } }')
    expect(body.data.Catalog.title).toBe('Modelkatalog')
  })
})

describe('editors see drafts', () => {
  it('in lists and by id', async () => {
    const { draft } = await catalogue()
    expect(titles((await app.api('/api/cases?draft=true', { token: editor })).body.docs)).toEqual([
      'Hemmelig kladde',
      'Kulturhuset i Skanderborg',
    ])
    expect((await app.api(`/api/cases/${draft.id}?draft=true`, { token: editor })).status).toBe(200)
  })
})

describe('partners', () => {
  it('are public only while active, and their contacts never', async () => {
    await create(payload, 'partners', {
      name: 'Demo Kommune',
      contacts: [{ name: 'Kontaktperson', email: 'kontakt@demo.dk' }],
      notes: 'Intern note',
      status: 'active',
    })
    await create(payload, 'partners', { name: 'Emne Region', status: 'prospect' })

    const rest = await app.api('/api/partners')
    expect(rest.body.docs.map((doc: { name: string }) => doc.name)).toEqual(['Demo Kommune'])
    expect(rest.body.docs[0].contacts).toBeUndefined()
    expect(rest.body.docs[0].notes).toBeUndefined()
    expect(JSON.stringify(rest.body)).not.toContain('kontakt@demo.dk')

    const { body } = await app.graphql('{ Partners { docs { name contacts { email } notes } } }')
    expect(body.data.Partners.docs).toMatchObject([{ name: 'Demo Kommune', notes: null }])
    expect(body.data.Partners.docs[0].contacts).toBeNull()
    expect(JSON.stringify(body)).not.toContain('kontakt@demo.dk')
  })
})

describe('comments', () => {
  it('hides hidden comments from the public, and takes new ones only from logged-in users', async () => {
    const { published } = await catalogue()
    const target = { relationTo: 'cases', value: published.id }
    await create(payload, 'comments', { body: 'Et godt eksempel', target })
    await create(payload, 'comments', {
      body: 'Skjult indlæg',
      hidden: true,
      hiddenReason: 'Spam',
      target,
    })

    expect(
      (await app.api('/api/comments')).body.docs.map((doc: { body: string }) => doc.body),
    ).toEqual(['Et godt eksempel'])
    const gql = await app.graphql('{ Comments { docs { body hiddenReason } } }')
    expect(gql.body.data.Comments.docs).toEqual([{ body: 'Et godt eksempel', hiddenReason: null }])
    expect((await app.api('/api/comments', { token: editor })).body.totalDocs).toBe(2)

    const anonymous = await app.api('/api/comments', {
      body: { body: 'Anonymt', target },
      method: 'POST',
    })
    expect(anonymous.status).toBe(403)
    const anonymousGql = await app.graphql(
      `mutation { createComment(data: { body: "Anonymt", target: { relationTo: cases, value: ${published.id} } }) { id } }`,
    )
    expect(anonymousGql.body.errors?.length).toBeGreaterThan(0)
    expect((await payload.count({ collection: 'comments' })).totalDocs).toBe(2)
  })
})
