/**
 * The server's response cache (README: Performance): anonymous REST GETs and GraphQL queries are
 * answered from memory (`X-Cache: HIT`) with the same body and headers as a fresh answer; every
 * committed write — REST, GraphQL, the Local API, a job, a hook of the tier plugin, a global —
 * empties it before the write's response, and on another server on the same database before that
 * server's next answer (PostgreSQL `LISTEN/NOTIFY`, and a round trip on that connection per request); logins, API keys, drafts and errors are never kept;
 * a read that was under way when a write committed keeps nothing; and after each tier change of
 * the rights matrix every cached anonymous answer is the fresh one.
 */
import type { Payload } from 'payload'

import { commitTransaction, createLocalReq, initTransaction, killTransaction } from 'payload'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { TestApp } from '../helpers/testApp'
import type { Viewer } from '../helpers/transports'

import { LISTENER_NAME } from '../../src/db/changeListener'
import { cacheSettings } from '../../src/server/cacheSettings'
import { create } from '../helpers/content'
import { type PartnerWorld, partnerWorldPerFile } from '../helpers/partnerWorld'
import { startApp } from '../helpers/testApp'
import { previewAccount } from '../helpers/users'
import { waitFor } from '../helpers/waitFor'

const CACHED = { RESPONSE_CACHE: 'on' }

let app: TestApp
let payload: Payload
let world: PartnerWorld

partnerWorldPerFile((context) => ({ app, payload, world } = context), { env: CACHED })

/** What an anonymous visitor asks: a REST path, or a GraphQL query. */
type Probe = { query: string } | string

type Answer = { body: any; cache: null | string; headers: Headers; status: number }

let freshness = 0

/**
 * Asks `probe` anonymously. `fresh` adds a cookie of its own (part of the cache's key, ignored by
 * Payload): the answer Payload gives now, whatever the cache holds.
 */
const ask = async (probe: Probe, { fresh = false, server = app } = {}): Promise<Answer> => {
  const headers: Record<string, string> = fresh ? { Cookie: `fresh=${++freshness}` } : {}
  const response =
    typeof probe === 'string'
      ? await server.api(probe, { headers })
      : await server.api('/api/graphql', { body: { query: probe.query }, headers, method: 'POST' })
  return {
    body: response.body,
    cache: response.headers.get('x-cache'),
    headers: response.headers,
    status: response.status,
  }
}

/** Asks until the cache holds the answer (the first ask may run into a write's announcement). */
const cached = async (probe: Probe, server = app): Promise<Answer> => {
  let answer = await ask(probe, { server })
  await waitFor(`${JSON.stringify(probe)} cached`, async () => {
    answer = await ask(probe, { server })
    return answer.cache === 'HIT'
  })
  return answer
}

const editor = (): Viewer => world.viewers.editor
const partnerPath = (name: keyof PartnerWorld['partners']) =>
  `/api/partners/${world.partners[name].id}?depth=1`

const patch = (path: string, body: Record<string, unknown>, token = editor().token) =>
  app.api(path, { body, method: 'PATCH', token })

describe('settings', () => {
  const settings = (env: Record<string, string>) => cacheSettings(env as NodeJS.ProcessEnv)
  it('on by default with 64 MB; RESPONSE_CACHE and RESPONSE_CACHE_MB set them; anything else stops the start', () => {
    expect(settings({})).toMatchObject({
      responseCache: true,
      responseCacheBytes: 64 * 1024 * 1024,
    })
    expect(settings({ RESPONSE_CACHE: 'off', RESPONSE_CACHE_MB: '8' })).toMatchObject({
      responseCache: false,
      responseCacheBytes: 8 * 1024 * 1024,
    })
    expect(() => settings({ RESPONSE_CACHE: 'yes' })).toThrow(
      'RESPONSE_CACHE must be "on" or "off", not "yes".',
    )
    expect(() => settings({ RESPONSE_CACHE_MB: '0' })).toThrow(/RESPONSE_CACHE_MB/)
  })
})

