import { execFile } from 'node:child_process'
import { writeFile } from 'node:fs/promises'
/*
 * `npm run bench`: the whole table in docs/benchmarks.md. One embedded PostgreSQL with a generated
 * dataset per size, each served by its own server, measured side by side for growth; at the middle size the
 * plugin's cost (pairs of fresh servers with and without it, each pair loaded at the same time), the host's cost
 * (`npm start` vs `next start` vs a bare `pg` floor), one vs two servers behind nginx, and uploads. BENCH_QUICK=1 for a short run.
 */
import path from 'node:path'
import { promisify } from 'node:util'

import { ensureBuild } from '../../src/build/ensureBuild'
import { freePort } from '../../src/db/freePort'
import { projectRoot } from '../../src/runtime/settings'
import { endPool, poolOf } from '../../src/server/pool'
import { spawnProcess, spawnServer } from '../helpers/serverProcess'
import { countStatements, routes } from '../helpers/statements'
import { benchDatabase } from './benchDatabase'
import { cataloguePdfCost } from './cataloguePdf'
import { benchPartnerUser, debatedCase } from './dataset'
import { compare, type Figures, type Target, type Timing } from './measure'
import { pluginCost, pluginPairs, pluginTiming } from './pluginCost'
import { publishingCost } from './publishing'
import { report, type Results } from './report'
import { responseCacheCost } from './responseCache'
import { as, scenarios } from './scenarios'
import { severalServersCost } from './severalServers'
import { targets } from './targets'
import { uploadTimes } from './uploads'

const quick = process.env.BENCH_QUICK === '1'
const sizes = (process.env.BENCH_SIZES ?? (quick ? '1000,3000' : '1000,10000,100000'))
  .split(',')
  .map(Number)
/** The plugin, host and upload figures are taken at this size. */
const mainSize = sizes[Math.min(1, sizes.length - 1)]
const timing: Timing = quick
  ? { connections: 4, rounds: 2, seconds: 1, warmupSeconds: 1 }
  : { connections: 4, rounds: Number(process.env.BENCH_ROUNDS) || 5, seconds: 2, warmupSeconds: 2 }
const UPLOADS = quick ? 3 : 10
const SECRET = 'bench-secret'
/** Scenarios whose cost depends on the number of cases. */
const GROWING = [1, 2, 3]

const execFileAsync = promisify(execFile)

const step = (message: string) =>
  console.log(`[${new Date().toISOString().slice(11, 19)}] ${message}`)

