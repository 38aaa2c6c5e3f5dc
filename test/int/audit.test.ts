/**
 * The audit trail: who changed what, when, through which door and from where — written in the
 * change's own transaction, secrets never, and closed to every write over REST and GraphQL.
 */
import type { Payload } from 'payload'

import { commitTransaction, createLocalReq, initTransaction, killTransaction } from 'payload'
import { describe, expect, it } from 'vitest'

import type { TestApp } from '../helpers/testApp'

import { appPerFile } from '../helpers/appPerFile'
import { create } from '../helpers/content'
import { PASSWORD, userWithRole } from '../helpers/users'

let app: TestApp
let admin: string
let editor: string
let payload: Payload

appPerFile((context) => ({ admin, app, editor, payload } = context))

const entries = async (where: Record<string, unknown> = {}) =>
  (
    await payload.find({
      collection: 'audit-log',
      depth: 0,
      limit: 100,
      sort: 'createdAt',
      where: where as never,
    })
  ).docs

describe('the audit log records', () => {
  it('a publish through REST: who, door, client address', async () => {
    const { body } = await app.api('/api/cases', {
      body: { _status: 'published', summary: 'x', title: 'Revideret' },
      method: 'POST',
      token: editor,
    })
    const [entry] = await entries({
      and: [{ collection: { equals: 'cases' } }, { documentId: { equals: String(body.doc.id) } }],
    })
    expect(entry).toMatchObject({ action: 'publish', actor: 'editor@example.dk', door: 'rest' })
    expect(entry.clientAddress).toMatch(/127\.0\.0\.1/)
    await app.api(`/api/cases/${body.doc.id}`, {
      body: { _status: 'draft' },
      method: 'PATCH',
      token: editor,
    })
    await app.api(`/api/cases/${body.doc.id}`, { method: 'DELETE', token: editor })
    const actions = (await entries({ documentId: { equals: String(body.doc.id) } })).map(
      ({ action }) => action,
    )
    expect(actions).toEqual(['publish', 'unpublish', 'delete'])
  })

  it('a partner moved from the working to the steering tier, through GraphQL, with before → after', async () => {
    const partner = await create(payload, 'partners', {
      name: 'Odense Kommune',
      status: 'active',
      tier: 'working',
    })
    const answer = await app.graphql(
      `mutation { updatePartner(id: ${partner.id}, data: { tier: steering, ticketsExtra: 2 }) { tier } }`,
      {},
      admin,
    )
    expect(answer.body.errors).toBeUndefined()
    const [entry] = await entries({
      and: [{ collection: { equals: 'partners' } }, { action: { equals: 'update' } }],
    })
    expect(entry).toMatchObject({ actor: 'admin@example.dk', door: 'graphql' })
    expect(entry.changes).toEqual(
      expect.arrayContaining([
        { after: 'steering', before: 'working', field: 'tier' },
        { after: 2, before: 0, field: 'ticketsExtra' },
      ]),
    )
  })

  it('a change of a user’s roles, never a password or its hash', async () => {
    const { user } = await userWithRole(app, 'partner', 'rolle@example.dk')
    await app.api(`/api/users/${user.id}`, {
      body: { password: `${PASSWORD}-2`, roles: ['editor'] },
      method: 'PATCH',
      token: admin,
    })
    const [entry] = await entries({
      and: [
        { collection: { equals: 'users' } },
        { action: { equals: 'update' } },
        { documentId: { equals: String(user.id) } },
      ],
    })
    expect(entry.changes).toEqual([{ after: ['editor'], before: ['partner'], field: 'roles' }])
    expect(JSON.stringify(await entries())).not.toMatch(/"(hash|salt|password)"/)
  })

  it('failed logins, REST and GraphQL', async () => {
    expect(
      (
        await app.api('/api/users/login', {
          body: { email: 'editor@example.dk', password: 'forkert-kodeord-123' },
          method: 'POST',
        })
      ).status,
    ).toBe(401)
    await app.graphql(
      'mutation ($email: String!) { loginUser(email: $email, password: "forkert-kodeord-123") { token } }',
      { email: 'ukendt@example.dk' },
    )
    const failed = await entries({ action: { equals: 'loginFailed' } })
    expect(
      failed.map(({ changes, door }) => [door, (changes as Array<{ after: string }>)[0].after]),
    ).toEqual([
      ['rest', 'editor@example.dk'],
      ['graphql', 'ukendt@example.dk'],
    ])
  })

  it('nothing for a write that is rolled back, and no job either', async () => {
    const partner = await create(payload, 'partners', {
      name: 'Aarhus Kommune',
      status: 'active',
      tier: 'working',
    })
    const req = await createLocalReq({}, payload)
    await initTransaction(req)
    await payload.create({
      collection: 'invitations',
      data: { email: 'rulles@tilbage.dk', partner: partner.id },
      req,
    })
    await killTransaction(req)
    expect(await entries({ collection: { equals: 'invitations' } })).toEqual([])
    expect((await payload.count({ collection: 'payload-jobs' })).totalDocs).toBe(0)

    const committed = await createLocalReq({}, payload)
    await initTransaction(committed)
    await payload.create({
      collection: 'invitations',
      data: { email: 'bliver@her.dk', partner: partner.id },
      req: committed,
    })
    await commitTransaction(committed)
    expect(await entries({ collection: { equals: 'invitations' } })).toHaveLength(1)
  })
})

describe('nobody writes the audit log over an API, administrators included', () => {
  it('REST and GraphQL create, update and delete are refused', async () => {
    await create(payload, 'themes', { title: 'Et tema' })
    const [entry] = await entries()
    for (const token of [admin, editor, undefined]) {
      expect(
        (
          await app.api('/api/audit-log', {
            body: { action: 'create', collection: 'x' },
            method: 'POST',
            token,
          })
        ).status,
      ).toBe(403)
      expect(
        (
          await app.api(`/api/audit-log/${entry.id}`, {
            body: { summary: 'ændret' },
            method: 'PATCH',
            token,
          })
        ).status,
      ).toBe(403)
      expect(
        (await app.api(`/api/audit-log/${entry.id}`, { method: 'DELETE', token })).status,
      ).toBe(403)
      for (const mutation of [
        'mutation { createAuditLog(data: { action: create, collection: "x" }) { id } }',
        `mutation { updateAuditLog(id: ${entry.id}, data: { summary: "ændret" }) { id } }`,
        `mutation { deleteAuditLog(id: ${entry.id}) { id } }`,
      ]) {
        const { body } = await app.graphql(mutation, {}, token)
        expect(body.errors?.[0]?.message).toBeTruthy()
        expect(body.data?.[Object.keys(body.data ?? {})[0]] ?? null).toBeNull()
      }
    }
    expect(await payload.findByID({ id: entry.id, collection: 'audit-log' })).toMatchObject({
      summary: entry.summary,
    })
    expect((await app.api('/api/audit-log', { token: admin })).body.totalDocs).toBeGreaterThan(0)
    expect((await app.api('/api/audit-log', { token: editor })).status).toBe(403)
  })
})
