/**
 * No write loses another, a client can ask for optimistic concurrency (ETag / If-Match), and a write
 * changes whether a document is public only when it says so — over REST and GraphQL.
 */
import type { Payload } from 'payload'

import { describe, expect, it } from 'vitest'

import type { TestApp } from '../helpers/testApp'

import { appPerFile } from '../helpers/appPerFile'
import { create } from '../helpers/content'

let app: TestApp
let payload: Payload
let admin: string
let editor: string

appPerFile((context) => ({ admin, app, editor, payload } = context))

const ROUNDS = 30

const stored = (id: number, draft = false) =>
  payload.findByID({ id, collection: 'cases', depth: 0, draft })

describe('concurrent writes to one document', () => {
  it(`lose nothing: ${ROUNDS} rounds of three writers touching different fields (REST, GraphQL, draft and published)`, async () => {
    const { id } = await create(payload, 'cases', { _status: 'published', title: 'Telekat' })
    let lost = 0
    for (let round = 0; round < ROUNDS; round++) {
      // Odd rounds save drafts; even rounds publish (after a draft round, a plain write would be refused: see below).
      const draft = round % 2 === 1
      const query = draft ? '?draft=true' : ''
      const status = draft ? {} : { _status: 'published' }
      const answers = await Promise.all([
        app.api(`/api/cases/${id}${query}`, {
          body: { organisation: `Organisation ${round}`, ...status },
          method: 'PATCH',
          token: editor,
        }),
        app.api(`/api/cases/${id}${query}`, {
          body: { international: round % 4 < 2, ...status },
          method: 'PATCH',
          token: admin,
        }),
        app.graphql(
          'mutation ($id: Int!, $data: mutationCaseUpdateInput!, $draft: Boolean) { updateCase(id: $id, data: $data, draft: $draft) { id } }',
          { id, data: { summary: `Resumé ${round}`, ...status }, draft },
          editor,
        ),
      ])
      expect(answers.map(({ status }) => status)).toEqual([200, 200, 200])
      const after = await stored(id, draft)
      lost +=
        Number(after.organisation !== `Organisation ${round}`) +
        Number(after.international !== round % 4 < 2) +
        Number(after.summary !== `Resumé ${round}`)
    }
    console.info(`[integrity] ${ROUNDS} rounds × 3 concurrent writers: ${lost} fields lost`)
    expect(lost).toBe(0)
  }, 120_000)
})

describe('document locking in the admin', () => {
  it('is on for every collection and global people edit (the two-session journey: test/e2e/editor.test.ts)', () => {
    const edited = [
      ...payload.config.collections.filter(({ slug }) => !slug.startsWith('payload-')),
      ...payload.config.globals,
    ]
    expect(
      edited.filter(({ lockDocuments }) => lockDocuments === false).map(({ slug }) => slug),
    ).toEqual([])
  })
})

