import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startApp, type TestApp } from '../helpers/testApp'

let app: TestApp

beforeAll(async () => {
  app = await startApp()
})
afterAll(() => app?.stop())

describe('probes', () => {
  it('answers /healthz while the process lives', async () => {
    const { body, status } = await app.api('/healthz')
    expect(status).toBe(200)
    expect(body).toEqual({ status: 'ok' })
  })

  it('answers /readyz with 200 while the database answers', async () => {
    const { body, status } = await app.api('/readyz')
    expect(status).toBe(200)
    expect(body).toEqual({ database: 'up', status: 'ready' })
  })

  it('serves the admin UI, REST and GraphQL on one port', async () => {
    const admin = await fetch(new URL('/admin', app.url()))
    expect(admin.status).toBe(200)
    expect(await admin.text()).toContain('<html')
    expect((await app.api('/api/users/init')).body).toEqual({ initialized: false })
    expect((await app.graphql('{ initializedUser }')).body).toEqual({ data: { initializedUser: false } })
  })
})
