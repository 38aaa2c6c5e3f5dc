/*
 * The response cache (README: Performance): the anonymous partner list answered from the cache,
 * by Payload with the cache off, and by the bare `pg` floor; the same list asked conditionally
 * (304); and how long after a write's answer on one server another server on the same database
 * stops serving its cached answer (LISTEN/NOTIFY). Part of `npm run bench`; alone:
 * `npm run bench:cache` (prints the section).
 */
import path from 'node:path'

import { demoUsers } from '../../seed/content/demo'
import { freePort } from '../../src/db/freePort'
import { type ServerProcess, spawnProcess, spawnServer } from '../helpers/serverProcess'
import { compare, type Figures, median, type Timing } from './measure'
import { scenarios } from './scenarios'
import { runAlone } from './seededDatabase'

/** ms until another server serves a write's result: after the write's answer, and after it was sent. */
export type InvalidationDelays = { afterAnswer: number[]; afterSent: number[] }

export type ResponseCacheCost = {
  delays: InvalidationDelays
  graphql: { cached: Figures; uncached: Figures }
  list: { cached: Figures; floor: Figures; uncached: Figures }
  notModified: { cached: Figures; uncached: Figures }
  timing: Timing
}

const editor = demoUsers.find((user) => user.email === 'redaktion@demo.example')!

/** The list every visitor of the partner page asks for (the host section's scenario). */
const LIST = '/api/partners?depth=1&limit=100'

const percentile = (values: number[], share: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(share * values.length))]

/**
 * `samples` times: server `other` holds the list in its cache; a partner's name is changed on
 * `origin` while `other` is asked back to back (a cached answer takes about a millisecond) until
 * it shows the new name. When the ask that first shows it started, in ms after the write's answer
 * arrived (negative: before), and after the write was sent (its own time included).
 */
const invalidationDelays = async (origin: string, other: string, samples: number) => {
  const login = await fetch(`${origin}/api/users/login`, {
    body: JSON.stringify({ email: editor.email, password: editor.password }),
    headers: { 'content-type': 'application/json' },
    method: 'POST',
  })
  const { token } = (await login.json()) as { token: string }
  const ask = async () => {
    const response = await fetch(other + LIST)
    return {
      cache: response.headers.get('x-cache'),
      names: ((await response.json()) as { docs: Array<{ name: string }> }).docs.map(
        ({ name }) => name,
      ),
    }
  }
  const partner = (
    (await (await fetch(`${origin}${LIST}`)).json()) as {
      docs: Array<{ id: number; name: string }>
    }
  ).docs[0]
  const delays: InvalidationDelays = { afterAnswer: [], afterSent: [] }
  for (let sample = 0; sample < samples; sample++) {
    while ((await ask()).cache !== 'HIT') {
      // Until the other server has kept the current list.
    }
    const name = `${partner.name} ${sample}`
    const sentAt = performance.now()
    let answeredAt = 0
    const written = fetch(`${origin}/api/partners/${partner.id}?depth=0`, {
      body: JSON.stringify({ name }),
      headers: { authorization: `JWT ${token}`, 'content-type': 'application/json' },
      method: 'PATCH',
    }).then(async (response) => {
      answeredAt = performance.now()
      if (!response.ok) {
        throw new Error(`PATCH: ${response.status} ${await response.text()}`)
      }
    })
    let seenAt: number | undefined
    while (seenAt === undefined) {
      const askedAt = performance.now()
      if ((await ask()).names.includes(name)) {
        seenAt = askedAt
      }
    }
    await written
    delays.afterAnswer.push(seenAt - answeredAt)
    delays.afterSent.push(seenAt - sentAt)
  }
  return delays
}

/**
 * Starts the servers it compares on `env`'s (seeded) database — one with the cache, one
 * without, a second with the cache, and the floor — measures, and stops them.
 */
