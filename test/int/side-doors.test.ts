/**
 * No side door past the rights (issue 19): data derived from a write follows the stored document
 * whatever the write asked to get back; document locks and preferences belong to their user;
 * only those who look after an account lift its lockout; cookies count only from this server's
 * own origin; ownership and review fields are the server's; `locale=all` hides what it must.
 */
import type { CollectionSlug, Payload } from 'payload'

import { beforeEach, describe, expect, it } from 'vitest'

import type { TestApp } from '../helpers/testApp'
import type { Viewer } from '../helpers/transports'

import { create } from '../helpers/content'
import { type Mailbox, mailboxPerFile } from '../helpers/mailbox'
import { type PartnerWorld, partnerWorldPerFile } from '../helpers/partnerWorld'
import { PASSWORD } from '../helpers/users'

let app: TestApp
let payload: Payload
let world: PartnerWorld
let mailbox: Mailbox

partnerWorldPerFile((context) => ({ app, payload, world } = context), {
  env: mailboxPerFile((started) => (mailbox = started)),
})
beforeEach(async () => {
  for (const collection of [
    'comments',
    'cases',
    'posts',
    'newsletters',
    'payload-locked-documents',
  ] as const) {
    await payload.delete({ collection, where: { id: { exists: true } } })
  }
})

type Written = { id: number }

/** A write that asks for the least back: one field (REST and Local API `select`, GraphQL's selection). */
type NarrowWriter = {
  create: (
    viewer: Viewer,
    collection: CollectionSlug,
    data: Record<string, unknown>,
    draft?: boolean,
  ) => Promise<Written>
  name: string
  update: (
    viewer: Viewer,
    collection: CollectionSlug,
    id: number,
    data: Record<string, unknown>,
    draft?: boolean,
  ) => Promise<Written>
}

const SINGULAR: Record<string, string> = {
  cases: 'Case',
  newsletters: 'Newsletter',
  partners: 'Partner',
  posts: 'Post',
}

const ok = <T>(status: number, body: unknown, pick: () => T): T => {
  if (status >= 300) {
    throw new Error(`refused (${status}): ${JSON.stringify(body)}`)
  }
  return pick()
}

const writers: NarrowWriter[] = [
  {
    name: 'REST',
    create: async (viewer, collection, data, draft) => {
      const { body, status } = await app.api(
        `/api/${collection}?select[updatedAt]=true${draft ? '&draft=true' : ''}`,
        { body: data, method: 'POST', token: viewer.token },
      )
      return ok(status, body, () => body.doc)
    },
    update: async (viewer, collection, id, data, draft) => {
      const { body, status } = await app.api(
        `/api/${collection}/${id}?select[updatedAt]=true${draft ? '&draft=true' : ''}`,
        { body: data, method: 'PATCH', token: viewer.token },
      )
      return ok(status, body, () => body.doc)
    },
  },
  {
    name: 'GraphQL',
    create: async (viewer, collection, data, draft) => {
      const name = SINGULAR[collection]
      const { body, status } = await app.graphql(
        `mutation ($data: mutation${name}Input!, $draft: Boolean) { create${name}(data: $data, draft: $draft) { id } }`,
        { data, draft: Boolean(draft) },
        viewer.token,
      )
      return ok(body.errors ? 400 : status, body, () => body.data![`create${name}`])
    },
    update: async (viewer, collection, id, data, draft) => {
      const name = SINGULAR[collection]
      const { body, status } = await app.graphql(
        `mutation ($id: Int!, $data: mutation${name}UpdateInput!, $draft: Boolean) { update${name}(id: $id, data: $data, draft: $draft) { id } }`,
        { id, data, draft: Boolean(draft) },
        viewer.token,
      )
      return ok(body.errors ? 400 : status, body, () => body.data![`update${name}`])
    },
  },
  {
    name: 'Local API',
    create: async (viewer, collection, data, draft) =>
      (await payload.create({
        collection,
        data: data as never,
        draft,
        overrideAccess: false,
        select: { updatedAt: true },
        user: viewer.user,
      })) as Written,
    update: async (viewer, collection, id, data, draft) =>
      (await payload.update({
        id,
        collection,
        data: data as never,
        draft,
        overrideAccess: false,
        select: { updatedAt: true },
        user: viewer.user,
      })) as Written,
  },
]

