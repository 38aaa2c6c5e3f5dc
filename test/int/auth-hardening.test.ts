/**
 * Logins from the outside: rate limits per client address (set low here, through TRUST_PROXY
 * and X-Forwarded-For so each test counts for an address of its own), the password policy,
 * the cookie's flags, logout, and a partner user's attempts to raise its rights.
 */
import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { create } from '../helpers/content'
import { startApp, type TestApp } from '../helpers/testApp'
import { PASSWORD } from '../helpers/users'

const LIMITS = {
  RATE_LIMIT_GRAPHQL: '10',
  RATE_LIMIT_LOGIN: '3',
  RATE_LIMIT_PASSWORD_RESET: '2',
  RATE_LIMIT_WINDOW_SECONDS: '600',
}

let app: TestApp
let payload: Payload
let admin: string
let partnerUser: { id: number; token: string }
let partners: { other: number; own: number }

let lastAddress = 0
/** A client address no other test has used, as the proxy in front would forward it. */
const newClient = () => ({ 'X-Forwarded-For': `198.51.100.${++lastAddress}` })

/** Logs in through the Local API, so the set-up counts against no rate limit. */
const tokenFor = async (email: string) =>
  (await payload.login({ collection: 'users', data: { email, password: PASSWORD } })).token!

/** Messages in English, so the tests can read them (Danish is the default). */
const english = { 'Accept-Language': 'en' }

const graphqlFrom = (client: Record<string, string>, query: string, token?: string) =>
  app.api('/api/graphql', {
    body: { query },
    headers: { ...client, ...english },
    method: 'POST',
    token,
  })

const userCount = async () => (await payload.count({ collection: 'users' })).totalDocs

beforeAll(async () => {
  app = await startApp({ env: { ...LIMITS, SERVER_URL: 'https://cms.example', TRUST_PROXY: '1' } })
  payload = await app.payload()
  await payload.create({
    collection: 'users',
    data: { email: 'admin@example.dk', password: PASSWORD, roles: ['admin'] },
  })
  admin = await tokenFor('admin@example.dk')
  partners = {
    other: (
      await create(payload, 'partners', {
        name: 'Anden Kommune',
        status: 'active',
        tier: 'steering',
      })
    ).id,
    own: (
      await create(payload, 'partners', { name: 'Egen Region', status: 'active', tier: 'working' })
    ).id,
  }
  const user = await payload.create({
    collection: 'users',
    data: {
      email: 'partner@example.dk',
      partner: partners.own,
      password: PASSWORD,
      roles: ['partner'],
    },
  })
  partnerUser = { id: user.id, token: await tokenFor('partner@example.dk') }
})
afterAll(() => app?.stop())

