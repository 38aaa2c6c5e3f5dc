/*
 * `npm run reliability`: 200 concurrent connections for 60 s of mixed reads and writes against
 * the production server on loopback, as slow as it is too slow for CI. Passes when there is no
 * connection error, timeout or 5xx, and the server's memory at the end is within 20% of its
 * memory after warm-up. Results go to docs/reliability.md (LOAD_* variables change the run).
 */
import autocannon from 'autocannon'
import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import pg from 'pg'

import { ensureBuild } from '../../src/build/ensureBuild'
import { startEmbeddedPostgres } from '../../src/db/embeddedPostgres'
import { projectRoot } from '../../src/runtime/settings'
import { endPool } from '../../src/server/pool'
import { spawnServer } from '../helpers/serverProcess'
import { tempDir } from '../helpers/tempDir'
import { PASSWORD } from '../helpers/users'

const CONNECTIONS = Number(process.env.LOAD_CONNECTIONS) || 200
const SECONDS = Number(process.env.LOAD_SECONDS) || 60
const WARM_UP_SECONDS = Number(process.env.LOAD_WARM_UP_SECONDS) || 30
const MEMORY_TOLERANCE = 0.2
/** A heap limit for the server in MB (`--max-old-space-size`); 0: Node's default. */
const HEAP_MB = Number(process.env.LOAD_HEAP_MB) || 0
const SECRET = 'reliability-secret'
const PARTNERS = 50

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`

/**
 * The server's memory once a full garbage collection has run, asked through its inspector
 * (loopback only): what is live, not where the collector happens to be in its cycle.
 */
const memoryAfterCollection = async (inspectorUrl: string): Promise<NodeJS.MemoryUsage> => {
  const socket = new WebSocket(inspectorUrl)
  await new Promise((resolve, reject) => {
    socket.addEventListener('open', resolve, { once: true })
    socket.addEventListener('error', reject, { once: true })
  })
  let lastId = 0
  const call = (method: string, params: object = {}) =>
    new Promise<any>((resolve) => {
      const id = ++lastId
      const onMessage = (event: MessageEvent) => {
        const message = JSON.parse(String(event.data)) as { id?: number; result?: unknown }
        if (message.id !== id) {
          return
        }
        socket.removeEventListener('message', onMessage)
        resolve(message.result)
      }
      socket.addEventListener('message', onMessage)
      socket.send(JSON.stringify({ id, method, params }))
    })
  try {
    await call('HeapProfiler.collectGarbage')
    const { result } = await call('Runtime.evaluate', {
      expression: 'JSON.stringify(process.memoryUsage())',
      returnByValue: true,
    })
    return JSON.parse(result.value as string) as NodeJS.MemoryUsage
  } finally {
    socket.close()
  }
}

const seed = async (databaseUri: string) => {
  Object.assign(process.env, { DATABASE_URI: databaseUri, PAYLOAD_SECRET: SECRET })
  const [{ getPayload }, { default: config }] = await Promise.all([
    import('payload'),
    import('../../payload.config'),
  ])
  const payload = await getPayload({ config })
  await payload.create({
    collection: 'users',
    data: { email: 'admin@load.example', password: PASSWORD, roles: ['admin'] },
  })
  await payload.create({
    collection: 'users',
    data: { email: 'editor@load.example', password: PASSWORD, roles: ['editor'] },
  })
  for (let index = 0; index < PARTNERS; index++) {
    await payload.create({
      collection: 'partners',
      data: {
        name: `Partner ${index + 1}`,
        status: 'active',
        tier: index % 5 ? 'working' : 'steering',
        website: `https://p${index}.example`,
      } as never,
    })
  }
  await endPool(payload)
}

let written = 0
/** Names of the partners whose creation was answered with 201. */
const acknowledged = new Set<string>()

/** Four reads to one write: lists, one document, GraphQL, and partners created with unique names. */
const mix = (token: string): autocannon.Request[] => {
  const json = { 'Content-Type': 'application/json' }
  return [
    { method: 'GET', path: '/api/partners?limit=20&depth=1' },
    {
      body: JSON.stringify({ query: '{ Partners(limit: 10) { docs { name website tier } } }' }),
      headers: json,
      method: 'POST',
      path: '/api/graphql',
    },
    { method: 'GET', path: '/api/partners/1' },
    { method: 'GET', path: '/api/tiers' },
    {
      headers: { ...json, Authorization: `JWT ${token}` },
      method: 'POST',
      path: '/api/partners',
      // A body made per request (autocannon's idReplacement keeps the template's Content-Length).
      onResponse: (status, body) => {
        if (status === 201) {
          acknowledged.add((JSON.parse(body) as { doc: { name: string } }).doc.name)
        }
      },
      setupRequest: (request) => ({
        ...request,
        body: JSON.stringify({ name: `Last ${++written}`, status: 'prospect', tier: 'working' }),
      }),
    },
  ]
}

const run = (url: string, token: string, seconds: number) =>
  autocannon({
    connections: CONNECTIONS,
    duration: seconds,
    requests: mix(token),
    timeout: 30,
    url,
  })

