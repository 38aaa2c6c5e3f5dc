import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { startApp, type TestApp } from '../helpers/testApp'
import { PASSWORD, userWithRole } from '../helpers/users'

let app: TestApp

beforeAll(async () => {
  app = await startApp()
})
afterAll(() => app?.stop())
beforeEach(() => app.reset())

describe('first user', () => {
  it('becomes admin, whatever roles the request asks for', async () => {
    const { body, status } = await app.api('/api/users/first-register', {
      body: { email: 'first@example.dk', password: PASSWORD, roles: ['partner'] },
      method: 'POST',
    })
    expect(status).toBe(200)
    expect(body.user.roles).toEqual(['admin'])
  })

  it('is the only one that can register without being invited', async () => {
    await userWithRole(app, 'admin')
    const { status } = await app.api('/api/users/first-register', {
      body: { email: 'second@example.dk', password: PASSWORD },
      method: 'POST',
    })
    expect(status).toBe(403)
    expect((await (await app.payload()).count({ collection: 'users' })).totalDocs).toBe(1)
  })
})

describe('login', () => {
  it('returns a token that identifies the user', async () => {
    await userWithRole(app, 'admin')
    await userWithRole(app, 'editor')
    const token = await app.login('editor@example.dk', PASSWORD)
    const { body } = await app.api('/api/users/me', { token })
    expect(body.user).toMatchObject({ email: 'editor@example.dk', roles: ['editor'] })
  })

  it('refuses a wrong password with 401 and no token', async () => {
    await userWithRole(app, 'admin')
    await userWithRole(app, 'editor')
    const { body, status } = await app.api('/api/users/login', {
      body: { email: 'editor@example.dk', password: 'not-the-password' },
      method: 'POST',
    })
    expect(status).toBe(401)
    expect(body.token).toBeUndefined()
  })
})

describe('login lockout', () => {
  it('locks an account after five wrong passwords, even against the right one (REST and GraphQL)', async () => {
    await userWithRole(app, 'admin')
    await userWithRole(app, 'editor')
    for (let attempt = 0; attempt < 5; attempt++) {
      const { status } = await app.api('/api/users/login', {
        body: { email: 'editor@example.dk', password: 'gaet-igen' },
        method: 'POST',
      })
      expect(status).toBe(401)
    }
    const rest = await app.api('/api/users/login', {
      body: { email: 'editor@example.dk', password: PASSWORD },
      method: 'POST',
    })
    expect(rest.status).toBe(401)
    expect(rest.body.token).toBeUndefined()
    const gql = await app.graphql(
      `mutation { loginUser(email: "editor@example.dk", password: "${PASSWORD}") { token } }`,
    )
    expect(gql.body.data?.loginUser ?? null).toBeNull()
    // Others are not affected.
    expect(await app.login('admin@example.dk', PASSWORD)).toBeTruthy()
  })
})

describe('users over REST as admin', () => {
  it('creates, reads, updates and deletes a user', async () => {
    const { token } = await userWithRole(app, 'admin')

    const created = await app.api('/api/users', {
      body: { name: 'Ny Bruger', email: 'new@example.dk', password: PASSWORD, roles: ['editor'] },
      method: 'POST',
      token,
    })
    expect(created.status).toBe(201)
    const id = created.body.doc.id
    expect(created.body.doc).toMatchObject({ email: 'new@example.dk', roles: ['editor'] })
    expect(created.body.doc.password).toBeUndefined()

    const read = await app.api(`/api/users/${id}`, { token })
    expect(read.body).toMatchObject({ name: 'Ny Bruger' })

    const updated = await app.api(`/api/users/${id}`, {
      body: { name: 'Omdøbt' },
      method: 'PATCH',
      token,
    })
    expect(updated.status).toBe(200)
    expect(updated.body.doc.name).toBe('Omdøbt')

    expect((await app.api(`/api/users/${id}`, { method: 'DELETE', token })).status).toBe(200)
    expect((await app.api(`/api/users/${id}`, { token })).status).toBe(404)
  })

  it('reads the same users through GraphQL', async () => {
    const { token } = await userWithRole(app, 'admin')
    await userWithRole(app, 'editor')
    const { body } = await app.graphql(
      '{ Users(sort: "email") { totalDocs docs { email roles } } }',
      {},
      token,
    )
    expect(body.errors).toBeUndefined()
    expect(body.data.Users).toEqual({
      docs: [
        { email: 'admin@example.dk', roles: ['admin'] },
        { email: 'editor@example.dk', roles: ['editor'] },
      ],
      totalDocs: 2,
    })
  })
})

describe('refusals', () => {
  it('refuses anonymous reads of users on REST and GraphQL', async () => {
    await userWithRole(app, 'admin')
    expect((await app.api('/api/users')).status).toBe(403)
    const { body } = await app.graphql('{ Users { docs { email } } }')
    expect(body.data?.Users ?? null).toBeNull()
    expect(body.errors?.[0].message).toBeTruthy()
  })

  it('refuses anonymous creation of users and writes nothing', async () => {
    await userWithRole(app, 'admin')
    const { status } = await app.api('/api/users', {
      body: { email: 'intruder@example.dk', password: PASSWORD, roles: ['admin'] },
      method: 'POST',
    })
    expect(status).toBe(403)
    expect((await (await app.payload()).count({ collection: 'users' })).totalDocs).toBe(1)
  })

  it('lets an editor manage partner users but never touch an admin’s account', async () => {
    const { user: admin } = await userWithRole(app, 'admin')
    const { token } = await userWithRole(app, 'editor')
    const { user: partner } = await userWithRole(app, 'partner')

    const takeover = await app.api(`/api/users/${admin.id}`, {
      body: { email: 'editor-owned@example.dk' },
      method: 'PATCH',
      token,
    })
    expect(takeover.status).toBe(403)
    const gql = await app.graphql(
      `mutation { updateUser(id: ${admin.id}, data: { email: "x@example.dk" }) { email } }`,
      {},
      token,
    )
    expect(gql.body.errors?.[0].message).toBeTruthy()
    expect((await app.api(`/api/users/${admin.id}`, { method: 'DELETE', token })).status).toBe(403)
    expect(
      (await (await app.payload()).findByID({ id: admin.id, collection: 'users' })).email,
    ).toBe('admin@example.dk')

    const renamed = await app.api(`/api/users/${partner.id}`, {
      body: { name: 'Partnerbruger' },
      method: 'PATCH',
      token,
    })
    expect(renamed.status).toBe(200)
    expect((await app.api(`/api/users/${partner.id}`, { method: 'DELETE', token })).status).toBe(
      200,
    )
  })

  it('shows a partner user only its own account and keeps it from raising its role', async () => {
    await userWithRole(app, 'admin')
    const { token, user } = await userWithRole(app, 'partner')
    const list = await app.api('/api/users', { token })
    expect(list.body.docs.map((doc: { email: string }) => doc.email)).toEqual([
      'partner@example.dk',
    ])

    await app.api(`/api/users/${user.id}`, { body: { roles: ['admin'] }, method: 'PATCH', token })
    const { body } = await app.graphql(`{ User(id: ${user.id}) { roles } }`, {}, token)
    expect(body.data.User.roles).toEqual(['partner'])
  })
})