describe('rate limits per client address', () => {
  const wrongLogin = (client: Record<string, string>) =>
    app.api('/api/users/login', {
      body: { email: 'nobody@example.dk', password: 'not-the-password' },
      headers: client,
      method: 'POST',
    })

  it('answer login attempts past the limit with 429 and Retry-After; other addresses go on', async () => {
    const client = newClient()
    for (let attempt = 0; attempt < 3; attempt++) {
      expect((await wrongLogin(client)).status).toBe(401)
    }
    const limited = await wrongLogin(client)
    expect(limited.status).toBe(429)
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(limited.body.errors[0].message).toContain(
      'For mange loginforsøg fra denne adresse: højst 3 på 10 minutter',
    )
    expect((await wrongLogin(newClient())).status).toBe(401)
  })

  it('count the GraphQL login mutation as a login', async () => {
    const client = newClient()
    const loginUser = `mutation { loginUser(email: "nobody@example.dk", password: "not-the-password") { token } }`
    expect((await wrongLogin(client)).status).toBe(401)
    expect((await wrongLogin(client)).status).toBe(401)
    expect((await graphqlFrom(client, loginUser)).body.errors?.[0].message).toBeTruthy()
    const limited = await graphqlFrom(client, loginUser)
    expect(limited.status).toBe(429)
    expect(limited.headers.get('retry-after')).toBeTruthy()
    // The same address may still ask other things.
    expect((await graphqlFrom(client, '{ Partners { totalDocs } }')).status).toBe(200)
  })

  it('limit password reset requests, REST and GraphQL together', async () => {
    const client = newClient()
    const forgot = () =>
      app.api('/api/users/forgot-password', {
        body: { email: 'nobody@example.dk' },
        headers: client,
        method: 'POST',
      })
    expect((await forgot()).status).toBe(200)
    expect((await forgot()).status).toBe(200)
    expect((await forgot()).status).toBe(429)
    const reset = await graphqlFrom(
      client,
      `mutation { resetPasswordUser(token: "x", password: "${PASSWORD}") { token } }`,
    )
    expect(reset.status).toBe(429)
  })

  it('are checked at start: a malformed one stops the server with a message', async () => {
    const failure = await startApp({ env: { RATE_LIMIT_LOGIN: 'mange' } }).then(
      () => new Error('started with RATE_LIMIT_LOGIN=mange'),
      (error: Error) => error,
    )
    expect(failure.message).toContain(
      'RATE_LIMIT_LOGIN must be a whole number of 0 or more, not "mange"',
    )
  })

  it('limit GraphQL requests per minute', async () => {
    const client = newClient()
    for (let request = 0; request < 10; request++) {
      expect((await graphqlFrom(client, '{ Partners { totalDocs } }')).status).toBe(200)
    }
    const limited = await graphqlFrom(client, '{ Partners { totalDocs } }')
    expect(limited.status).toBe(429)
    expect(limited.body.errors[0].message).toContain('Too many GraphQL requests')
    expect(Number(limited.headers.get('retry-after'))).toBeLessThanOrEqual(60)
  })
})

describe('password policy', () => {
  it.each([
    ['too short', 'kort-ord', /at least 12 characters/],
    ['one character repeated', 'aaaaaaaaaaaaaaaa', /one character repeated/],
    ['the email address', 'ny-bruger@example.dk', /must not be your email/],
    ['not text', 123456789012345, /must be text/],
  ])(
    'refuses a password that is %s when a user is created, REST and GraphQL',
    async (_what, password, reason) => {
      const before = await userCount()
      const rest = await app.api('/api/users', {
        body: { email: 'ny-bruger@example.dk', password, roles: ['editor'] },
        headers: english,
        method: 'POST',
        token: admin,
      })
      expect(rest.status).toBe(400)
      expect(JSON.stringify(rest.body.errors)).toMatch(reason)
      const gql = await graphqlFrom(
        newClient(),
        `mutation { createUser(data: { email: "ny-bruger@example.dk", password: ${JSON.stringify(password)}, roles: editor }) { id } }`,
        admin,
      )
      // A number is not even a GraphQL String: refused by the schema.
      expect(JSON.stringify(gql.body.errors)).toMatch(
        typeof password === 'string' ? reason : /String/,
      )
      expect(await userCount()).toBe(before)
    },
  )

  it('refuses a weak new password on change (REST, GraphQL) and on reset, and takes a good one', async () => {
    const change = await app.api(`/api/users/${partnerUser.id}`, {
      body: { password: 'kort' },
      headers: english,
      method: 'PATCH',
      token: partnerUser.token,
    })
    expect(change.status).toBe(400)
    expect(JSON.stringify(change.body.errors)).toMatch(/at least 12 characters/)
    const gql = await graphqlFrom(
      newClient(),
      `mutation { updateUser(id: ${partnerUser.id}, data: { password: "kort" }) { id } }`,
      partnerUser.token,
    )
    expect(JSON.stringify(gql.body.errors)).toMatch(/password/)
    expect(await tokenFor('partner@example.dk')).toBeTruthy()

    const token = await payload.forgotPassword({
      collection: 'users',
      data: { email: 'partner@example.dk' },
      disableEmail: true,
    })
    const reset = await app.api('/api/users/reset-password', {
      body: { password: 'kort', token },
      headers: { ...newClient(), ...english },
      method: 'POST',
    })
    expect(reset.status).toBe(400)
    expect(JSON.stringify(reset.body.errors)).toMatch(/at least 12 characters/)
    const good = await app.api('/api/users/reset-password', {
      body: { password: PASSWORD, token },
      headers: newClient(),
      method: 'POST',
    })
    expect(good.status).toBe(200)
    partnerUser.token = await tokenFor('partner@example.dk')
  })
})