/** Names of the partners the load created (the seeded ones are named differently). */
const createdNames = async (databaseUri: string) => {
  const client = new pg.Client({ connectionString: databaseUri })
  await client.connect()
  try {
    const { rows } = await client.query<{ name: string }>(
      `SELECT name FROM partners WHERE name LIKE 'Last %'`,
    )
    return new Set(rows.map(({ name }) => name))
  } finally {
    await client.end()
  }
}

const main = async () => {
  await ensureBuild(projectRoot)
  const data = await tempDir('dab-reliability')
  const cluster = await startEmbeddedPostgres({
    dir: path.join(data.dir, 'postgres'),
    log: () => {},
  })
  const databaseUri = cluster.uri('reliability')
  const env = {
    DATA_DIR: data.dir,
    DATABASE_URI: databaseUri,
    // The inspector, on loopback and a free port, is how memory is read after a full collection.
    NODE_OPTIONS: `--no-deprecation --inspect=127.0.0.1:0${HEAP_MB ? ` --max-old-space-size=${HEAP_MB}` : ''}`,
    PAYLOAD_SECRET: SECRET,
    // One client address sends everything here: the GraphQL rate limit would be measured, not the server.
    RATE_LIMIT_GRAPHQL: '0',
  }
  const server = await spawnServer(env)
  try {
    await seed(databaseUri)
    const login = await fetch(new URL('/api/users/login', server.url), {
      body: JSON.stringify({ email: 'editor@load.example', password: PASSWORD }),
      headers: { 'Content-Type': 'application/json' },
      method: 'POST',
    })
    const { token } = (await login.json()) as { token: string }

    const inspectorUrl = /Debugger listening on (ws:\/\/\S+)/.exec(server.output())![1]

    console.log(`Warming up: ${CONNECTIONS} connections for ${WARM_UP_SECONDS} s`)
    await run(server.url, token, WARM_UP_SECONDS)
    const afterWarmUp = await memoryAfterCollection(inspectorUrl)
    console.log(`Measuring: ${CONNECTIONS} connections for ${SECONDS} s`)
    const result = await run(server.url, token, SECONDS)
    if (server.child.exitCode !== null || server.child.signalCode !== null) {
      throw new Error(
        `The server died during the run:\n${server.output().split('\n').slice(-30).join('\n')}`,
      )
    }
    const atEnd = await memoryAfterCollection(inspectorUrl)
    const growth = atEnd.heapUsed / afterWarmUp.heapUsed - 1
    const stored = await createdNames(databaseUri)
    const lost = [...acknowledged].filter((name) => !stored.has(name))

    const figures = {
      '2xx': result['2xx'],
      '4xx': result['4xx'],
      '5xx': result['5xx'],
      errors: result.errors,
      timeouts: result.timeouts,
    }
    const passed =
      !figures['5xx'] &&
      !figures['4xx'] &&
      !figures.errors &&
      !figures.timeouts &&
      Math.abs(growth) <= MEMORY_TOLERANCE &&
      lost.length === 0
    const lines = [
      `Run ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, Node ${process.version}, ${CONNECTIONS} connections, ${SECONDS} s after ${WARM_UP_SECONDS} s of warm-up, on loopback; server heap limit ${HEAP_MB ? `${HEAP_MB} MB` : 'Node’s default'}.`,
      '',
      '| measure | value |',
      '|---|---|',
      `| requests | ${result.requests.total} (${result.requests.average.toFixed(0)}/s on average) |`,
      `| writes acknowledged (201), warm-up included / of those found in the database / stored in all | ${acknowledged.size} / ${acknowledged.size - lost.length} / ${stored.size} |`,
      `| 2xx / 4xx / 5xx | ${figures['2xx']} / ${figures['4xx']} / ${figures['5xx']} |`,
      `| connection errors / timeouts | ${figures.errors} / ${figures.timeouts} |`,
      `| latency median / p99 / max | ${result.latency.p50} / ${result.latency.p99} / ${result.latency.max} ms |`,
      `| server heap in use after a full collection: after warm-up → at the end | ${mb(afterWarmUp.heapUsed)} → ${mb(atEnd.heapUsed)} (${(growth * 100).toFixed(1)}%) |`,
      `| server RSS after a full collection: after warm-up → at the end | ${mb(afterWarmUp.rss)} → ${mb(atEnd.rss)} |`,
      `| verdict | ${passed ? 'pass' : 'FAIL'} |`,
    ]
    console.log(lines.join('\n'))
    const doc = path.join(projectRoot, 'docs', 'reliability.md')
    const text = await readFile(doc, 'utf8')
    const start = text.indexOf('<!-- load:start -->')
    const end = text.indexOf('<!-- load:end -->')
    await writeFile(
      doc,
      `${text.slice(0, start)}<!-- load:start -->\n${lines.join('\n')}\n${text.slice(end)}`,
    )
    process.exitCode = passed ? 0 : 1
  } finally {
    await server.stop()
    await cluster.stop()
    await data.remove()
  }
}

await main()
