/**
 * Crashes and outages: a server killed with SIGKILL in the middle of a stream of writes loses
 * none it acknowledged and serves again as soon as it is back; a database that goes away
 * under traffic gives quick 503/5xx answers (never a hang) and is reconnected to by itself.
 */
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'

import { startEmbeddedPostgres } from '../../src/db/embeddedPostgres'
import { tempDir } from '../helpers/tempDir'
import { SERVER_STARTS_TIMEOUT_MS, startApp, type TestApp } from '../helpers/testApp'
import { PASSWORD, staffTokens } from '../helpers/users'
import { waitFor } from '../helpers/waitFor'

/** Longest any single request may take while the database is down: longer counts as a hang. */
const NO_HANG_MS = 20_000

const cleanups: Array<() => Promise<unknown>> = []
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) {
    await cleanup()
  }
})

type Outcome = { error?: string; status?: number }

/** One request with a deadline: a status, or how it failed. */
const request = async (url: string, init: RequestInit = {}): Promise<Outcome> => {
  try {
    const response = await fetch(url, { ...init, signal: AbortSignal.timeout(NO_HANG_MS) })
    await response.arrayBuffer()
    return { status: response.status }
  } catch (error) {
    return {
      error:
        (error as Error).name === 'TimeoutError' ? 'hang' : String((error as Error).cause ?? error),
    }
  }
}

/** Writers creating partners one after another until `stop` says so or the server is gone. */
const writeStream = (app: TestApp, token: string, writers: number) => {
  const acknowledged: Array<{ id: number; name: string }> = []
  let stopped = false
  let sequence = 0
  const writer = async () => {
    while (!stopped) {
      const name = `Skrivning ${++sequence}`
      try {
        const response = await fetch(new URL('/api/partners', app.url()), {
          body: JSON.stringify({ name, status: 'active', tier: 'working' }),
          headers: { Authorization: `JWT ${token}`, 'Content-Type': 'application/json' },
          method: 'POST',
        })
        // Acknowledged: the whole answer arrived, with the new document's id.
        const body = (await response.json()) as { doc?: { id: number } }
        if (response.status === 201 && body.doc) {
          acknowledged.push({ id: body.doc.id, name })
        }
      } catch {
        return // the server is gone
      }
    }
  }
  const done = Promise.all(Array.from({ length: writers }, writer))
  return {
    acknowledged,
    attempted: () => sequence,
    stop: () => ((stopped = true), done),
    until: done,
  }
}

describe('SIGKILL during a stream of writes', { timeout: SERVER_STARTS_TIMEOUT_MS }, () => {
  it('loses no acknowledged write, and the restarted server serves at once', async () => {
    const app = await startApp()
    cleanups.push(() => app.stop())
    const { editor } = await staffTokens(app)
    const payload = await app.payload()

    const stream = writeStream(app, editor, 8)
    await waitFor('100 acknowledged writes', async () => stream.acknowledged.length >= 100, {
      intervalMs: 20,
    })
    await app.restart('SIGKILL')
    await stream.until

    const stored = await payload.find({
      collection: 'partners',
      limit: 0,
      pagination: false,
      select: { name: true },
    })
    const byId = new Map(stored.docs.map((doc) => [doc.id, doc.name]))
    const lost = stream.acknowledged.filter(({ id, name }) => byId.get(id) !== name)
    console.info(
      `SIGKILL: ${stream.attempted()} writes sent, ${stream.acknowledged.length} acknowledged, ${stream.acknowledged.length - lost.length} of them found after restart, ${stored.docs.length} stored in all`,
    )
    expect(lost).toEqual([])
    expect(stream.acknowledged.length).toBeGreaterThanOrEqual(100)

    // The first requests after the restart are answered normally.
    expect((await request(new URL('/readyz', app.url()).toString())).status).toBe(200)
    const after = await app.api('/api/partners', {
      body: { name: 'Efter genstart', status: 'active', tier: 'working' },
      method: 'POST',
      token: editor,
    })
    expect(after.status).toBe(201)
  })
})

describe('the database going away under traffic', { timeout: SERVER_STARTS_TIMEOUT_MS }, () => {
  it('gives quick 503/5xx answers, never a hang, and recovers by itself', async () => {
    const data = await tempDir('dab-faults')
    cleanups.push(data.remove)
    const dir = path.join(data.dir, 'postgres')
    let cluster = await startEmbeddedPostgres({ dir, log: () => {} })
    cleanups.push(() => cluster.stop())
    const app = await startApp({ databaseUri: cluster.uri('app') })
    cleanups.push(() => app.stop())
    // Over HTTP only: the Local API is the other test's (Payload keeps one instance per process).
    const registered = await app.api('/api/users/first-register', {
      body: { email: 'admin@example.dk', password: PASSWORD },
      method: 'POST',
    })
    const editor = registered.body.token as string
    const url = (route: string) => new URL(route, app.url()).toString()
    const auth = { Authorization: `JWT ${editor}`, 'Content-Type': 'application/json' }
    const kept = await app.api('/api/partners', {
      body: { name: 'Før nedbrud', status: 'active', tier: 'working' },
      method: 'POST',
      token: editor,
    })
    expect(kept.status).toBe(201)

    // Readers keep asking all along, through the outage and after.
    const outcomes: Outcome[] = []
    let reading = true
    const reader = async () => {
      while (reading) {
        outcomes.push(await request(url('/api/partners?limit=5')))
      }
    }
    const readers = Promise.all([reader(), reader()])

    await cluster.stop()
    expect((await request(url('/readyz'))).status).toBe(503)
    const during = await Promise.all([
      request(url('/api/partners'), { headers: auth }),
      request(url('/api/partners'), {
        body: JSON.stringify({ name: 'Under nedbrud', status: 'active', tier: 'working' }),
        headers: auth,
        method: 'POST',
      }),
      request(url('/api/graphql'), {
        body: JSON.stringify({ query: '{ Partners { totalDocs } }' }),
        headers: auth,
        method: 'POST',
      }),
    ])
    // REST answers 5xx; GraphQL may report the failure in its body, but never hangs either.
    expect(during.map(({ error }) => error)).toEqual([undefined, undefined, undefined])
    expect(during[0].status).toBeGreaterThanOrEqual(500)
    expect(during[1].status).toBeGreaterThanOrEqual(500)

    cluster = await startEmbeddedPostgres({ dir, log: () => {}, port: cluster.port })
    await waitFor(
      '/readyz to answer 200',
      async () => (await request(url('/readyz'))).status === 200,
      { timeoutMs: 30_000 },
    )
    await waitFor(
      'a read to succeed',
      async () => (await request(url('/api/partners'))).status === 200,
    )
    reading = false
    await readers

    expect(outcomes.filter(({ error }) => error)).toEqual([])
    // Each answer was either served or a server-side failure while the database was away.
    expect(outcomes.filter(({ status }) => status !== 200 && status! < 500)).toEqual([])
    expect(outcomes.some(({ status }) => status! >= 500)).toBe(true)
    const after = await app.api('/api/partners', {
      body: { name: 'Efter nedbrud', status: 'active', tier: 'working' },
      method: 'POST',
      token: editor,
    })
    expect(after.status).toBe(201)
    const names = (
      await app.api('/api/partners?limit=10&sort=createdAt', { token: editor })
    ).body.docs.map((doc: { name: string }) => doc.name)
    expect(names).toEqual(['Før nedbrud', 'Efter nedbrud'])
  })
})