/** What the public search shows of one document. */
const searchEntry = async (collection: string, id: number) => {
  const { body } = await app.api(
    `/api/search?where[doc.relationTo][equals]=${collection}&where[doc.value][equals]=${id}`,
  )
  return body.docs.map(({ slug, summary, title }: Record<string, unknown>) => ({
    slug,
    summary,
    title,
  }))
}

describe.each(writers.map((writer) => [writer.name, writer] as const))(
  'derived data after narrow writes over %s',
  (_name, writer) => {
    it('search entries follow the stored document: drafts never, published as published, unpublished gone', async () => {
      const { editor, steeringUser } = world.viewers
      const draft = await writer.create(
        steeringUser,
        'cases',
        { summary: 'Ikke gennemset', title: 'Hemmelig kladde' },
        true,
      )
      expect(await searchEntry('cases', draft.id)).toEqual([])
      await writer.update(
        steeringUser,
        'cases',
        draft.id,
        { summary: 'Stadig ikke gennemset' },
        true,
      )
      expect(await searchEntry('cases', draft.id)).toEqual([])
      const post = await writer.create(
        steeringUser,
        'posts',
        { summary: 'Kladde', title: 'Hemmeligt indlæg' },
        true,
      )
      expect(await searchEntry('posts', post.id)).toEqual([])

      await writer.update(editor, 'cases', draft.id, { _status: 'published' })
      const published = [
        { slug: 'hemmelig-kladde', summary: 'Stadig ikke gennemset', title: 'Hemmelig kladde' },
      ]
      expect(await searchEntry('cases', draft.id)).toEqual(published)
      // A partner's new draft of its published case leaves the public entry as published.
      await writer.update(
        steeringUser,
        'cases',
        draft.id,
        { summary: 'Ny, ikke gennemset', title: 'Ny titel' },
        true,
      )
      expect(await searchEntry('cases', draft.id)).toEqual(published)

      await writer.update(editor, 'cases', draft.id, { _status: 'draft' })
      expect(await searchEntry('cases', draft.id)).toEqual([])
    })

    it('review emails, logo visibility and newsletter mentions follow the stored document', async () => {
      const { editor, steeringUser } = world.viewers
      const kase = await writer.create(steeringUser, 'cases', { title: 'Til gennemsyn' }, true)
      await writer.update(steeringUser, 'cases', kase.id, { reviewStatus: 'submitted' }, true)
      expect((await mailbox.waitFor('editor@example.dk', /Til gennemsyn/)).subject).toBe(
        'Til gennemsyn: Til gennemsyn',
      )

      const working = world.partners.working
      const logoShown = async () =>
        (await app.api(`/api/partners/${working.id}?depth=1`)).body.logo !== undefined
      expect(await logoShown()).toBe(false)
      await writer.update(editor, 'partners', working.id, { tier: 'steering' })
      expect(await logoShown()).toBe(true)
      await writer.update(editor, 'partners', working.id, { tier: 'working' })
      expect(await logoShown()).toBe(false)

      const issue = await writer.create(editor, 'newsletters', {
        _status: 'published',
        date: '2011-09-01T00:00:00.000Z',
        title: 'Nyhedsbrev',
      })
      const stored = await payload.findByID({ id: issue.id, collection: 'newsletters', depth: 0 })
      expect(stored.mentions).toEqual([world.partners.steering.id])
    })
  },
)