describe('optimistic concurrency', () => {
  it('sends an ETag with one document and refuses a stale If-Match with 412, changing nothing (REST)', async () => {
    const { id } = await create(payload, 'cases', { _status: 'published', title: 'Telekat' })
    const read = await app.api(`/api/cases/${id}?draft=true`, { token: editor })
    const tag = read.headers.get('etag')
    expect(tag).toBe(`"${read.body.updatedAt}"`)

    const first = await app.api(`/api/cases/${id}`, {
      body: { summary: 'Først' },
      headers: { 'If-Match': tag! },
      method: 'PATCH',
      token: editor,
    })
    expect(first.status).toBe(200)
    const newer = first.headers.get('etag')
    expect(newer).not.toBe(tag)

    const stale = await app.api(`/api/cases/${id}`, {
      body: { summary: 'Forældet' },
      headers: { 'If-Match': tag! },
      method: 'PATCH',
      token: admin,
    })
    expect(stale.status).toBe(412)
    expect(stale.body.errors[0].message).toContain('ændret, siden I hentede det')
    expect((await stored(id)).summary).toBe('Først')
    expect(
      (
        await app.api(`/api/cases/${id}`, {
          headers: { 'If-Match': tag! },
          method: 'DELETE',
          token: admin,
        })
      ).status,
    ).toBe(412)
    expect(
      (
        await app.api(`/api/cases/${id}`, {
          headers: { 'If-Match': `W/${newer}` },
          method: 'DELETE',
          token: admin,
        })
      ).status,
    ).toBe(412)

    expect(
      (
        await app.api(`/api/cases/${id}`, {
          body: { summary: 'Igen' },
          headers: { 'If-Match': `"x", ${newer}` },
          method: 'PATCH',
          token: admin,
        })
      ).status,
    ).toBe(200)
    expect(
      (
        await app.api(`/api/cases/${id}`, {
          body: { summary: 'Alle' },
          headers: { 'If-Match': '*' },
          method: 'PATCH',
          token: admin,
        })
      ).status,
    ).toBe(200)
  })

  it('takes If-Match on GraphQL mutations too, with updatedAt as the tag', async () => {
    const { id, updatedAt } = await create(payload, 'cases', {
      _status: 'published',
      title: 'Telekat',
    })
    const update = (summary: string, tag: string) =>
      app.api('/api/graphql', {
        body: {
          query:
            'mutation ($id: Int!, $summary: String) { updateCase(id: $id, data: { summary: $summary }) { updatedAt } }',
          variables: { id, summary },
        },
        headers: { 'If-Match': tag },
        method: 'POST',
        token: editor,
      })
    const first = await update('Først', `"${updatedAt}"`)
    expect(first.body.errors).toBeUndefined()
    const stale = await update('Forældet', `"${updatedAt}"`)
    expect(stale.body.errors[0]).toMatchObject({ extensions: { statusCode: 412 } })
    expect((await stored(id)).summary).toBe('Først')
  })

  it('guards a global the same way', async () => {
    // A global never saved has no version to name.
    expect(
      (await app.api('/api/globals/catalog?draft=true', { token: editor })).headers.get('etag'),
    ).toBeNull()
    expect(
      (
        await app.api('/api/globals/catalog?draft=true', {
          body: { title: 'Kataloget' },
          method: 'POST',
          token: editor,
        })
      ).status,
    ).toBe(200)
    const read = await app.api('/api/globals/catalog?draft=true', { token: editor })
    const tag = read.headers.get('etag')!
    expect(tag).toMatch(/^".+"$/)
    expect(
      (
        await app.api('/api/globals/catalog?draft=true', {
          body: { title: 'Modelkataloget' },
          headers: { 'If-Match': tag },
          method: 'POST',
          token: editor,
        })
      ).status,
    ).toBe(200)
    expect(
      (
        await app.api('/api/globals/catalog?draft=true', {
          body: { title: 'Forældet' },
          headers: { 'If-Match': tag },
          method: 'POST',
          token: editor,
        })
      ).status,
    ).toBe(412)
  })
})

