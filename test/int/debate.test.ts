/**
 * The debate: who writes comments and on what, how everybody reads them (newest first, paged,
 * hidden ones gone), authors' edit window, moderation with a reason, and text that stays text.
 */
import type { Payload } from 'payload'

import pg from 'pg'
import { beforeEach, describe, expect, it } from 'vitest'

import type { TestApp } from '../helpers/testApp'
import type { Viewer } from '../helpers/transports'

import { create } from '../helpers/content'
import { type PartnerWorld, partnerWorldPerFile } from '../helpers/partnerWorld'

let app: TestApp
let payload: Payload
let world: PartnerWorld

partnerWorldPerFile((context) => ({ app, payload, world } = context))

let dilemma: { id: number }
beforeEach(async () => {
  for (const collection of ['comments', 'cases', 'dilemmas'] as const) {
    await payload.delete({ collection, where: { id: { exists: true } } })
  }
  dilemma = await create(payload, 'dilemmas', {
    _status: 'published',
    question: 'Hvor meget skal borgeren selv?',
    title: 'Frihed eller tryghed?',
  })
})

const write = (
  viewer: Viewer,
  body: string,
  target: { relationTo: string; value: number } = { relationTo: 'dilemmas', value: dilemma.id },
) => app.api('/api/comments', { body: { body, target }, method: 'POST', token: viewer.token })

const edit = (viewer: Viewer, id: number, data: Record<string, unknown>) =>
  app.api(`/api/comments/${id}`, { body: data, method: 'PATCH', token: viewer.token })

const paths = (body: any): string[] =>
  body.errors?.[0]?.data?.errors?.map((error: { path: string }) => error.path) ?? []

describe('who writes, on what', () => {
  it('partner users of any tier and editors write; the author is whoever is logged in', async () => {
    for (const viewer of [
      world.viewers.workingUser,
      world.viewers.steeringUser,
      world.viewers.editor,
    ]) {
      const { body, status } = await app.api('/api/comments', {
        body: {
          author: world.viewers.admin.user!.id,
          body: `Indlæg fra ${viewer.name}`,
          target: { relationTo: 'dilemmas', value: dilemma.id },
        },
        method: 'POST',
        token: viewer.token,
      })
      expect(status).toBe(201)
      expect(body.doc.author.id ?? body.doc.author).toBe(viewer.user!.id)
    }
  })

  it('anonymous visitors read but do not write (403, nothing stored)', async () => {
    const { status } = await write(world.viewers.anonymous, 'Anonymt')
    expect(status).toBe(403)
    expect((await payload.count({ collection: 'comments' })).totalDocs).toBe(0)
  })

  it('only on published material, and on cases only when open for debate (400 naming the target)', async () => {
    const draft = await create(payload, 'dilemmas', {
      _status: 'draft',
      question: 'Hvad nu?',
      title: 'Kladde',
    })
    const closed = await create(payload, 'cases', {
      _status: 'published',
      openForDebate: false,
      title: 'Lukket',
    })
    const open = await create(payload, 'cases', {
      _status: 'published',
      openForDebate: true,
      title: 'Åben',
    })
    for (const target of [
      { relationTo: 'dilemmas', value: draft.id },
      { relationTo: 'cases', value: closed.id },
      { relationTo: 'cases', value: 999999 },
    ]) {
      const { body, status } = await write(world.viewers.workingUser, 'Et indlæg', target)
      expect(status).toBe(400)
      expect(paths(body)).toContain('target')
    }
    expect(
      (await write(world.viewers.workingUser, 'Et indlæg', { relationTo: 'cases', value: open.id }))
        .status,
    ).toBe(201)
    expect((await payload.count({ collection: 'comments' })).totalDocs).toBe(1)
  })

  it('is plain text of limited length: HTML stays text, links become safe links', async () => {
    const tooLong = await write(world.viewers.workingUser, 'x'.repeat(4001))
    expect(tooLong.status).toBe(400)
    expect(paths(tooLong.body)).toContain('body')

    const hostile =
      '<script>alert(1)</script><img src=x onerror=alert(2)>\n\nSe https://example.dk/rapport?a=1&b=2. Og svar.'
    const { body } = await write(world.viewers.workingUser, hostile)
    expect(body.doc.body).toBe(hostile)
    const { body: read } = await app.graphql(`{ Comments { docs { body bodyHtml } } }`)
    const html = read.data.Comments.docs[0].bodyHtml as string
    expect(html).not.toMatch(/<script|<img/)
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
    expect(html).toContain(
      '<a href="https://example.dk/rapport?a=1&amp;b=2" rel="nofollow ugc noopener noreferrer">https://example.dk/rapport?a=1&amp;b=2</a>. Og svar.',
    )
    expect(html.startsWith('<p>')).toBe(true)
  })
})

