/*
 * Several app servers (README: Running several servers): nginx (docs/nginx.conf) in front of one
 * server, and in front of two on the same database, side by side; and what counting the GraphQL
 * rate limit in PostgreSQL costs a request. Part of `npm run bench`; alone: `npm run bench:servers`
 * (prints the section).
 */
import type { Options } from 'express-rate-limit'

import os from 'node:os'
import pg from 'pg'

import { openRateLimitStores } from '../../src/server/rateLimitStore'
import { type ReverseProxy, startReverseProxy } from '../helpers/reverseProxy'
import { type ServerProcess, spawnServer } from '../helpers/serverProcess'
import { compare, type Figures, median, type Timing } from './measure'
import { type Scenario, scenarios } from './scenarios'
import { runAlone } from './seededDatabase'

/** Calls per second from a number of connections at once, and the median call in ms. */
export type Calls = { clients: number; medianMs: number; perSecond: number }

export type SeveralServersCost = {
  /** The machine's load average (1 min) when the measurement ended: what else was running. */
  load: number
  /** Per scenario: through nginx to one server, and to two. */
  proxied: Array<{ one: Figures; scenario: string; two: Figures }>
  /** The GraphQL scenario on one server: its rate limit counted in PostgreSQL, and no limit. */
  rateLimit: { counted: Figures; off: Figures; scenario: string }
  /** The store's count on its own (one key, as one busy client), against `SELECT 1` on the same connections. */
  store: Array<{ count: Calls; select: Calls }>
  timing: Timing
}

/** Enough connections to keep two servers busy: each gets half. */
const CONNECTIONS = 8

/** `call` in loops on `clients` connections for `seconds`. */
const calls = async (clients: number, seconds: number, call: () => unknown): Promise<Calls> => {
  const times: number[] = []
  const end = performance.now() + seconds * 1000
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (performance.now() < end) {
        const started = performance.now()
        await call()
        times.push(performance.now() - started)
      }
    }),
  )
  return { clients, medianMs: median(times), perSecond: times.length / seconds }
}

/**
 * The rate-limit store's `increment`, as the server calls it, for one client address from 1 and
 * from 8 connections at once (8 servers' worth of concurrent requests): each call locks the
 * store's sessions table, so calls queue; `SELECT 1` on the same pool is what the connections
 * themselves allow.
 */
const storeCalls = async (uri: string, seconds: number) => {
  const stores = await openRateLimitStores(uri)
  const store = stores.store('bench')
  await store.init?.({ windowMs: 60_000 } as Options)
  const pool = new pg.Pool({ connectionString: uri, max: 8 })
  try {
    const rows: SeveralServersCost['store'] = []
    for (const clients of [1, 8]) {
      rows.push({
        count: await calls(clients, seconds, () => store.increment('198.51.100.1')),
        select: await calls(clients, seconds, () => pool.query('SELECT 1')),
      })
    }
    return rows
  } finally {
    await pool.end()
    await stores.close()
  }
}

const measured = (): Scenario[] => {
  const all = scenarios({ caseId: 0, caseSlug: '' })
  return ['REST cases, limit 20, depth 2', 'GraphQL partners'].map((prefix) =>
    all.find(({ name }) => name.startsWith(prefix))!,
  )
}

/**
 * Starts two servers on `env`'s (seeded) database with the GraphQL rate limit on (counted in
 * PostgreSQL, as in production; one client address, so every request counts for the same key),
 * a third with it off, nginx in front of the first alone and in front of both; measures, stops them.
 */