describe('status and search, written the unusual ways', () => {
  it('a write with `_status: null` stays a draft, and is not indexed (REST and GraphQL)', async () => {
    const { steeringUser } = world.viewers
    const rest = await app.api('/api/cases?select[id]=true', {
      body: { _status: null, summary: 'Fortroligt', title: 'Tom status' },
      method: 'POST',
      token: steeringUser.token,
    })
    expect(rest.status, JSON.stringify(rest.body)).toBe(201)
    const gql = await app.graphql(
      'mutation { createPost(data: { title: "Tom status indlæg", _status: null }) { id } }',
      {},
      steeringUser.token,
    )
    expect(gql.body.errors).toBeUndefined()
    for (const [collection, id] of [
      ['cases', rest.body.doc.id],
      ['posts', gql.body.data.createPost.id],
    ] as const) {
      expect((await payload.findByID({ id, collection, depth: 0, draft: true }))._status).toBe(
        'draft',
      )
      expect(await searchEntry(collection, id)).toEqual([])
    }
  })

  it('several GraphQL mutations on one document in one request leave the index as the last one left it', async () => {
    const { editor } = world.viewers
    const kase = await create(payload, 'cases', { _status: 'draft', title: 'To gange' })
    const { body } = await app.graphql(
      `mutation { a: updateCase(id: ${kase.id}, data: { _status: published }) { id } b: updateCase(id: ${kase.id}, data: { _status: draft, title: "Trukket tilbage" }) { _status } }`,
      {},
      editor.token,
    )
    expect(body.data.b._status).toBe('draft')
    expect(await searchEntry('cases', kase.id)).toEqual([])
  })
})

