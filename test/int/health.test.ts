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
    expect((await app.graphql('{ initializedUser }')).body).toEqual({
      data: { initializedUser: false },
    })
  })
})

describe('GraphQL limits', () => {
  it('refuses an over-complex query with a clear error, and answers a normal one', async () => {
    // Aliases multiply the work of one field; 1 200 of them are over the limit of 1 000.
    const aliases = Array.from({ length: 1200 }, (_, index) => `t${index}: title`).join(' ')
    const heavy = await app.graphql(`{ Cases { docs { ${aliases} } } }`)
    expect(heavy.status).toBeLessThan(500)
    expect(JSON.stringify(heavy.body.errors)).toMatch(/complexity/i)
    const normal = await app.graphql('{ Cases(limit: 10) { docs { title } } }')
    expect(normal.body.errors).toBeUndefined()
  })

  it('refuses a query nested deeper than twelve levels, fragments included', async () => {
    const nest = (levels: number): string =>
      levels === 0 ? 'title' : `models { docs { examples { ${nest(levels - 1)} } } }`
    const deep = await app.graphql(`{ Cases { docs { ${nest(5)} } } }`)
    expect(deep.status).toBeLessThan(500)
    expect(JSON.stringify(deep.body.errors)).toContain('levels deep; at most 12 are allowed')
    const viaFragment = await app.graphql(
      `fragment Deep on Case { ${nest(5)} } { Cases { docs { ...Deep } } }`,
    )
    expect(JSON.stringify(viaFragment.body.errors)).toContain('at most 12')
    expect((await app.graphql(`{ Cases { docs { ${nest(2)} } } }`)).body.errors).toBeUndefined()
  })

  it('keeps the playground and introspection closed in production unless asked', async () => {
    expect(
      (await fetch(new URL('/api/graphql-playground', app.url()))).status,
    ).toBeGreaterThanOrEqual(400)
    const introspection = await app.graphql('{ __schema { queryType { name } } }')
    expect(introspection.body.errors?.length).toBeGreaterThan(0)
  })
})
