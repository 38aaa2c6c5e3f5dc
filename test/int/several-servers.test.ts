/**
 * Two production servers on one database behind a real nginx (docs/nginx.conf, round robin), as
 * README "Running several servers" describes: started at once on a fresh database; a write through
 * one is read through the other with the response cache on (at once, or a moment later when the
 * other has not yet heard of it); rate limits count once for both; a job runs once; an upload
 * made on one is served by the other; kill -9 of one under load leaves the proxy answering with
 * no acknowledged write lost.
 */
import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { CACHE_HEADER } from '../../src/server/responseCache'
import { create, png, uploadForm } from '../helpers/content'
import { type ReverseProxy, startReverseProxy } from '../helpers/reverseProxy'
import { tempDir } from '../helpers/tempDir'
import { apiAt, freshDatabaseUri, startApp, type TestApp } from '../helpers/testApp'
import { PASSWORD } from '../helpers/users'
import { waitFor } from '../helpers/waitFor'
import { type Receiver, receiverPerFile } from '../helpers/webhookReceiver'

/** Low limits, so that counting per server (twice the limit through two) would show. */
const LIMITS = { RATE_LIMIT_GRAPHQL: '4', RATE_LIMIT_LOGIN: '3', RATE_LIMIT_WINDOW_SECONDS: '600' }

let servers: TestApp[]
let proxy: ReverseProxy
let payload: Payload
let editor: string
let admin: string
let receiver: Receiver
let removeShared: () => Promise<void>
const startReceiver = receiverPerFile((started) => (receiver = started))

/** Through nginx; `client` is the address a CDN in front of it would forward (TRUST_PROXY=2). */
const viaProxy = apiAt(() => proxy.url)

let lastClient = 0
const newClient = () => ({ 'X-Forwarded-For': `198.51.100.${++lastClient}` })

const tokenFor = async (email: string, role: 'admin' | 'editor') => {
  await payload.create({ collection: 'users', data: { email, password: PASSWORD, roles: [role] } })
  return (await payload.login({ collection: 'users', data: { email, password: PASSWORD } })).token!
}

/** Which app servers (host:port) nginx sent the requests for `path` to, by its access log. */
const upstreamsFor = async (path: string) =>
  new Set(
    (await proxy.accessLog())
      .split('\n')
      .filter((line) => line.includes(` ${path} `))
      .map((line) => line.split(' ').at(-1)),
  )

const publishCase = (title: string) =>
  viaProxy('/api/cases', {
    body: { _status: 'published', summary: 'Kort resumé', title },
    method: 'POST',
    token: editor,
  })

beforeAll(async () => {
  await startReceiver()
  // One data folder for both, as a shared volume would be: uploads written by one are the other's.
  const shared = await tempDir('dab-shared')
  removeShared = shared.remove
  const databaseUri = freshDatabaseUri()
  const env = {
    ...LIMITS,
    DATA_DIR: shared.dir,
    JOBS_INTERVAL: '1',
    RESPONSE_CACHE: 'on',
    // A CDN in front of nginx: the client's address is the second hop back.
    TRUST_PROXY: '2',
  }
  // Both at once on a database nobody has migrated yet: they must take turns, not fail.
  const started = await Promise.allSettled([
    startApp({ databaseUri, env }),
    startApp({ databaseUri, env }),
  ])
  // One that started while the other failed is still stopped after the file.
  servers = started.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []))
  for (const result of started) {
    if (result.status === 'rejected') {
      throw result.reason
    }
  }
  proxy = await startReverseProxy(servers.map((server) => server.url()))
  payload = await servers[0].payload()
  admin = await tokenFor('admin@example.dk', 'admin')
  editor = await tokenFor('editor@example.dk', 'editor')
}, 180_000)

afterAll(async () => {
  await proxy?.stop()
  await Promise.all((servers ?? []).map((server) => server.stop()))
  await removeShared?.()
})