describe('the login cookie and logout', () => {
  it('is HttpOnly, Secure under an https SERVER_URL, and SameSite=Lax', async () => {
    const { headers, status } = await app.api('/api/users/login', {
      body: { email: 'admin@example.dk', password: PASSWORD },
      headers: newClient(),
      method: 'POST',
    })
    expect(status).toBe(200)
    const cookie = headers.getSetCookie().find((value) => value.startsWith('payload-token='))
    expect(cookie).toMatch(/HttpOnly/i)
    expect(cookie).toMatch(/Secure/i)
    expect(cookie).toMatch(/SameSite=Lax/i)
  })

  it.each(['REST', 'GraphQL'])('logout over %s makes the token worthless at once', async (via) => {
    const token = await tokenFor('admin@example.dk')
    expect((await app.api('/api/users/me', { token })).body.user?.email).toBe('admin@example.dk')
    if (via === 'REST') {
      expect((await app.api('/api/users/logout', { method: 'POST', token })).status).toBe(200)
    } else {
      expect(
        (await graphqlFrom(newClient(), 'mutation { logoutUser }', token)).body.data?.logoutUser,
      ).toBeTruthy()
    }
    expect((await app.api('/api/users/me', { token })).body.user).toBeNull()
    expect((await app.api('/api/users', { token })).status).toBe(403)
    // Other sessions of the same user stay valid.
    expect((await app.api('/api/users/me', { token: admin })).body.user?.email).toBe(
      'admin@example.dk',
    )
  })
})

describe('a partner user cannot raise its rights', () => {
  const stored = () => payload.findByID({ id: partnerUser.id, collection: 'users', depth: 0 })

  it('through any field of its own account, REST or GraphQL', async () => {
    const escalation = { partner: partners.other, roles: ['admin'] }
    await app.api(`/api/users/${partnerUser.id}`, {
      body: escalation,
      method: 'PATCH',
      token: partnerUser.token,
    })
    await graphqlFrom(
      newClient(),
      `mutation { updateUser(id: ${partnerUser.id}, data: { roles: [admin, editor], partner: ${partners.other} }) { id } }`,
      partnerUser.token,
    )
    expect(await stored()).toMatchObject({ partner: partners.own, roles: ['partner'] })
    // Its token still says what it was.
    expect((await app.api('/api/users/me', { token: partnerUser.token })).body.user).toMatchObject({
      partner: partners.own,
      roles: ['partner'],
    })
  })

  it('by creating another user, REST or GraphQL', async () => {
    const before = await userCount()
    const rest = await app.api('/api/users', {
      body: { email: 'medhjaelper@example.dk', password: PASSWORD, roles: ['admin'] },
      method: 'POST',
      token: partnerUser.token,
    })
    expect(rest.status).toBe(403)
    const gql = await graphqlFrom(
      newClient(),
      `mutation { createUser(data: { email: "medhjaelper@example.dk", password: "${PASSWORD}", roles: admin }) { id } }`,
      partnerUser.token,
    )
    expect(gql.body.errors?.[0].message).toBeTruthy()
    expect(await userCount()).toBe(before)
  })

  it('by editing the admin’s account', async () => {
    const [adminUser] = (
      await payload.find({ collection: 'users', where: { email: { equals: 'admin@example.dk' } } })
    ).docs
    const { status } = await app.api(`/api/users/${adminUser.id}`, {
      body: { email: 'taken@example.dk' },
      method: 'PATCH',
      token: partnerUser.token,
    })
    expect([403, 404]).toContain(status)
    expect((await payload.findByID({ id: adminUser.id, collection: 'users' })).email).toBe(
      'admin@example.dk',
    )
  })
})