describe('hits', () => {
  it('a repeated anonymous GET is answered from the cache: same status, body and headers', async () => {
    const path = '/api/partners?sort=name&depth=1'
    const first = await ask(path, { fresh: true })
    expect(first.cache).toBe('MISS')
    const hit = await cached(path)
    expect(hit.status).toBe(200)
    expect(hit.body).toEqual(first.body)
    const same = (answer: Answer) =>
      [...answer.headers].filter(([name]) => !['date', 'x-cache'].includes(name))
    expect(same(hit)).toEqual(same(first))
    expect(hit.headers.get('etag')).toMatch(/^W\//)
  })

  it('a conditional GET is answered 304 from a cached answer', async () => {
    const path = '/api/partners?sort=-name'
    const { headers } = await cached(path)
    // As a revalidating client asks (fetch would add `no-cache` otherwise; see http-caching).
    const again = await app.api(path, {
      headers: { 'Cache-Control': 'max-age=0', 'If-None-Match': headers.get('etag')! },
    })
    expect(again.status).toBe(304)
    expect(again.headers.get('x-cache')).toBe('HIT')
  })

  it('an anonymous GraphQL query (POST) is answered from the cache', async () => {
    const probe = { query: '{ Partners(sort: "name") { docs { name tier logo { id } } } }' }
    const first = await ask(probe, { fresh: true })
    expect(first.cache).toBe('MISS')
    expect((await cached(probe)).body).toEqual(first.body)
  })
})

describe('never kept', () => {
  const path = '/api/partners?sort=name&limit=50'

  it('answers for a login (JWT or cookie) or an API key, and drafts', async () => {
    const { token } = editor()
    const { authorization } = await previewAccount(app, world.viewers.admin.token!)
    const asked: Array<Record<string, string>> = [
      { Authorization: `JWT ${token}` },
      { Cookie: `payload-token=${token}` },
      { Authorization: authorization },
    ]
    for (const headers of asked) {
      for (let time = 0; time < 2; time++) {
        const answer = await app.api(path, { headers })
        expect(answer.status).toBe(200)
        expect(answer.headers.get('x-cache')).toBeNull()
      }
    }
    // An editor sees the internal notes: never an anonymous answer, nor kept for one.
    const staff = await app.api(path, { token })
    expect(JSON.stringify(staff.body)).toContain('Intern note')
    await cached(path)
    const anonymous = await ask(path)
    expect(JSON.stringify(anonymous.body)).not.toContain('Intern note')
    for (let time = 0; time < 2; time++) {
      expect((await ask(`${path}&draft=true`)).cache).toBeNull()
      const graphql = await ask({ query: '{ Partners(draft: true) { docs { name } } }' })
      expect(graphql.cache).toBeNull()
    }
  })

  it('errors: a 404, a refused query, GraphQL errors, a mutation', async () => {
    const probes: Probe[] = [
      '/api/partners/999999',
      '/api/partners?where[notes][like]=Intern',
      { query: '{ Partners { docs { notAField } } }' },
      { query: 'mutation { createPartner(data: { name: "X" }) { id } }' },
    ]
    for (const probe of probes) {
      for (let time = 0; time < 2; time++) {
        expect((await ask(probe)).cache, JSON.stringify(probe)).not.toBe('HIT')
      }
    }
  })
})

describe('every committed write empties the cache before its response', () => {
  const path = () => partnerPath('working')

  it.each([
    ['REST', (name: string) => patch(path(), { name })],
    [
      'a GraphQL mutation',
      (name: string) =>
        app.graphql(
          `mutation { updatePartner(id: ${world.partners.working.id}, data: { name: "${name}" }) { id } }`,
          undefined,
          editor().token,
        ),
    ],
  ])('%s', async (_door, write) => {
    await cached(path())
    const name = `Arbejds Region ${++freshness}`
    await write(name)
    const after = await ask(path())
    expect(after.cache).toBe('MISS')
    expect(after.body.name).toBe(name)
  })

  it('a tier change through the plugin (its hook sets the logos’ flags in the same transaction)', async () => {
    const logos = `/api/logos?where[partner][equals]=${world.partners.working.id}&depth=0`
    expect((await cached(path())).body.logo).toBeFalsy()
    expect((await cached(logos)).body.docs).toEqual([])
    await patch(path(), { tier: 'steering' })
    expect((await ask(path())).body.logo).toBeTruthy()
    expect((await ask(logos)).body.docs).toHaveLength(1)
    await patch(path(), { tier: 'working' })
    expect((await ask(path())).body.logo).toBeFalsy()
    expect((await ask(logos)).body.docs).toEqual([])
  })

  it('a global', async () => {
    const title = () => `Katalog ${++freshness}`
    const publish = (value: string) =>
      app.api('/api/globals/catalog', {
        body: { _status: 'published', title: value },
        method: 'POST',
        token: editor().token,
      })
    await publish(title())
    await cached('/api/globals/catalog')
    const next = title()
    await publish(next)
    expect((await ask('/api/globals/catalog')).body.title).toBe(next)
  })

  it('a job of the server (scheduled publishing, Local API in the server) — and nothing else', async () => {
    const draft = await app.api('/api/cases', {
      body: { summary: 'x', title: 'Planlagt' },
      method: 'POST',
      token: editor().token,
    })
    const list = '/api/cases?where[title][equals]=Planlagt&depth=0'
    expect((await cached(list)).body.docs).toEqual([])
    // Queued from here: a job's row is bookkeeping, not a public change (the cache keeps its answer).
    await payload.jobs.queue({
      input: {
        type: 'publish',
        doc: { relationTo: 'cases', value: draft.body.doc.id },
        user: { relationTo: 'users', value: world.viewers.editor.user!.id },
      },
      task: 'schedulePublish',
      waitUntil: new Date(Date.now() + 1000),
    })
    await waitFor(
      'the scheduled case in the cached list',
      async () => (await ask(list)).body.docs.length === 1,
      { timeoutMs: 15_000 },
    )
  })

  it('the Local API of another process: heard through PostgreSQL before the next answer; a rolled-back write is not', async () => {
    const id = world.partners.working.id
    const { body } = await cached(path())
    const req = await createLocalReq({}, payload)
    await initTransaction(req)
    await payload.update({ id, collection: 'partners', data: { name: 'Aldrig' }, req })
    await killTransaction(req)
    const afterRollback = await ask(path())
    expect([afterRollback.cache, afterRollback.body.name]).toEqual(['HIT', body.name])
    // Asked the moment the write has committed, before its NOTIFY may have reached the server:
    // the server hears it first (a round trip on its LISTEN connection), so never the old answer.
    for (let round = 0; round < 20; round++) {
      const name = `Arbejds Region ${++freshness}`
      await payload.update({ id, collection: 'partners', data: { name } })
      expect((await ask(path())).body.name).toBe(name)
    }
  })
})

describe('a read under way when a write commits', () => {
  it('keeps nothing: the next read is the written answer', async () => {
    const path = `/api/partners/${world.partners.steering.id}?depth=1`
    const cases = (answer: Answer) =>
      answer.body.cases.docs.map((doc: { id: number } | number) =>
        typeof doc === 'number' ? doc : doc.id,
      )
    const before = cases(await cached(path))
    // Kept waiting for the logo (populated after the partner was read) until the write is done.
    const lock = new pg.Client({ connectionString: app.databaseUri })
    await lock.connect()
    try {
      await lock.query('BEGIN; LOCK TABLE logos IN ACCESS EXCLUSIVE MODE')
      // A key of its own, so that it reads the database; under way before the write.
      const probe = `${path}&under-way=1`
      const reading = ask(probe)
      await waitFor('the read waiting on the logo', async () => {
        const { rows } = await lock.query(
          `select 1 from pg_locks l join pg_class c on c.oid = l.relation
           where c.relname = 'logos' and not l.granted`,
        )
        return rows.length > 0
      })
      // A published case of the partner: committed, and counted, before its response.
      const written = await app.api('/api/cases?depth=0', {
        body: {
          _status: 'published',
          partner: world.partners.steering.id,
          summary: 'x',
          title: `Kapløb ${++freshness}`,
        },
        method: 'POST',
        token: editor().token,
      })
      expect(written.status).toBe(201)
      // Another visitor meanwhile (of what needs no logo): the cache is now the new generation's.
      expect((await ask('/api/cases?depth=0')).cache).toBe('MISS')
      await lock.query('ROLLBACK')
      const stale = await reading
      expect([stale.cache, cases(stale)]).toEqual(['MISS', before])
      const again = await ask(probe)
      expect([again.cache, cases(again)]).toEqual(['MISS', [...before, written.body.doc.id]])
    } finally {
      await lock.end()
    }
  })
})

describe('the connection that hears other servers', () => {
  it('lost: nothing is served from the cache until it is back, and what was missed is not kept', async () => {
    const path = partnerPath('working')
    await cached(path)
    const admin = new pg.Client({ connectionString: app.databaseUri })
    await admin.connect()
    try {
      await admin.query(
        // This database's only: the other test files' servers share the PostgreSQL.
        'select pg_terminate_backend(pid) from pg_stat_activity where application_name = $1 and datname = current_database()',
        [LISTENER_NAME],
      )
    } finally {
      await admin.end()
    }
    // Written by this process while the server may not hear it.
    const name = `Arbejds Region ${++freshness}`
    await payload.update({ id: world.partners.working.id, collection: 'partners', data: { name } })
    await waitFor('the written name', async () => (await ask(path)).body.name === name, {
      intervalMs: 5,
      timeoutMs: 5_000,
    })
    // Listening again: kept and served as before.
    await cached(path)
    expect((await ask(path)).body.name).toBe(name)
  })
})

describe('a write the server has not heard of yet', () => {
  it('is heard before the next answer: the cache is not served until the LISTEN connection has caught up', async () => {
    const path = partnerPath('working')
    await cached(path)
    const admin = new pg.Client({ connectionString: app.databaseUri })
    await admin.connect()
    const {
      rows: [{ pid }],
    } = await admin.query<{ pid: number }>(
      'select pid from pg_stat_activity where application_name = $1 and datname = current_database()',
      [LISTENER_NAME],
    )
    // The server's LISTEN session is held still, so the write's NOTIFY cannot reach the server
    // before the read does — the moment a busy machine can stretch.
    process.kill(pid, 'SIGSTOP')
    try {
      const name = `Arbejds Region ${++freshness}`
      await payload.update({
        id: world.partners.working.id,
        collection: 'partners',
        data: { name },
      })
      const reading = ask(path)
      // Without waiting for its LISTEN connection the server answers at once, from the cache.
      const early = await Promise.race([
        reading,
        new Promise<undefined>((resolve) => setTimeout(resolve, 500)),
      ])
      expect(early).toBeUndefined()
      process.kill(pid, 'SIGCONT')
      expect((await reading).body.name).toBe(name)
    } finally {
      process.kill(pid, 'SIGCONT')
      await admin.end()
    }
  })
})

describe('across servers', () => {
  let other: TestApp
  beforeAll(async () => {
    other = await startApp({ databaseUri: app.databaseUri, env: CACHED })
  })
  afterAll(() => other?.stop())

  it('a write on one server: the other’s next answer is the written one, never its cached one', async () => {
    const path = partnerPath('working')
    for (let round = 0; round < 20; round++) {
      await cached(path, other)
      const name = `Arbejds Region ${++freshness}`
      await patch(path, { name })
      expect((await ask(path, { server: other })).body.name).toBe(name)
    }
  })
})

describe('the rights matrix through the cache', () => {
  const GRAPHQL_FIELDS =
    'id name slug tier website logo { id } presentation contacts { name } panelNominees { name } attendees { name } ticketsExtra entitlements notes'
  const probes = (): Probe[] => [
    '/api/partners?sort=name&depth=1&limit=100',
    ...Object.keys(world.partners).map((name) =>
      partnerPath(name as keyof PartnerWorld['partners']),
    ),
    '/api/logos?sort=id&depth=0',
    `/api/cases?sort=id&depth=1`,
    { query: `{ Partners(sort: "name") { docs { ${GRAPHQL_FIELDS} } } }` },
    { query: `{ Cases { docs { title partner { ${GRAPHQL_FIELDS} } } } }` },
  ]

  /**
   * Every anonymous answer, asked twice (the second from the cache when the first was kept), is
   * the one Payload gives now.
   */
  const noStaleAnswer = async () => {
    for (const probe of probes()) {
      const check = async () => {
        const first = await ask(probe)
        const second = await ask(probe)
        const fresh = await ask(probe, { fresh: true })
        expect(second.cache, JSON.stringify(probe)).toBe(fresh.status === 200 ? 'HIT' : 'MISS')
        return [first, second].every(
          (answer) =>
            answer.status === fresh.status &&
            JSON.stringify(answer.body) === JSON.stringify(fresh.body),
        )
      }
      expect(await check(), JSON.stringify(probe)).toBe(true)
    }
  }

  it('after each tier or status change, by REST, GraphQL and the Local API, no cached answer is stale', async () => {
    await create(payload, 'cases', {
      slug: 'matrix-case',
      _status: 'published',
      partner: world.partners.working.id,
      title: 'Matrix case',
    })
    const { prospect, steering, working } = world.partners
    const changes: Array<[number, Record<string, string>]> = [
      [working.id, { tier: 'steering' }],
      [steering.id, { status: 'former' }],
      [prospect.id, { status: 'active' }],
      [working.id, { tier: 'working' }],
      [steering.id, { status: 'active' }],
      [prospect.id, { status: 'prospect' }],
    ]
    const doors = [
      (id: number, data: Record<string, string>) => patch(`/api/partners/${id}`, data),
      (id: number, data: Record<string, string>) =>
        app.graphql(
          `mutation { updatePartner(id: ${id}, data: { ${Object.entries(data)
            .map(([field, value]) => `${field}: ${value}`)
            .join(', ')} }) { id } }`,
          undefined,
          editor().token,
        ),
      async (id: number, data: Record<string, string>) => {
        const req = await createLocalReq({}, payload)
        await initTransaction(req)
        await payload.update({ id, collection: 'partners', data, req })
        await commitTransaction(req)
      },
    ]
    await noStaleAnswer()
    for (const [door, write] of doors.entries()) {
      for (const [id, data] of changes) {
        await write(id, data)
        await noStaleAnswer()
      }
    }
  })
})