export const responseCacheCost = async (
  env: Record<string, string>,
  timing: Timing,
  samples: number,
): Promise<ResponseCacheCost> => {
  const processes: ServerProcess[] = []
  const start = async (server: Promise<ServerProcess>) => {
    processes.push(await server)
    const { child, url } = processes.at(-1)!
    return { pid: child.pid, url }
  }
  try {
    const cached = await start(spawnServer({ ...env, RESPONSE_CACHE: 'on' }))
    const uncached = await start(spawnServer({ ...env, RESPONSE_CACHE: 'off' }))
    const other = await start(spawnServer({ ...env, RESPONSE_CACHE: 'on' }))
    const floor = await start(
      spawnProcess({
        args: ['--import', 'tsx', path.join('test', 'bench', 'floor.ts')],
        env: { ...env, PORT: String(await freePort()) },
        ready: /listening on (http:\/\/\S+)/,
      }),
    )
    const [listCached, listUncached, listFloor] = await compare(
      [cached, uncached, floor],
      [{ path: LIST }],
      timing,
    )
    const graphqlSteps = scenarios({ caseId: 0, caseSlug: '' }).find(({ name }) =>
      name.startsWith('GraphQL partners'),
    )!.steps
    const [graphqlCached, graphqlUncached] = await compare([cached, uncached], graphqlSteps, timing)
    // As a revalidating client asks: its copy's tag, and max-age=0 (no `no-cache`).
    const tag = (await fetch(cached.url + LIST)).headers.get('etag')!
    const [notModifiedCached, notModifiedUncached] = await compare(
      [cached, uncached],
      [{ headers: { 'cache-control': 'max-age=0', 'if-none-match': tag }, path: LIST }],
      timing,
      { notModified: true },
    )
    const delays = await invalidationDelays(cached.url, other.url, samples)
    return {
      delays,
      graphql: { cached: graphqlCached, uncached: graphqlUncached },
      list: { cached: listCached, floor: listFloor, uncached: listUncached },
      notModified: { cached: notModifiedCached, uncached: notModifiedUncached },
      timing,
    }
  } finally {
    await Promise.all(processes.map((server) => server.stop()))
  }
}

const row = (what: string, figures: Figures) =>
  `| ${what} | ${figures.medianMs} / ${figures.p99Ms} | ${figures.requestsPerSecond.toFixed(0)} | ${figures.cpuMsPerRequest?.toFixed(2) ?? '–'} |`

const spread = (what: string, values: number[]) =>
  `| ${what} | ${median(values).toFixed(1)} | ${percentile(values, 0.99).toFixed(1)} | ${Math.max(...values).toFixed(1)} |`

/** The section of docs/benchmarks.md. */
export const responseCacheSection = ({
  delays,
  graphql,
  list,
  notModified,
  timing,
}: ResponseCacheCost) => `Anonymous requests to one server (${timing.connections} connections, ${timing.rounds} rounds of ${timing.seconds} s
each, servers taken in turn; medians over the rounds). \`RESPONSE_CACHE=on\` is the default; "off" is the same
server without it, and the floor is one SELECT through \`pg\` turned into JSON (\`test/bench/floor.ts\`).

| request | latency median / p99 ms | requests/s | server CPU ms per request |
|---|---|---|---|
${row('`GET /api/partners?depth=1&limit=100`, cache hit', list.cached)}
${row('the same, cache off', list.uncached)}
${row('the same, bare `pg` floor', list.floor)}
${row('GraphQL partners with logos, cache hit', graphql.cached)}
${row('the same, cache off', graphql.uncached)}
${row('the list with a current `If-None-Match`: 304 from the cache', notModified.cached)}
${row('the same 304, cache off', notModified.uncached)}

Invalidation across servers: two servers with the cache on the same database; a partner's name changed on
one (\`PATCH\`) while the other is asked back to back until it shows the new name, ${delays.afterSent.length} times. When the
ask that first showed it started (ms; negative: before the writer had its answer):

| measured from | median | p99 | max |
|---|---|---|---|
${spread("the write's answer", delays.afterAnswer)}
${spread('the write being sent (its own time included)', delays.afterSent)}

The notification goes out with the commit, before the writing server answers.`

// Alone: a fresh seeded database, then the measurement.
if (import.meta.url === `file://${process.argv[1]}`) {
  await runAlone(
    'dab-bench-cache',
    { PAYLOAD_SECRET: 'bench-secret', RATE_LIMIT_GRAPHQL: '0', RATE_LIMIT_LOGIN: '0' },
    200,
    async (env) =>
      responseCacheSection(
        await responseCacheCost(
          env,
          { connections: 4, rounds: 3, seconds: 2, warmupSeconds: 1 },
          200,
        ),
      ),
  )
}