describe('visibility changes only when asked', () => {
  const publishedWithNewerDraft = async () => {
    const doc = await create(payload, 'cases', {
      slug: 'telekat',
      _status: 'published',
      summary: 'Offentlig',
      title: 'Telekat',
    })
    expect(
      (
        await app.api(`/api/cases/${doc.id}?draft=true`, {
          body: { summary: 'Kladde' },
          method: 'PATCH',
          token: editor,
        })
      ).status,
    ).toBe(200)
    return doc.id
  }
  const stillPublic = async (id: number, summary: string) => {
    const { body, status } = await app.api(`/api/cases/${id}`)
    expect(status).toBe(200)
    expect(body.summary).toBe(summary)
    expect((await app.api('/api/search?where[slug][equals]=telekat')).body.totalDocs).toBe(1)
  }

  it('refuses a plain write to a published document with a newer draft with 409 saying how to ask (REST)', async () => {
    const id = await publishedWithNewerDraft()
    const plain = await app.api(`/api/cases/${id}`, {
      body: { international: true },
      method: 'PATCH',
      token: editor,
    })
    expect(plain.status).toBe(409)
    expect(plain.body.errors[0].message).toContain('draft=true')
    await stillPublic(id, 'Offentlig')
    expect((await stored(id, true)).international).not.toBe(true)

    // Asked: into the draft (the published version stays), or publish the draft with the change.
    expect(
      (
        await app.api(`/api/cases/${id}?draft=true`, {
          body: { international: true },
          method: 'PATCH',
          token: editor,
        })
      ).status,
    ).toBe(200)
    await stillPublic(id, 'Offentlig')
    expect(
      (
        await app.api(`/api/cases/${id}`, {
          body: { _status: 'published', organisation: 'Demo Kommune' },
          method: 'PATCH',
          token: editor,
        })
      ).status,
    ).toBe(200)
    await stillPublic(id, 'Kladde')
  })

  it('reads `_status: null` as unsaid, and refuses a plain bulk write to a collection with drafts', async () => {
    const id = await publishedWithNewerDraft()
    expect(
      (
        await app.api(`/api/cases/${id}`, {
          body: { _status: null, international: true },
          method: 'PATCH',
          token: editor,
        })
      ).status,
    ).toBe(409)
    expect(
      (
        await app.api(`/api/cases?where[id][equals]=${id}`, {
          body: { international: true },
          method: 'PATCH',
          token: editor,
        })
      ).status,
    ).toBe(409)
    await stillPublic(id, 'Offentlig')
    expect((await stored(id, true)).summary).toBe('Kladde')
    expect(
      (
        await app.api(`/api/cases?where[id][equals]=${id}&draft=true`, {
          body: { international: true },
          headers: { 'If-Match': '*' },
          method: 'PATCH',
          token: editor,
        })
      ).status,
    ).toBe(412)
  })

  it('refuses the same over GraphQL', async () => {
    const id = await publishedWithNewerDraft()
    const { body } = await app.graphql(
      'mutation ($id: Int!) { updateCase(id: $id, data: { international: true }) { id } }',
      { id },
      editor,
    )
    expect(body.errors?.[0]).toMatchObject({ extensions: { statusCode: 409 } })
    await stillPublic(id, 'Offentlig')
  })

  it('keeps a published document without a newer draft published on a plain write', async () => {
    const { id } = await create(payload, 'cases', {
      slug: 'telekat',
      _status: 'published',
      summary: 'Offentlig',
      title: 'Telekat',
    })
    expect(
      (
        await app.api(`/api/cases/${id}`, {
          body: { summary: 'Rettet' },
          method: 'PATCH',
          token: editor,
        })
      ).status,
    ).toBe(200)
    await stillPublic(id, 'Rettet')
  })
})

describe('slugs', () => {
  it('are unique across drafts and published versions on every save, with a clear 400 for a taken one', async () => {
    const published = await create(payload, 'cases', {
      slug: 'telekat',
      _status: 'published',
      title: 'Telekat',
    })
    const other = await create(payload, 'cases', { _status: 'draft', title: 'Noget andet' })
    const taken = await app.api(`/api/cases/${other.id}?draft=true`, {
      body: { slug: 'telekat' },
      method: 'PATCH',
      token: editor,
    })
    expect(taken.status).toBe(400)
    expect(taken.body.errors[0].data.errors[0]).toMatchObject({ path: 'slug' })
    expect(taken.body.errors[0].data.errors[0].message).toContain('“telekat” bruges allerede')
    const draftSlug = await app.api('/api/cases?draft=true', {
      body: { slug: 'kladde-slug', title: 'Kladde' },
      method: 'POST',
      token: editor,
    })
    expect(draftSlug.status).toBe(201)
    // A draft's slug is taken too, by the published and the unpublished alike.
    expect(
      (
        await app.api(`/api/cases/${published.id}?draft=true`, {
          body: { slug: 'kladde-slug' },
          method: 'PATCH',
          token: editor,
        })
      ).status,
    ).toBe(400)
    const graphql = await app.graphql(
      'mutation ($id: Int!) { updateCase(id: $id, draft: true, data: { slug: "telekat" }) { slug } }',
      { id: other.id },
      editor,
    )
    expect(JSON.stringify(graphql.body.errors)).toContain('“telekat” bruges allerede')
  })

  it('made from the title take the first free number, and are never empty', async () => {
    const slugOf = async (title: string) =>
      (await app.api('/api/cases?draft=true', { body: { title }, method: 'POST', token: editor }))
        .body.doc.slug
    expect(await slugOf('Telekat')).toBe('telekat')
    expect(await slugOf('Telekat')).toBe('telekat-2')
    expect(await slugOf('🙂🙂')).toBe('case')
    expect(await slugOf('🙂')).toBe('case-2')
    const dilemma = await app.api('/api/dilemmas?draft=true', {
      body: { question: '?', title: '🤔' },
      method: 'POST',
      token: editor,
    })
    expect(dilemma.body.doc.slug).toBe('dilemma')
  })
})
