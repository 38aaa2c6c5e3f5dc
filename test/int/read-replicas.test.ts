/**
 * Read replicas (README: Read replicas): the server on an external primary (`DATABASE_URI`,
 * nothing embedded) with a real streaming replica (`DATABASE_READ_URIS`), both Debian's
 * PostgreSQL. Anonymous reads go to the replica; once the server knows of a write — its own or
 * another server's — it reads from the primary until the replica has replayed it, so a user
 * reads their own write at once and the response cache never keeps an answer older than a write
 * it has heard of. Lag is made by pausing the replica's replay (`pg_wal_replay_pause`).
 */
import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { readSettings } from '../../src/runtime/settings'
import { spawnServer } from '../helpers/serverProcess'
import { startStreamingPair, type StreamingPair } from '../helpers/streamingReplica'
import { startApp, TEST_SECRET, type TestApp } from '../helpers/testApp'
import { staffTokens } from '../helpers/users'
import { waitFor } from '../helpers/waitFor'

let pair: StreamingPair
let app: TestApp
let editor: string
/** The Local API in this process: for the server, another server's writes. */
let otherServer: Payload

beforeAll(async () => {
  pair = await startStreamingPair('den_aktive_borger')
  app = await startApp({
    databaseUri: pair.primaryUri,
    env: { DATABASE_READ_URIS: pair.replicaUri, RESPONSE_CACHE: 'on' },
  })
  ;({ editor } = await staffTokens(app))
  otherServer = await app.payload()
})

afterAll(async () => {
  try {
    await app?.stop()
  } finally {
    await pair?.stop()
  }
})

let fresh = 0

/** An anonymous GET; `fresh` adds a cookie of its own (part of the cache's key, ignored by Payload): past the response cache. */
const anonymous = async (path: string, { fresh: past = false } = {}) => {
  const response = await bounded(
    `GET ${path}`,
    app.api(path, { headers: past ? { Cookie: `fresh=${++fresh}` } : {} }),
  )
  return { body: response.body, cache: response.headers.get('x-cache'), status: response.status }
}

/**
 * Fails with what hung instead of running into the test's time limit: once, under CI's load, the
 * last test used its whole minute with no wait reporting (a wait retries a failed try).
 */
const bounded = <T>(what: string, promise: Promise<T>, ms = 15_000): Promise<T> => {
  let timer: NodeJS.Timeout | undefined
  return Promise.race([
    promise,
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms} ms`)), ms)
    }),
  ]).finally(() => clearTimeout(timer))
}

/** `number` is a PostgreSQL numeric, which pg returns as a string. */
const numberOnReplica = async (id: number): Promise<number> =>
  Number((await pair.queryReplica('select number from principles where id = $1', [id]))[0].number)

let markers = 1000

/**
 * Leaves the replica paused with the server reading from it, and returns what each side holds:
 * a number written straight on the primary (announced to no server) is not what an anonymous
 * visitor sees. The server reads from the replica once a read has found it in step with every
 * write the server knows of, so this tries again, replay resumed, until it does.
 */
const readingFromPausedReplica = async (id: number) => {
  let sides = { primary: 0, replica: 0 }
  const tries: Array<{ primary: number; replica: number; seen: number }> = []
  const tryOnce = async () => {
    await pair.pauseReplay()
    const replica = await numberOnReplica(id)
    const primary = ++markers
    await pair.queryPrimary('update principles set number = $2 where id = $1', [id, primary])
    sides = { primary, replica }
    const seen = (await anonymous(`/api/principles/${id}`, { fresh: true })).body.number
    tries.push({ ...sides, seen })
    if (seen === replica) {
      return true
    }
    await pair.resumeReplay()
    return false
  }
  await waitFor('anonymous reads from the paused replica', tryOnce, { timeoutMs: 60_000 }).catch(
    (error: Error) => {
      const warnings = app
        .output()
        .split('\n')
        .filter((line) => /WARN|ERROR/.test(line))
      throw new Error(
        `${error.message}; tried ${JSON.stringify(tries)}; the server's warnings:\n${warnings.join('\n')}`,
      )
    },
  )
  return sides
}

const createPrinciple = async (number: number): Promise<number> => {
  const created = await app.api('/api/principles', {
    body: { number, text: 'Støt op om lokale ildsjæle.', title: `Princip ${number}` },
    method: 'POST',
    token: editor,
  })
  expect(created.status).toBe(201)
  return created.body.doc.id
}