describe('reading the debate', () => {
  it('newest first, paginated, on REST and GraphQL', async () => {
    for (const text of ['første', 'anden', 'tredje']) {
      await write(world.viewers.workingUser, text)
    }
    const where = `where[dilemma][equals]=${dilemma.id}`
    const page = await app.api(`/api/comments?${where}&limit=2`)
    expect(page.body.docs.map((comment: { body: string }) => comment.body)).toEqual([
      'tredje',
      'anden',
    ])
    expect(page.body).toMatchObject({ hasNextPage: true, totalDocs: 3 })
    const { body } = await app.graphql(
      `query ($id: JSON) { Comments(where: { dilemma: { equals: $id } }, limit: 2, page: 2) { totalDocs docs { body } } }`,
      { id: dilemma.id },
    )
    expect(body.errors).toBeUndefined()
    expect(body.data.Comments).toEqual({ docs: [{ body: 'første' }], totalDocs: 3 })
  })

  it('filters by the polymorphic target as { relationTo, value }; a bare id is a 400 saying so, not a 500', async () => {
    await write(world.viewers.workingUser, 'Om dilemmaet')
    const byReference = await app.api(
      `/api/comments?where[target][equals][relationTo]=dilemmas&where[target][equals][value]=${dilemma.id}`,
    )
    expect(byReference.body.totalDocs).toBe(1)
    const bare = await app.api(`/api/comments?where[target][equals]=${dilemma.id}`)
    expect(bare.status).toBe(400)
    expect(bare.body.errors[0].message).toContain('target.relationTo')
  })

  it('the dilemma carries its debate (join), newest first', async () => {
    for (const text of ['ældst', 'nyest']) {
      expect((await write(world.viewers.workingUser, text)).status).toBe(201)
    }
    const { body } = await app.graphql(
      `query ($id: Int!) { Dilemma(id: $id) { comments { docs { body } } } }`,
      { id: dilemma.id },
    )
    expect(body.data.Dilemma.comments.docs).toEqual([{ body: 'nyest' }, { body: 'ældst' }])
  })
})

describe('authors edit their own, for a while', () => {
  const age = async (id: number, minutes: number) => {
    // createdAt is not writable through Payload; the app's Local API set DATABASE_URI for this file.
    const client = new pg.Client({ connectionString: process.env.DATABASE_URI })
    await client.connect()
    await client.query(
      `UPDATE comments SET created_at = now() - make_interval(mins => $1) WHERE id = $2`,
      [minutes, id],
    )
    await client.end()
  }

  it('within fifteen minutes the author corrects the wording (not the target, not the moderation)', async () => {
    const { body } = await write(world.viewers.workingUser, 'Stavfjel')
    const other = await create(payload, 'dilemmas', {
      _status: 'published',
      question: 'Og så?',
      title: 'Andet',
    })
    const changed = await edit(world.viewers.workingUser, body.doc.id, {
      body: 'Stavefejl rettet',
      hidden: true,
      target: { relationTo: 'dilemmas', value: other.id },
    })
    expect(changed.status).toBe(200)
    const stored = await payload.findByID({ id: body.doc.id, collection: 'comments', depth: 0 })
    expect(stored).toMatchObject({
      body: 'Stavefejl rettet',
      hidden: false,
      target: { relationTo: 'dilemmas', value: dilemma.id },
    })
  })

  it("refuses someone else's comment, and the author's once the window has passed (403 saying why)", async () => {
    const { body } = await write(world.viewers.workingUser, 'Mit indlæg')
    const foreign = await edit(world.viewers.steeringUser, body.doc.id, { body: 'Overtaget' })
    expect(foreign.status).toBe(403)
    expect(foreign.body.errors[0].message).toContain('dine egne')
    const foreignGraphQL = await app.graphql(
      'mutation ($id: Int!) { updateComment(id: $id, data: { body: "Overtaget" }) { id } }',
      { id: body.doc.id },
      world.viewers.steeringUser.token,
    )
    expect(foreignGraphQL.body.errors?.[0].message).toContain('dine egne')
    await age(body.doc.id, 16)
    const late = await edit(world.viewers.workingUser, body.doc.id, { body: 'For sent' })
    expect(late.status).toBe(403)
    expect(late.body.errors[0].message).toContain('15 minutter')
    const lateGraphQL = await app.graphql(
      'mutation ($id: Int!) { updateComment(id: $id, data: { body: "For sent" }) { id } }',
      { id: body.doc.id },
      world.viewers.workingUser.token,
    )
    expect(lateGraphQL.body.errors?.[0].message).toContain('15 minutter')
    expect((await payload.findByID({ id: body.doc.id, collection: 'comments' })).body).toBe(
      'Mit indlæg',
    )
  })
})