export const severalServersCost = async (
  env: Record<string, string>,
  timing: Timing,
): Promise<SeveralServersCost> => {
  const processes: ServerProcess[] = []
  const proxies: ReverseProxy[] = []
  const start = async (extra: Record<string, string>) => {
    processes.push(await spawnServer({ ...env, ...extra }))
    return processes.at(-1)!
  }
  try {
    const limited = { RATE_LIMIT_GRAPHQL: '100000000' }
    const [first, second] = [await start(limited), await start(limited)]
    const unlimited = await start({ RATE_LIMIT_GRAPHQL: '0' })
    proxies.push(
      await startReverseProxy([first.url]),
      await startReverseProxy([first.url, second.url]),
    )
    const [toOne, toTwo] = proxies.map(({ url }) => ({ url }))
    // Rounds of at least 2 s: a request to one server under this load can take most of a second.
    const wide = { ...timing, connections: CONNECTIONS, seconds: Math.max(timing.seconds, 2) }
    const proxied: SeveralServersCost['proxied'] = []
    for (const scenario of measured()) {
      const [one, two] = await compare([toOne, toTwo], scenario.steps, wide)
      proxied.push({ one, scenario: scenario.name, two })
    }
    const graphql = measured()[1]
    const [counted, off] = await compare(
      [
        { pid: first.child.pid, url: first.url },
        { pid: unlimited.child.pid, url: unlimited.url },
      ],
      graphql.steps,
      timing,
    )
    const store = await storeCalls(env.DATABASE_URI, timing.seconds)
    return {
      load: os.loadavg()[0],
      proxied,
      rateLimit: { counted, off, scenario: graphql.name },
      store,
      timing,
    }
  } finally {
    await Promise.all(proxies.map((proxy) => proxy.stop()))
    await Promise.all(processes.map((server) => server.stop()))
  }
}

const figures = (f: Figures) =>
  `${f.medianMs} / ${f.p99Ms} | ${f.requestsPerSecond.toFixed(0)} | ${f.cpuMsPerRequest?.toFixed(2) ?? '–'}`

/** The section of docs/benchmarks.md. */
export const severalServersSection = ({
  load,
  proxied,
  rateLimit,
  store,
  timing,
}: SeveralServersCost) => {
  // No answer finished within a round: no ratio to give.
  const gain = (one: Figures, two: Figures) =>
    one.requestsPerSecond && two.requestsPerSecond
      ? `${(two.requestsPerSecond / one.requestsPerSecond).toFixed(2)}×`
      : '–'
  return `nginx (\`docs/nginx.conf\`, round robin) in front of one server, and in front of two on the same database,
side by side (${CONNECTIONS} connections, ${timing.rounds} rounds of ${Math.max(timing.seconds, 2)} s each, taken in turn; medians over the rounds).
The response cache is off and the GraphQL rate limit on (counted in PostgreSQL; all load comes from one address).
Everything — both servers, PostgreSQL, nginx and autocannon — shares the machine's ${os.availableParallelism()} cores
(load average ${load.toFixed(1)} at the end).

| request | one server: latency median / p99 ms | requests/s | two servers: latency median / p99 ms | requests/s | two ÷ one |
|---|---|---|---|---|---|
${proxied
  .map(
    ({ one, scenario, two }) =>
      `| ${scenario} | ${one.medianMs} / ${one.p99Ms} | ${one.requestsPerSecond.toFixed(0)} | ${two.medianMs} / ${two.p99Ms} | ${two.requestsPerSecond.toFixed(0)} | ${gain(one, two)} |`,
  )
  .join('\n')}

The GraphQL rate limit's count in PostgreSQL (\`@acpr/rate-limit-postgresql\`: one function call per request,
which locks its sessions table for the length of that call), one server, ${timing.connections} connections:

| ${rateLimit.scenario} | latency median / p99 ms | requests/s | server CPU ms per request |
|---|---|---|---|
| limit counted in PostgreSQL | ${figures(rateLimit.counted)} |
| no limit (\`RATE_LIMIT_GRAPHQL=0\`) | ${figures(rateLimit.off)} |

The store's count alone, from this process (one client address, ${timing.seconds} s each), against \`SELECT 1\` on as many connections:

| connections at once | count: median ms | counts/s | \`SELECT 1\`: median ms | per s |
|---|---|---|---|---|
${store
  .map(
    ({ count, select }) =>
      `| ${count.clients} | ${count.medianMs.toFixed(2)} | ${count.perSecond.toFixed(0)} | ${select.medianMs.toFixed(2)} | ${select.perSecond.toFixed(0)} |`,
  )
  .join('\n')}`
}

// Alone: a fresh seeded database, then the measurement.
if (import.meta.url === `file://${process.argv[1]}`) {
  await runAlone(
    'dab-bench-servers',
    { PAYLOAD_SECRET: 'bench-secret', RATE_LIMIT_LOGIN: '0', RESPONSE_CACHE: 'off' },
    1000,
    async (env) =>
      severalServersSection(
        await severalServersCost(env, { connections: 4, rounds: 3, seconds: 2, warmupSeconds: 1 }),
      ),
  )
}