describe('settings', () => {
  const settings = (env: Record<string, string>) => readSettings(env as NodeJS.ProcessEnv)
  const primary = 'postgres://app:secret@db:5432/den_aktive_borger'

  it('DATABASE_READ_URIS lists replicas of DATABASE_URI, comma-separated', () => {
    expect(
      settings({
        DATABASE_READ_URIS:
          ' postgres://r@replica1/den_aktive_borger, postgresql://r@replica2:5433/den_aktive_borger ',
        DATABASE_URI: primary,
      }).databaseReadUris,
    ).toEqual([
      'postgres://r@replica1/den_aktive_borger',
      'postgresql://r@replica2:5433/den_aktive_borger',
    ])
    expect(settings({ DATABASE_READ_URIS: '', DATABASE_URI: primary }).databaseReadUris).toBe(
      undefined,
    )
  })

  it('anything but PostgreSQL connection strings, or replicas without DATABASE_URI, stop the start with a message (no password shown)', async () => {
    expect(() =>
      settings({
        DATABASE_READ_URIS: 'postgres://r:hemmelig@replica1/x,replica2:5432',
        DATABASE_URI: primary,
      }),
    ).toThrow(
      /^DATABASE_READ_URIS contains "replica2:5432", which is not a PostgreSQL connection string/,
    )
    expect(() =>
      settings({ DATABASE_READ_URIS: 'mysql://r:hemmelig@replica1/x', DATABASE_URI: primary }),
    ).toThrow('DATABASE_READ_URIS contains "mysql://r:…@replica1/x"')
    expect(() => settings({ DATABASE_READ_URIS: 'postgres://r@replica1/x' })).toThrow(
      /^DATABASE_READ_URIS is set but DATABASE_URI is not/,
    )
    // As the server reports it: one paragraph, exit 1, before anything is started.
    await expect(
      spawnServer({
        DATABASE_READ_URIS: 'replica2:5432',
        DATABASE_URI: primary,
        PAYLOAD_SECRET: TEST_SECRET,
      }),
    ).rejects.toThrow(/exited with 1[\s\S]*DATABASE_READ_URIS contains "replica2:5432"/)
  })
})

describe('an external primary with a streaming replica', () => {
  it('starts nothing embedded, and migrates the primary (the replica has them by replay)', async () => {
    const [primaryPort, replicaPort] = [pair.primaryUri, pair.replicaUri].map(
      (uri) => new URL(uri).port,
    )
    expect(app.output()).toContain(
      `database 127.0.0.1:${primaryPort}/den_aktive_borger (reads also from 127.0.0.1:${replicaPort}/den_aktive_borger)`,
    )
    expect(app.output()).not.toMatch(/embedded/i)
    const applied = 'select name from payload_migrations order by name'
    const migrations = await pair.queryPrimary(applied)
    expect(migrations.length).toBeGreaterThan(0)
    expect(await pair.queryReplica('select pg_is_in_recovery() as standby')).toEqual([
      { standby: true },
    ])
    expect(await pair.queryReplica(applied)).toEqual(migrations)
  })

  it('anonymous reads go to the replica: a write it has not replayed is not seen until it has', async () => {
    const id = await createPrinciple(1)
    const { primary, replica } = await readingFromPausedReplica(id)
    expect((await anonymous(`/api/principles/${id}`, { fresh: true })).body.number).toBe(replica)
    await pair.resumeReplay()
    expect((await anonymous(`/api/principles/${id}`, { fresh: true })).body.number).toBe(primary)
  })

  it('a user reads their own write at once while the replica lags, over REST and GraphQL; so does everyone after it', async () => {
    const id = await createPrinciple(2)
    await readingFromPausedReplica(id)
    const edited = await app.api(`/api/principles/${id}`, {
      body: { number: 12 },
      method: 'PATCH',
      token: editor,
    })
    expect(edited.status).toBe(200)
    expect(await numberOnReplica(id)).not.toBe(12)

    const own = await app.api(`/api/principles/${id}`, { token: editor })
    expect(own.body.number).toBe(12)
    const query = `{ Principle(id: ${id}) { number } }`
    expect((await app.graphql(query, {}, editor)).body.data).toEqual({ Principle: { number: 12 } })
    expect((await anonymous(`/api/principles/${id}`, { fresh: true })).body.number).toBe(12)
    await pair.resumeReplay()
  })

  it('the response cache never keeps an answer older than a write it has heard of (another server’s, replica paused)', async () => {
    const id = await createPrinciple(3)
    const { primary } = await readingFromPausedReplica(id)
    // The replica in step again, then paused: the server still reads from it.
    await pair.resumeReplay()
    await pair.pauseReplay()
    const path = `/api/principles/${id}`
    await waitFor('the answer cached', async () => (await anonymous(path)).cache === 'HIT')
    expect((await anonymous(path)).body.number).toBe(primary)

    await otherServer.update({ id, collection: 'principles', data: { number: 33 } })
    expect(await numberOnReplica(id)).toBe(primary)
    // The other server's write is heard within a bounded delay; from then on only the new answer.
    await waitFor(
      'the other server’s write seen',
      async () => (await anonymous(path)).body.number === 33,
    )
    expect(await anonymous(path)).toMatchObject({ body: { number: 33 }, cache: 'HIT' })
    await pair.resumeReplay()
  })

  // Last: the replica does not come back.
  it(
    'a replica that stops keeps reads on the primary, with one warning in the log',
    {
      timeout: 150_000,
    },
    async () => {
      const id = await createPrinciple(4)
      const { primary } = await readingFromPausedReplica(id)
      await pair.resumeReplay()
      const path = `/api/principles/${id}`
      expect((await anonymous(path, { fresh: true })).body.number).toBe(primary)

      await bounded('the replica stopping', pair.stopReplica(), 30_000)
      await waitFor('reads on the primary', async () => {
        const { body, status } = await anonymous(path, { fresh: true })
        return status === 200 && body.number === primary
      })
      for (const _ of [1, 2, 3]) {
        expect(await anonymous(path, { fresh: true })).toMatchObject({
          body: { number: primary },
          status: 200,
        })
      }
      const warnings = () => app.output().match(/A read replica does not answer \(.*\)/g) ?? []
      await waitFor('the warning', async () => warnings().length > 0)
      // Its cause is whatever the first check met of the stop: the server shutting down, the
      // connection terminated, or refused.
      expect(warnings()).toEqual([
        expect.stringMatching(/ECONNREFUSED|terminat|connect|shutting down/i),
      ])
    },
  )
})
