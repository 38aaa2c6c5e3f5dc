/*
 * `npm run reliability`: 200 concurrent connections for 60 s of mixed reads and writes against
 * the production server on loopback, as slow as it is too slow for CI. Passes when there is no
 * connection error, timeout or 5xx, and the server's memory at the end is within 20% of its
 * memory after warm-up. Results go to docs/reliability.md (LOAD_* variables change the run).
 */
import autocannon from 'autocannon'
import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'

import { ensureBuild } from '../../src/build/ensureBuild'
import { startEmbeddedPostgres } from '../../src/db/embeddedPostgres'
import { projectRoot } from '../../src/runtime/settings'
import { endPool } from '../../src/server/pool'
import { spawnServer } from '../helpers/serverProcess'
import { tempDir } from '../helpers/tempDir'
import { PASSWORD } from '../helpers/users'

const CONNECTIONS = Number(process.env.LOAD_CONNECTIONS) || 200
const SECONDS = Number(process.env.LOAD_SECONDS) || 60
const WARM_UP_SECONDS = Number(process.env.LOAD_WARM_UP_SECONDS) || 15
const MEMORY_TOLERANCE = 0.2
const SECRET = 'reliability-secret'
const PARTNERS = 50

/** Resident memory of a process, in bytes (Linux). */
const rss = async (pid: number) => {
  const status = await readFile(`/proc/${pid}/status`, 'utf8')
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)![1]) * 1024
}
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`

const seed = async (databaseUri: string) => {
  Object.assign(process.env, { DATABASE_URI: databaseUri, PAYLOAD_SECRET: SECRET })
  const [{ getPayload }, { default: config }] = await Promise.all([import('payload'), import('../../payload.config')])
  const payload = await getPayload({ config })
  await payload.create({ collection: 'users', data: { email: 'admin@load.example', password: PASSWORD, roles: ['admin'] } })
  await payload.create({ collection: 'users', data: { email: 'editor@load.example', password: PASSWORD, roles: ['editor'] } })
  for (let index = 0; index < PARTNERS; index++) {
    await payload.create({
      collection: 'partners',
      data: { name: `Partner ${index + 1}`, status: 'active', tier: index % 5 ? 'working' : 'steering', website: `https://p${index}.example` } as never,
    })
  }
  await endPool(payload)
}

/** Four reads to one write: lists, one document, GraphQL, and partners created with unique names. */
const mix = (token: string): autocannon.Request[] => {
  const json = { 'Content-Type': 'application/json' }
  return [
    { method: 'GET', path: '/api/partners?limit=20&depth=1' },
    { body: JSON.stringify({ query: '{ Partners(limit: 10) { docs { name website tier } } }' }), headers: json, method: 'POST', path: '/api/graphql' },
    { method: 'GET', path: '/api/partners/1' },
    { method: 'GET', path: '/api/tiers' },
    {
      body: JSON.stringify({ name: 'Last [<id>]', status: 'prospect', tier: 'working' }),
      headers: { ...json, Authorization: `JWT ${token}` },
      method: 'POST',
      path: '/api/partners',
    },
  ]
}

const run = (url: string, token: string, seconds: number) =>
  autocannon({ connections: CONNECTIONS, duration: seconds, idReplacement: true, requests: mix(token), timeout: 30, url })

const main = async () => {
  await ensureBuild(projectRoot)
  const data = await tempDir('dab-reliability')
  const cluster = await startEmbeddedPostgres({ dir: path.join(data.dir, 'postgres'), log: () => {} })
  const databaseUri = cluster.uri('reliability')
  // One client address sends everything here: the GraphQL rate limit would be measured, not the server.
  const env = { DATABASE_URI: databaseUri, DATA_DIR: data.dir, PAYLOAD_SECRET: SECRET, RATE_LIMIT_GRAPHQL: '0' }
  const server = await spawnServer(env)
  try {
    await seed(databaseUri)
    const login = await fetch(new URL('/api/users/login', server.url), {
      body: JSON.stringify({ email: 'editor@load.example', password: PASSWORD }),
      headers: { 'Content-Type': 'application/json' },
      method: 'POST',
    })
    const { token } = (await login.json()) as { token: string }

    console.log(`Warming up: ${CONNECTIONS} connections for ${WARM_UP_SECONDS} s`)
    await run(server.url, token, WARM_UP_SECONDS)
    const memoryAfterWarmUp = await rss(server.child.pid!)
    console.log(`Measuring: ${CONNECTIONS} connections for ${SECONDS} s (memory after warm-up ${mb(memoryAfterWarmUp)})`)
    const result = await run(server.url, token, SECONDS)
    const memoryAtEnd = await rss(server.child.pid!)
    const growth = memoryAtEnd / memoryAfterWarmUp - 1

    const figures = {
      '2xx': result['2xx'],
      '4xx': result['4xx'],
      '5xx': result['5xx'],
      errors: result.errors,
      timeouts: result.timeouts,
    }
    const passed = !figures['5xx'] && !figures['4xx'] && !figures.errors && !figures.timeouts && Math.abs(growth) <= MEMORY_TOLERANCE
    const lines = [
      `Run ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, Node ${process.version}, ${CONNECTIONS} connections, ${SECONDS} s after ${WARM_UP_SECONDS} s of warm-up, on loopback.`,
      '',
      '| measure | value |',
      '|---|---|',
      `| requests | ${result.requests.total} (${result.requests.average.toFixed(0)}/s on average) |`,
      `| of which writes (one in five) | about ${Math.round(result.requests.total / 5)} |`,
      `| 2xx / 4xx / 5xx | ${figures['2xx']} / ${figures['4xx']} / ${figures['5xx']} |`,
      `| connection errors / timeouts | ${figures.errors} / ${figures.timeouts} |`,
      `| latency median / p99 / max | ${result.latency.p50} / ${result.latency.p99} / ${result.latency.max} ms |`,
      `| server memory (RSS) after warm-up → end | ${mb(memoryAfterWarmUp)} → ${mb(memoryAtEnd)} (${(growth * 100).toFixed(1)}%) |`,
      `| verdict | ${passed ? 'pass' : 'FAIL'} |`,
    ]
    console.log(lines.join('\n'))
    const doc = path.join(projectRoot, 'docs', 'reliability.md')
    const text = await readFile(doc, 'utf8')
    const start = text.indexOf('<!-- load:start -->')
    const end = text.indexOf('<!-- load:end -->')
    await writeFile(doc, `${text.slice(0, start)}<!-- load:start -->\n${lines.join('\n')}\n${text.slice(end)}`)
    process.exitCode = passed ? 0 : 1
  } finally {
    await server.stop()
    await cluster.stop()
    await data.remove()
  }
}

await main()