describe('two servers behind nginx', () => {
  it('both started at once on a fresh database, and nginx spreads the requests over both', async () => {
    for (let i = 0; i < 4; i++) {
      expect((await viaProxy('/readyz')).status).toBe(200)
    }
    expect(await upstreamsFor('/readyz')).toEqual(
      new Set(servers.map((server) => new URL(server.url()).host)),
    )
  })

  it('reads a write made through one server through the other, with the response cache on', async () => {
    const made = await publishCase('Første udgave')
    expect(made.status).toBe(201)
    const path = `/api/cases/${made.body.doc.id}`
    for (let round = 1; round <= 5; round++) {
      // Each server caches the current version…
      for (const server of servers) {
        await waitFor(
          'the case cached',
          async () => (await server.api(path)).headers.get(CACHE_HEADER) === 'HIT',
        )
      }
      // …then a write through one, and reads through nginx (one to each server, round robin).
      const title = `Udgave ${round}`
      expect(
        (await viaProxy(path, { body: { title }, method: 'PATCH', token: editor })).status,
      ).toBe(200)
      // The other server may not have had the write's NOTIFY yet when the read arrives; it waits
      // for a round trip on its LISTEN connection first (caughtUp), so neither a cached answer nor
      // a replica can be behind.
      for (let read = 0; read < 2; read++) {
        expect((await viaProxy(path)).body.title).toBe(title)
      }
      for (const server of servers) {
        expect((await server.api(path)).body.title).toBe(title)
      }
    }
  })

  it('counts logins and GraphQL requests once for both servers', async () => {
    const client = newClient()
    const login = () =>
      viaProxy('/api/users/login', {
        body: { email: 'editor@example.dk', password: 'forkert-adgangskode' },
        headers: { ...client, 'Accept-Language': 'en' },
        method: 'POST',
      })
    const logins = [await login(), await login(), await login(), await login()]
    // Counted per server, the fourth (the second on one of them) would still be let through.
    expect(logins.map(({ status }) => status)).toEqual([401, 401, 401, 429])
    expect(logins[3].body.errors[0].message).toMatch(/Too many login attempts/)

    const other = newClient()
    const statuses: number[] = []
    for (let i = 0; i < 5; i++) {
      const { status } = await viaProxy('/api/graphql', {
        body: { query: '{ Cases { totalDocs } }' },
        headers: other,
        method: 'POST',
      })
      statuses.push(status)
    }
    expect(statuses).toEqual([200, 200, 200, 200, 429])
    expect((await upstreamsFor('/api/graphql')).size).toBe(2)
  })

  it('runs each job once, though both servers run the queue', async () => {
    const hook = await viaProxy('/api/webhooks', {
      body: { collections: ['cases'], url: receiver.url },
      method: 'POST',
      token: admin,
    })
    expect(hook.status).toBe(201)
    const titles = ['Job 1', 'Job 2', 'Job 3', 'Job 4']
    for (const title of titles) {
      expect((await publishCase(title)).status).toBe(201)
    }
    await waitFor(
      'the queue empty',
      async () => (await payload.count({ collection: 'payload-jobs' })).totalDocs === 0,
      { timeoutMs: 30_000 },
    )
    expect(receiver.received).toHaveLength(titles.length)
    expect(new Set(receiver.received.map(({ headers }) => headers['webhook-id'])).size).toBe(
      titles.length,
    )
    await viaProxy(`/api/webhooks/${hook.body.doc.id}`, { method: 'DELETE', token: admin })
  })

  it('serves an upload written through one server from the other', async () => {
    const partner = await create(payload, 'partners', {
      name: 'Delt Kommune',
      status: 'active',
      tier: 'steering',
    })
    const image = await png()
    const [writer, reader] = servers
    const { body, status } = await writer.api('/api/logos', {
      body: uploadForm(image, 'logo.png', 'image/png', { alt: 'Logo', partner: partner.id }),
      method: 'POST',
      token: editor,
    })
    expect(status, JSON.stringify(body)).toBe(201)
    const served = await fetch(new URL(body.doc.url, reader.url()))
    expect(served.status).toBe(200)
    expect(Buffer.from(await served.arrayBuffer()).equals(image)).toBe(true)
  })
})

describe('kill -9 of one server under load', () => {
  it('keeps the proxy answering, and every acknowledged write is there', async () => {
    const WORKERS = 4
    const ROUNDS = 12
    const killed = servers[1]
    const writes: Array<{ id?: number; status: number; title: string }> = []
    const reads: number[] = []
    let done = 0
    // An answer the killed server had begun to send cannot be finished or retried: nginx closes the
    // connection (status 0 here), as it answers 502 to a write the server had not answered.
    const cutOff = { body: undefined, status: 0 }
    const worker = async (name: number) => {
      for (let round = 0; round < ROUNDS; round++) {
        const title = `Last ${name}.${round}`
        const write = await publishCase(title).catch(() => cutOff)
        writes.push({ id: write.body?.doc?.id, status: write.status, title })
        reads.push((await viaProxy('/api/cases?limit=5').catch(() => cutOff)).status)
        done++
      }
    }
    const load = Promise.all(Array.from({ length: WORKERS }, (_, name) => worker(name)))
    await waitFor('the load under way', async () => done >= WORKERS)
    await killed.stop('SIGKILL')
    const writesBeforeKill = writes.length
    await load

    // Reads that had not reached the dead server are retried on the other (proxy_next_upstream);
    // after its first failure nginx sends none there. Only what was in flight on it may fail —
    // one request per worker at most: a read cut off mid-answer, a write answered 502 or cut off.
    const failedReads = reads.filter((status) => status !== 200)
    expect(failedReads.every((status) => status === 0)).toBe(true)
    const failed = writes.filter(({ status }) => status !== 201)
    expect(failed.every(({ status }) => status === 502 || status === 0)).toBe(true)
    expect(failed.length + failedReads.length).toBeLessThanOrEqual(WORKERS)
    expect(writes.length - writesBeforeKill).toBeGreaterThan(WORKERS * 2)
    // Every acknowledged write is there; a cut-off one is there whole or not at all.
    for (const { id, status, title } of writes) {
      const found = await payload.find({
        collection: 'cases',
        where: { title: { equals: title } },
      })
      if (status === 201) {
        expect(found.docs.map((doc) => doc.id)).toEqual([id])
      } else {
        expect(found.totalDocs).toBeLessThanOrEqual(1)
      }
      for (const doc of found.docs) {
        expect(doc).toMatchObject({ _status: 'published', summary: 'Kort resumé' })
      }
    }
  })
})