describe('document locks and preferences (Payload’s own collections)', () => {
  const lock = (
    viewer: Viewer,
    document: { relationTo: string; value: number },
    user = viewer.user!,
  ) =>
    app.api('/api/payload-locked-documents', {
      body: { document, user: { relationTo: 'users', value: user.id } },
      method: 'POST',
      token: viewer.token,
    })

  it('a user locks only documents it may edit, only in its own name, and sees only its own locks', async () => {
    const { editor, steeringUser, workingUser } = world.viewers
    const partnerPage = { relationTo: 'partners', value: world.partners.steering.id }
    // The attack seen: a partner locking someone else's page in the editor's name.
    expect((await lock(workingUser, partnerPage, editor.user)).status).toBe(403)
    expect((await lock(workingUser, partnerPage)).status).toBe(403)
    expect(
      (
        await lock(
          workingUser,
          { relationTo: 'partners', value: world.partners.working.id },
          editor.user,
        )
      ).status,
    ).toBe(403)
    // The same over GraphQL: in another's name, or on a page one may not edit.
    const lockOverGraphQL = (value: number, user: number) =>
      app.graphql(
        `mutation { createPayloadLockedDocument(data: { document: { relationTo: partners, value: ${value} }, user: { relationTo: users, value: ${user} } }) { id } }`,
        {},
        workingUser.token,
      )
    for (const attempt of [
      await lockOverGraphQL(world.partners.steering.id, workingUser.user!.id),
      await lockOverGraphQL(world.partners.working.id, editor.user!.id),
    ]) {
      expect(
        (attempt.body.errors?.[0]?.extensions as { statusCode?: number } | undefined)?.statusCode,
      ).toBe(403)
    }

    const own = await lock(steeringUser, partnerPage)
    expect(own.status, JSON.stringify(own.body)).toBe(201)
    const editors = await lock(editor, { relationTo: 'partners', value: world.partners.working.id })
    expect(editors.status).toBe(201)

    const listed = async (viewer: Viewer) =>
      (
        await app.api('/api/payload-locked-documents?depth=0', { token: viewer.token })
      ).body.docs?.map((doc: { id: number }) => doc.id) ?? []
    expect(await listed(steeringUser)).toEqual([own.body.doc.id])
    expect(await listed(workingUser)).toEqual([])
    expect((await listed(editor)).sort()).toEqual([own.body.doc.id, editors.body.doc.id].sort())
    const gql = await app.graphql(
      '{ PayloadLockedDocuments { docs { id } } }',
      {},
      workingUser.token,
    )
    expect(gql.body.data.PayloadLockedDocuments.docs).toEqual([])

    // Nobody but its user removes or rewrites a lock; staff may take one over (to themselves only).
    expect(
      (
        await app.api(`/api/payload-locked-documents/${editors.body.doc.id}`, {
          method: 'DELETE',
          token: workingUser.token,
        })
      ).status,
    ).toBe(403)
    const takeOver = (viewer: Viewer, user: Viewer) =>
      app.api(`/api/payload-locked-documents/${own.body.doc.id}`, {
        body: { user: { relationTo: 'users', value: user.user!.id } },
        method: 'PATCH',
        token: viewer.token,
      })
    expect((await takeOver(workingUser, workingUser)).status).toBe(403)
    expect((await takeOver(editor, world.viewers.admin)).status).toBe(403)
    // A lock cannot be moved onto a document its user may not edit, nor rewritten by staff without taking it over.
    const mine = await lock(workingUser, {
      relationTo: 'partners',
      value: world.partners.working.id,
    })
    expect(mine.status).toBe(201)
    const move = (viewer: Viewer, id: number, data: Record<string, unknown>) =>
      app.api(`/api/payload-locked-documents/${id}`, {
        body: data,
        method: 'PATCH',
        token: viewer.token,
      })
    expect((await move(workingUser, mine.body.doc.id, { document: partnerPage })).status).toBe(403)
    expect(
      (await move(workingUser, mine.body.doc.id, { document: null, globalSlug: 'catalog' })).status,
    ).toBe(403)
    expect(
      (await move(world.viewers.admin, editors.body.doc.id, { document: partnerPage })).status,
    ).toBe(403)
    expect((await takeOver(editor, editor)).status).toBe(200)
    expect(
      (
        await app.api(`/api/payload-locked-documents/${own.body.doc.id}`, {
          method: 'DELETE',
          token: editor.token,
        })
      ).status,
    ).toBe(200)
  })

  it('a preview key writes no lock and no preference; users read only their own preferences', async () => {
    const key = 'side-doors-preview-key'
    const made = await app.api('/api/users', {
      body: {
        apiKey: key,
        email: 'preview@example.dk',
        enableAPIKey: true,
        password: PASSWORD,
        roles: ['preview'],
      },
      method: 'POST',
      token: world.viewers.admin.token,
    })
    expect(made.status).toBe(201)
    const asKey = { Authorization: `users API-Key ${key}` }
    const document = {
      relationTo: 'cases',
      value: (await create(payload, 'cases', { title: 'Låst' })).id,
    }
    const tries = [
      app.api('/api/payload-locked-documents', {
        body: { document, user: { relationTo: 'users', value: made.body.doc.id } },
        headers: asKey,
        method: 'POST',
      }),
      app.api('/api/payload-preferences/nav', {
        body: { value: { open: true } },
        headers: asKey,
        method: 'POST',
      }),
      app.api('/api/payload-preferences', {
        body: { key: 'nav', value: {} },
        headers: asKey,
        method: 'POST',
      }),
    ]
    for (const attempt of await Promise.all(tries)) {
      expect(attempt.status).toBe(403)
    }
    const gql = await app.api('/api/graphql', {
      body: {
        query: 'mutation { createPayloadPreference(data: { key: "nav", value: {} }) { id } }',
      },
      headers: asKey,
      method: 'POST',
    })
    expect(
      (gql.body.errors?.[0]?.extensions as { statusCode?: number } | undefined)?.statusCode,
    ).toBe(403)
    expect(
      await payload.count({
        collection: 'payload-preferences',
        where: { 'user.value': { equals: made.body.doc.id } },
      }),
    ).toEqual({ totalDocs: 0 })

    const { steeringUser, workingUser } = world.viewers
    expect(
      (
        await app.api('/api/payload-preferences/nav', {
          body: { value: { open: true } },
          method: 'POST',
          token: steeringUser.token,
        })
      ).status,
    ).toBe(200)
    const theirs = await app.api('/api/payload-preferences?depth=0', { token: workingUser.token })
    expect(theirs.body.docs).toEqual([])
  })
})