describe('moderation', () => {
  it('editors hide with a reason; a hidden comment vanishes from every public read until unhidden', async () => {
    const { body } = await write(world.viewers.workingUser, 'Upassende')
    const id = body.doc.id as number

    const noReason = await edit(world.viewers.editor, id, { hidden: true })
    expect(noReason.status).toBe(400)
    expect(paths(noReason.body)).toContain('hiddenReason')

    expect(
      (await edit(world.viewers.editor, id, { hidden: true, hiddenReason: 'Personangreb' })).status,
    ).toBe(200)
    expect((await app.api('/api/comments')).body.docs).toEqual([])
    expect((await app.api(`/api/comments/${id}`)).status).toBe(404)
    const { body: graph } = await app.graphql(
      `query ($id: Int!) { Dilemma(id: $id) { comments { docs { id } } } Comments { totalDocs } }`,
      {
        id: dilemma.id,
      },
    )
    expect(graph.data).toEqual({ Comments: { totalDocs: 0 }, Dilemma: { comments: { docs: [] } } })
    // The partner's users (the author included) do not see it either, nor the reason.
    expect(
      (await app.api('/api/comments', { token: world.viewers.workingUser.token })).body.docs,
    ).toEqual([])
    const staffView = await app.api(`/api/comments/${id}`, { token: world.viewers.editor.token })
    expect(staffView.body).toMatchObject({ hidden: true, hiddenReason: 'Personangreb' })

    expect((await edit(world.viewers.editor, id, { hidden: false })).status).toBe(200)
    expect(
      (await app.api('/api/comments')).body.docs.map((comment: { id: number }) => comment.id),
    ).toEqual([id])
    expect((await app.api(`/api/comments/${id}`)).body.hiddenReason).toBeUndefined()
  })

  it('a withdrawn case takes its debate with it from every public read, and brings it back when published again', async () => {
    const telekat = await create(payload, 'cases', {
      _status: 'published',
      openForDebate: true,
      title: 'Telekat',
    })
    const { body } = await write(world.viewers.workingUser, 'Godt initiativ', {
      relationTo: 'cases',
      value: telekat.id,
    })
    const id = body.doc.id as number
    const publicReads = async () => ({
      byId: (await app.api(`/api/comments/${id}`)).status,
      graphql: (await app.graphql('{ Comments(where: { case: { exists: true } }) { totalDocs } }'))
        .body.data.Comments.totalDocs,
      list: (await app.api(`/api/comments?where[case][equals]=${telekat.id}`)).body.totalDocs,
      partner: (await app.api('/api/comments', { token: world.viewers.steeringUser.token })).body
        .totalDocs,
    })
    expect(await publicReads()).toEqual({ byId: 200, graphql: 1, list: 1, partner: 1 })

    expect(
      (
        await app.api(`/api/cases/${telekat.id}`, {
          body: { _status: 'draft' },
          method: 'PATCH',
          token: world.viewers.editor.token,
        })
      ).status,
    ).toBe(200)
    expect(await publicReads()).toEqual({ byId: 404, graphql: 0, list: 0, partner: 0 })
    // The editors still see it, to moderate.
    expect(
      (await app.api(`/api/comments/${id}`, { token: world.viewers.editor.token })).status,
    ).toBe(200)

    expect(
      (
        await app.api(`/api/cases/${telekat.id}`, {
          body: { _status: 'published' },
          method: 'PATCH',
          token: world.viewers.editor.token,
        })
      ).status,
    ).toBe(200)
    expect(await publicReads()).toEqual({ byId: 200, graphql: 1, list: 1, partner: 1 })
  })

  it('partner users cannot hide comments or delete them', async () => {
    const { body } = await write(world.viewers.steeringUser, 'Et indlæg')
    const other = await write(world.viewers.editor, 'Redaktionens indlæg')
    expect(
      (
        await edit(world.viewers.workingUser, other.body.doc.id, {
          hidden: true,
          hiddenReason: 'Nej',
        })
      ).status,
    ).toBe(403)
    expect(
      (
        await app.api(`/api/comments/${body.doc.id}`, {
          method: 'DELETE',
          token: world.viewers.steeringUser.token,
        })
      ).status,
    ).toBe(403)
    expect(
      (await payload.count({ collection: 'comments', where: { hidden: { equals: false } } }))
        .totalDocs,
    ).toBe(2)
  })
})
