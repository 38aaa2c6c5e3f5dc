import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startApp, type TestApp } from '../helpers/testApp'
import { PASSWORD, userWithRole } from '../helpers/users'

const FRONTEND = 'https://www.denaktiveborger.example'
const OTHER = 'https://evil.example'

let app: TestApp
let cookie: string

beforeAll(async () => {
  app = await startApp({
    env: { FRONTEND_ORIGINS: `${FRONTEND}, https://preview.denaktiveborger.example` },
  })
  await userWithRole(app, 'admin')
  const login = await fetch(new URL('/api/users/login', app.url()), {
    body: JSON.stringify({ email: 'admin@example.dk', password: PASSWORD }),
    headers: { 'Content-Type': 'application/json' },
    method: 'POST',
  })
  cookie = login.headers.get('set-cookie')!.split(';')[0]
})
afterAll(() => app?.stop())

const preflight = (origin: string) =>
  fetch(new URL('/api/cases', app.url()), {
    headers: { 'Access-Control-Request-Method': 'GET', Origin: origin },
    method: 'OPTIONS',
  })

const me = async (origin?: string) => {
  const response = await fetch(new URL('/api/users/me', app.url()), {
    headers: {
      Cookie: cookie,
      ...(origin ? { Origin: origin } : { 'Sec-Fetch-Site': 'same-origin' }),
    },
  })
  return ((await response.json()) as { user: { email: string } | null }).user?.email ?? null
}

describe('FRONTEND_ORIGINS', () => {
  it('allows the configured frontends cross-origin, with credentials, and no one else', async () => {
    const allowed = await preflight(FRONTEND)
    expect(allowed.headers.get('access-control-allow-origin')).toBe(FRONTEND)
    expect(allowed.headers.get('access-control-allow-credentials')).toBe('true')
    expect((await preflight(OTHER)).headers.get('access-control-allow-origin')).toBeNull()
  })

  it('honours the login cookie from the frontends and this server, not from other origins', async () => {
    expect(await me(FRONTEND)).toBe('admin@example.dk')
    expect(await me(new URL(app.url()).origin)).toBe('admin@example.dk')
    expect(await me()).toBe('admin@example.dk')
    expect(await me(OTHER)).toBeNull()
  })

  it('refuses to start with something that is not an origin', async () => {
    const failure = await startApp({
      env: { FRONTEND_ORIGINS: 'https://www.example.dk/path' },
    }).then(
      () => new Error('started'),
      (error: Error) => error,
    )
    expect(failure.message).toContain(
      'FRONTEND_ORIGINS contains "https://www.example.dk/path", which is not an origin',
    )
    expect(failure.message).not.toMatch(/^\s+at /m)
  })
})