describe('account lockout', () => {
  const lockOut = async (email: string) => {
    for (let attempt = 0; attempt < 5; attempt++) {
      await app.api('/api/users/login', {
        body: { email, password: 'wrong-password-here' },
        method: 'POST',
      })
    }
    expect(
      (await app.api('/api/users/login', { body: { email, password: PASSWORD }, method: 'POST' }))
        .status,
    ).toBe(401)
  }
  const unlock = (viewer: Viewer, email: string) =>
    app.api('/api/users/unlock', { body: { email }, method: 'POST', token: viewer.token })

  it('is lifted only by an admin, or an editor for a partner user; never by the partner users themselves', async () => {
    const { admin, editor, steeringUser, workingUser } = world.viewers
    const victim = await payload.create({
      collection: 'users',
      data: {
        email: 'locked@example.dk',
        partner: world.partners.working.id,
        password: PASSWORD,
        roles: ['partner'],
      },
    })
    await lockOut(victim.email)
    // The locked account answers like an address without an account.
    const refusal = async (email: string) =>
      (await app.api('/api/users/login', { body: { email, password: PASSWORD }, method: 'POST' }))
        .body.errors[0].message
    expect(await refusal(victim.email)).toBe(await refusal('nobody@example.dk'))
    expect(await refusal(victim.email)).toMatch(/låst i ti minutter/)
    for (const viewer of [workingUser, steeringUser]) {
      expect((await unlock(viewer, victim.email)).status).toBe(403)
    }
    // Unknown and known addresses answer alike: no oracle.
    expect((await unlock(workingUser, 'nobody@example.dk')).status).toBe(403)
    const gql = await app.graphql(
      `mutation { unlockUser(email: "${victim.email}") }`,
      {},
      workingUser.token,
    )
    expect(gql.body.errors?.length).toBeGreaterThan(0)
    expect(
      (
        await app.api('/api/users/login', {
          body: { email: victim.email, password: PASSWORD },
          method: 'POST',
        })
      ).status,
    ).toBe(401)

    expect((await unlock(editor, victim.email)).status).toBe(200)
    expect(
      (
        await app.api('/api/users/login', {
          body: { email: victim.email, password: PASSWORD },
          method: 'POST',
        })
      ).status,
    ).toBe(200)

    // An account with the admin role is no editor's, whatever other roles it has: no unlock, no new password or email.
    const both = await payload.create({
      collection: 'users',
      data: {
        email: 'begge@example.dk',
        partner: world.partners.working.id,
        password: PASSWORD,
        roles: ['admin', 'partner'],
      },
    })
    await lockOut(both.email)
    await unlock(editor, both.email)
    expect(
      (
        await app.api('/api/users/login', {
          body: { email: both.email, password: PASSWORD },
          method: 'POST',
        })
      ).status,
    ).toBe(401)
    for (const change of [
      { password: 'en-helt-ny-adgangskode-2011' },
      { email: 'overtaget@example.dk' },
    ]) {
      expect(
        (
          await app.api(`/api/users/${both.id}`, {
            body: change,
            method: 'PATCH',
            token: editor.token,
          })
        ).status,
      ).toBe(403)
    }
    const overGraphQL = await app.graphql(
      `mutation { updateUser(id: ${both.id}, data: { email: "overtaget@example.dk" }) { id } }`,
      {},
      editor.token,
    )
    expect(
      (overGraphQL.body.errors?.[0]?.extensions as { statusCode?: number } | undefined)?.statusCode,
    ).toBe(403)
    await app.graphql(`mutation { unlockUser(email: "${both.email}") }`, {}, editor.token)
    expect(
      (
        await app.api('/api/users/login', {
          body: { email: both.email, password: PASSWORD },
          method: 'POST',
        })
      ).status,
    ).toBe(401)
    expect((await payload.findByID({ id: both.id, collection: 'users' })).email).toBe(
      'begge@example.dk',
    )

    // An editor does not lift an admin's or another editor's lockout; an admin does.
    const colleague = await payload.create({
      collection: 'users',
      data: { email: 'kollega@example.dk', password: PASSWORD, roles: ['editor'] },
    })
    await lockOut(colleague.email)
    await unlock(editor, colleague.email)
    expect(
      (
        await app.api('/api/users/login', {
          body: { email: colleague.email, password: PASSWORD },
          method: 'POST',
        })
      ).status,
    ).toBe(401)
    expect((await unlock(admin, colleague.email)).status).toBe(200)
    expect(
      (
        await app.api('/api/users/login', {
          body: { email: colleague.email, password: PASSWORD },
          method: 'POST',
        })
      ).status,
    ).toBe(200)
  })
})