const main = async () => {
  const startedAt = Date.now()
  await ensureBuild(projectRoot)
  // Rate limits off: the load comes from one address on purpose. The response cache off: the
  // figures are of the work a request does; the cache has its own section (responseCache.ts).
  const database = await benchDatabase('dab-bench', {
    PAYLOAD_SECRET: SECRET,
    RATE_LIMIT_GRAPHQL: '0',
    RATE_LIMIT_LOGIN: '0',
    RATE_LIMIT_PASSWORD_RESET: '0',
    RESPONSE_CACHE: 'off',
  })
  const { processes, started } = targets()
  try {
    // A database per size, each with a server of its own (its first start migrates it) and the
    // dataset put in by a child process, so the sizes are measured side by side, not one after another.
    const atSize: Target[] = []
    for (const size of sizes) {
      const sizeEnv = database.envFor(`bench_${size}`)
      atSize.push(await started(spawnServer(sizeEnv)))
      step(`Seeding, then ${size} generated cases`)
      await execFileAsync(
        process.execPath,
        ['--import', 'tsx', path.join('test', 'bench', 'prepareDataset.ts')],
        { cwd: projectRoot, env: { ...process.env, ...sizeEnv, BENCH_CASES: String(size) } },
      )
    }
    const env = database.envFor(`bench_${mainSize}`)
    const ours = atSize[sizes.indexOf(mainSize)]
    Object.assign(process.env, env)
    const config = import('../../payload.config').then((module) => module.default)
    const { getPayload } = await import('payload')
    const payload = await getPayload({ config: await config })
    // Stopping the cluster at the end (or after a failure) ends this pool's idle connections: not a crash.
    poolOf(payload)?.on('error', () => {})
    const {
      docs: [debated],
    } = await payload.find({
      collection: 'cases',
      limit: 1,
      where: { slug: { equals: debatedCase } },
    })
    const caseId = debated.id
    const login = await fetch(`${ours.url}/api/users/login`, {
      body: JSON.stringify({ email: benchPartnerUser.email, password: benchPartnerUser.password }),
      headers: { 'content-type': 'application/json' },
      method: 'POST',
    })
    const { token, user } = (await login.json()) as {
      token: string
      user: { partner: { id: number } | number }
    }
    const partnerId = typeof user.partner === 'object' ? user.partner.id : user.partner
    const all = scenarios({ caseId, caseSlug: debatedCase })
    const viewers = [
      { name: 'anonymous', token: undefined },
      { name: 'partner user', token },
    ]

    const results: Results = { growth: [], host: [], sizes, statements: [], timing }
    for (const index of GROWING) {
      const figures = await compare(atSize, all[index].steps, timing)
      for (const [at, size] of sizes.entries()) {
        results.growth.push({ figures: figures[at], scenario: all[index].name, size })
      }
      step(
        `growth · ${all[index].name}: ${figures.map((f) => `${f.medianMs} ms`).join(' / ')} median`,
      )
    }
    // The other sizes' servers would run their job queues beside what follows.
    await Promise.all(
      processes
        .filter(({ child }) => atSize.some((target) => target !== ours && target.pid === child.pid))
        .map((server) => server.stop()),
    )
    results.mainSize = mainSize
    step('The plugin: pairs of fresh servers with and without it')
    results.plugin = await pluginCost(env, pluginTiming(quick), pluginPairs(quick))
    for (const viewer of viewers) {
      for (const scenario of all) {
        const steps = viewer.token ? as(viewer.token, scenario).steps : scenario.steps
        results.statements.push({
          count: await countStatements(() =>
            Promise.all(steps.map((request) => routes(config).send(request, viewer.token))),
          ),
          scenario: scenario.name,
          viewer: viewer.name,
        })
      }
    }

    step('Host: npm start vs next start vs a bare pg server')
    const port = await freePort()
    const nextAlone = await started(
      spawnProcess({
        args: [
          path.join('node_modules', 'next', 'dist', 'bin', 'next'),
          'start',
          '-H',
          '127.0.0.1',
          '-p',
          String(port),
        ],
        env,
        ready: /Local:\s+(http:\/\/\S+)/,
      }),
    )
    const floorPort = await freePort()
    const floor = await started(
      spawnProcess({
        args: ['--import', 'tsx', path.join('test', 'bench', 'floor.ts')],
        env: { ...env, PORT: String(floorPort) },
        ready: /listening on (http:\/\/\S+)/,
      }),
    )
    const hostScenarios = [
      { floor: true, ...all[0] },
      {
        name: 'REST partners, limit 5, depth 0 (a tiny answer)',
        floor: false,
        steps: [{ path: '/api/partners?limit=5&depth=0' }],
      },
    ]
    for (const scenario of hostScenarios) {
      const [express, next, bare] = await compare(
        [ours, nextAlone, ...(scenario.floor ? [floor] : [])],
        scenario.steps,
        timing,
      )
      results.host.push({
        express,
        floor: bare as Figures | undefined,
        next,
        scenario: scenario.name,
      })
      step(`host · ${scenario.name}: next start ${(express.medianMs / next.medianMs).toFixed(3)}×`)
    }

    step('Response cache: hit vs cache off vs floor, 304, invalidation across servers')
    results.responseCache = await responseCacheCost(env, timing, quick ? 50 : 200)

    step('Several servers: nginx in front of one and of two; the rate limit counted in PostgreSQL')
    results.severalServers = await severalServersCost(env, timing)

    step(`Uploads: ${UPLOADS} × a 4000×3000 JPEG`)
    results.uploads = await uploadTimes(ours.url, token, partnerId, UPLOADS)

    step('Publishing with and without five webhooks')
    results.publishing = await publishingCost(
      ours.url,
      quick ? { perRound: 10, rounds: 2 } : undefined,
    )

    // Last: it replaces the catalogue's models with ten new ones.
    step('Catalogue PDF: the benchmark’s catalogue, then 10 models × 5 cases')
    results.cataloguePdf = await cataloguePdfCost(ours.url, ours.pid!, payload)
    await endPool(payload)
    results.minutes = (Date.now() - startedAt) / 60_000
    await writeFile(path.join(projectRoot, 'docs', 'benchmarks.md'), report(results))
    step('Written to docs/benchmarks.md')
  } finally {
    await Promise.all(processes.map((server) => server.stop()))
    await database.remove()
  }
}

await main()
process.exit(0)