describe('the login cookie from another origin (CSRF), FRONTEND_ORIGINS unset', () => {
  const cookieOf = async (email: string) => {
    const login = await fetch(new URL('/api/users/login', app.url()), {
      body: JSON.stringify({ email, password: PASSWORD }),
      headers: { 'Content-Type': 'application/json' },
      method: 'POST',
    })
    return login.headers
      .getSetCookie()
      .find((value) => value.startsWith('payload-token='))!
      .split(';')[0]
  }

  it('is ignored on JSON, multipart and form bodies from a foreign origin, and honoured from the server’s own', async () => {
    const target = await create(payload, 'cases', {
      _status: 'published',
      openForDebate: true,
      title: 'Til debat',
    })
    const cookie = await cookieOf('workinguser@example.dk')
    const comment = { body: 'Et indlæg udefra', target: { relationTo: 'cases', value: target.id } }
    const multipart = () => {
      const form = new FormData()
      form.append('_payload', JSON.stringify(comment))
      return form
    }
    const form = new URLSearchParams({ _payload: JSON.stringify(comment) })
    const post = (origin: string, body: BodyInit, type?: string) =>
      fetch(new URL('/api/comments', app.url()), {
        body,
        headers: { Cookie: cookie, Origin: origin, ...(type ? { 'Content-Type': type } : {}) },
        method: 'POST',
      })
    for (const origin of ['https://evil.example', 'http://localhost:1', 'http://127.0.0.1:1']) {
      expect((await post(origin, JSON.stringify(comment), 'application/json')).status).toBe(403)
      expect((await post(origin, multipart())).status).toBe(403)
      // Payload takes no form bodies at all (400); what matters is that nothing is written.
      expect(
        (await post(origin, form, 'application/x-www-form-urlencoded')).status,
      ).toBeGreaterThanOrEqual(400)
    }
    const graphql = async (origin: string) =>
      (await (
        await fetch(new URL('/api/graphql', app.url()), {
          body: JSON.stringify({
            query: `mutation { createComment(data: { body: "Over GraphQL", target: { relationTo: cases, value: ${target.id} } }) { id } }`,
          }),
          headers: { 'Content-Type': 'application/json', Cookie: cookie, Origin: origin },
          method: 'POST',
        })
      ).json()) as { data?: { createComment: { id: number } | null }; errors?: unknown[] }
    expect((await graphql('https://evil.example')).data?.createComment ?? null).toBeNull()
    expect(await payload.count({ collection: 'comments' })).toEqual({ totalDocs: 0 })
    expect((await graphql(new URL(app.url()).origin)).data?.createComment?.id).toBeGreaterThan(0)
    await payload.delete({ collection: 'comments', where: { id: { exists: true } } })
    // The admin UI, served from this origin, keeps its login.
    const own = await post(new URL(app.url()).origin, JSON.stringify(comment), 'application/json')
    expect(own.status, await own.text()).toBe(201)
  })
})

describe('ownership and review fields are the server’s', () => {
  it('a partner cannot claim another author; a duplicate starts as a fresh draft of the copier’s own', async () => {
    const { admin, editor, steeringUser } = world.viewers
    const created = await app.api('/api/posts?draft=true', {
      body: {
        author: admin.user!.id,
        partner: world.partners.working.id,
        submittedBy: admin.user!.id,
        title: 'Mit indlæg',
      },
      method: 'POST',
      token: steeringUser.token,
    })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    const post = await payload.findByID({
      id: created.body.doc.id,
      collection: 'posts',
      depth: 0,
      draft: true,
    })
    expect(post).toMatchObject({
      author: steeringUser.user!.id,
      partner: world.partners.steering.id,
      submittedBy: null,
    })

    // Through review and back: sent back with a message.
    await app.api(`/api/posts/${post.id}?draft=true`, {
      body: { reviewStatus: 'submitted' },
      method: 'PATCH',
      token: steeringUser.token,
    })
    const returned = await app.api(`/api/posts/${post.id}?draft=true`, {
      body: { reviewMessage: 'Kortere, tak', reviewStatus: 'returned' },
      method: 'PATCH',
      token: editor.token,
    })
    expect(returned.status).toBe(200)

    for (const viewer of [steeringUser, editor]) {
      const copy = await app.api(`/api/posts/${post.id}/duplicate?draft=true`, {
        body: {},
        method: 'POST',
        token: viewer.token,
      })
      expect(copy.status, JSON.stringify(copy.body)).toBe(200)
      const stored = await payload.findByID({
        id: copy.body.doc.id,
        collection: 'posts',
        depth: 0,
        draft: true,
      })
      expect(stored).toMatchObject({
        _status: 'draft',
        author: viewer.user!.id,
        partner: world.partners.steering.id,
        reviewMessage: null,
        reviewStatus: 'draft',
        submittedAt: null,
        submittedBy: null,
      })
    }
    // Publishing, then duplicating without asking for a draft: the copy is still a draft.
    await payload.update({ id: post.id, collection: 'posts', data: { _status: 'published' } })
    const copy = await app.api(`/api/posts/${post.id}/duplicate`, {
      body: {},
      method: 'POST',
      token: editor.token,
    })
    expect(copy.status, JSON.stringify(copy.body)).toBe(200)
    expect(
      (await payload.findByID({ id: copy.body.doc.id, collection: 'posts', depth: 0, draft: true }))
        ._status,
    ).toBe('draft')
    expect((await app.api(`/api/posts/${copy.body.doc.id}`)).status).toBe(404)
  })
})

describe('locale=all', () => {
  it('answers 200 for every collection and viewer, with hidden fields absent', async () => {
    const slugs = payload.config.collections
      .filter((collection) => collection.graphQL !== false)
      .map(({ slug }) => slug)
    for (const viewer of Object.values(world.viewers)) {
      for (const slug of slugs) {
        const { body, status } = await app.api(`/api/${slug}?locale=all&depth=1`, {
          token: viewer.token,
        })
        if (status >= 500) {
          console.log(app.output().slice(-3000))
        }
        expect(
          status,
          `${viewer.name} ${slug}: ${JSON.stringify(body).slice(0, 300)}`,
        ).toBeLessThan(500)
      }
      const partners = await app.api('/api/partners?locale=all&depth=1&limit=10', {
        token: viewer.token,
      })
      expect(partners.status).toBe(200)
      const working = partners.body.docs.find(
        (doc: { id: number }) => doc.id === world.partners.working.id,
      )
      if (viewer.name === 'anonymous' || viewer.name === 'SteeringUser') {
        expect(
          Object.keys(working).filter((key) =>
            ['contacts', 'logo', 'notes', 'presentation'].includes(key),
          ),
        ).toEqual([])
      }
    }
  })
})
