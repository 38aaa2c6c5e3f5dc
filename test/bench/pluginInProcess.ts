/*
 * The profiling-rights plugin's cost measured in one process, every scenario, anonymous and as the
 * bench's partner user: `npm run bench:plugin:in-process` (about 22 minutes; writes
 * docs/benchmarks-in-process.md).
 *
 * Why in one process: two production servers running the same code (an A/A pair) differ by ±20 %
 * in CPU time per request from one 3-second round to the next on this 2-core machine, and their
 * pairs' ratios spread 0.91–1.15 (`pluginCost.ts`): too wide to decide a 5 % margin in a session.
 * Here the same process holds Payload instances of the project's config with and without the
 * plugin and sends each scenario's requests to each in turn, in short blocks, through the route
 * handlers Next serves them with. What moves the machine moves every instance alike; what remains
 * is that instances of one config differ for their whole life, so several a side are measured and
 * the instance is the unit of the interval (`instanceRatio`).
 *
 * It leaves out what the plugin cannot touch (express, Next's router, HTTP parsing): the same
 * absolute cost added to both sides, so a ratio over 1 is larger here than over HTTP.
 *
 * Run by vitest (test/bench/vitest.config.ts), not by `npm test`: its module registry can load the
 * config a second time with the plugin switched off (`vi.resetModules`), which Node's cannot.
 */
import type { Payload } from 'payload'

import { AsyncLocalStorage } from 'node:async_hooks'
import { writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, expect, it, vi } from 'vitest'

import { ensureBuild } from '../../src/build/ensureBuild'
import { projectRoot } from '../../src/runtime/settings'
import { endPool } from '../../src/server/pool'
import { routes } from '../helpers/statements'
import { benchPartnerUser, debatedCase } from './dataset'
import { table, times } from './format'
import { instanceRatio, median, type Step } from './measure'
import { pluginBenchEnv } from './pluginCost'
import { scenarios } from './scenarios'
import { seededDatabase } from './seededDatabase'

/**
 * Instances per side (with the plugin, without), blocks per scenario (each instance once per
 * block) and requests per instance in a block.
 */
const INSTANCES = Number(process.env.BENCH_INSTANCES) || 4
const BLOCKS = Number(process.env.BENCH_BLOCKS) || 40
const REQUESTS_PER_BLOCK = Number(process.env.BENCH_BLOCK_REQUESTS) || 10
const CASES = Number(process.env.BENCH_CASES) || 10_000
if (INSTANCES < 2) {
  throw new Error('BENCH_INSTANCES must be at least 2: one instance a side gives no interval')
}

/** One Payload instance of the project's config: what `getPayload` and the GraphQL route cache for it. */
type Instance = {
  name: string
  plugin: boolean
  /** Its REST and GraphQL route handlers, as Next serves them. */
  routes: ReturnType<typeof routes>
  /** `@payloadcms/next`'s cached GraphQL schema, built from this instance's config. */
  schema: { graphql: unknown; promise: unknown }
  /** Payload's cache entry for this instance (`getPayload`, key `default`). */
  slot: unknown
}

/**
 * Payload keeps one instance per process (`global._payload`, key `default`) and `@payloadcms/next`
 * one GraphQL schema (`global._payload_graphql`); each instance here has its own, put in place
 * before it answers.
 */
const payloadCache = () => (globalThis as unknown as { _payload: Map<string, unknown> })._payload
const graphqlCache = () =>
  (globalThis as unknown as { _payload_graphql: Instance['schema'] })._payload_graphql

const use = (instance: Instance) => {
  payloadCache().set('default', instance.slot)
  Object.assign(graphqlCache(), instance.schema)
}

/**
 * A fresh copy of the project's modules (`payload.config.ts` and everything of ours it imports;
 * Payload itself is shared), with the plugin on or off (`PROFILING_RIGHTS`, read as they load),
 * initialised against the bench database and its GraphQL schema built.
 */
const load = async (name: string, plugin: boolean): Promise<Instance> => {
  payloadCache().delete('default')
  Object.assign(graphqlCache(), { graphql: null, promise: null })
  vi.resetModules()
  process.env.PROFILING_RIGHTS = plugin ? 'on' : 'off'
  const config = import('../../payload.config').then((module) => module.default)
  const { getPayload } = await import('payload')
  await getPayload({ config: await config })
  const handlers = routes(config)
  await handlers.graphql('{ Partners(limit: 1) { docs { id } } }')
  const instance = {
    name,
    plugin,
    routes: handlers,
    schema: { ...graphqlCache() },
    slot: payloadCache().get('default'),
  }
  // The private partner fields show the plugin at work: left out for the public only with it.
  const { docs } = await handlers.rest('/api/partners?limit=1&depth=0')
  expect('contacts' in docs[0], `${name}: private fields answered to the public`).toBe(!plugin)
  return instance
}

type Row = {
  /** CPU ms per request, one per block. */
  blocks: Record<string, number[]>
  scenario: string
  viewer: string
}

let database: Awaited<ReturnType<typeof seededDatabase>>
let instances: Instance[]
let token: string
let caseId: number
const rows: Row[] = []

beforeAll(async () => {
  await ensureBuild(projectRoot)
  database = await seededDatabase('dab-bench-in-process', pluginBenchEnv, CASES)
  Object.assign(process.env, database.env, { JOBS_AUTORUN: 'off' })
  instances = []
  for (let number = 1; number <= INSTANCES; number++) {
    instances.push(
      await load(`with plugin ${number}`, true),
      await load(`without ${number}`, false),
    )
  }
  const login = (await instances[0].routes.graphql(
    `mutation { loginUser(email: ${JSON.stringify(benchPartnerUser.email)}, password: ${JSON.stringify(benchPartnerUser.password)}) { token } }`,
  )) as { data: { loginUser: { token: string } } }
  token = login.data.loginUser.token
  const { docs } = await instances[0].routes.rest(
    `/api/cases?depth=0&limit=1&where[slug][equals]=${debatedCase}`,
  )
  caseId = docs[0].id
}, 1_200_000)

afterAll(async () => {
  await Promise.all(
    (instances ?? []).map(({ slot }) => endPool((slot as { payload: Payload }).payload)),
  )
  await database?.remove()
})

/**
 * CPU ms per request of each instance, one figure per block: in each block every instance in turn
 * (the order rotated by block) answers the scenario `REQUESTS_PER_BLOCK` times as `viewerToken`'s
 * user. Each instance answers as many times first, unmeasured (and every answer must be 2xx).
 */
const measure = async (steps: Step[], viewerToken?: string) => {
  const blocks: Record<string, number[]> = {}
  const send = async (instance: Instance) => {
    for (const step of steps) {
      await instance.routes.send(step, viewerToken)
    }
  }
  for (const instance of instances) {
    use(instance)
    for (let request = 0; request < REQUESTS_PER_BLOCK; request++) {
      await send(instance)
    }
  }
  for (let block = 0; block < BLOCKS; block++) {
    for (let turn = 0; turn < instances.length; turn++) {
      const instance = instances[(block + turn) % instances.length]
      use(instance)
      const before = process.cpuUsage()
      for (let request = 0; request < REQUESTS_PER_BLOCK; request++) {
        await send(instance)
      }
      const used = process.cpuUsage(before)
      ;(blocks[instance.name] ??= []).push(
        (used.user + used.system) / 1000 / (REQUESTS_PER_BLOCK * steps.length),
      )
    }
  }
  return blocks
}

it('measures every scenario, anonymous and as a partner user', async () => {
  const all = scenarios({ caseId, caseSlug: debatedCase })
  // Next answers every request inside AsyncLocalStorage; on Node 20 that puts a hook on every
  // await, which is much of what Payload's per-field checks cost: measured without, it would hide.
  await new AsyncLocalStorage().run({}, async () => {
    for (const viewer of [
      { name: 'anonymous', token: undefined },
      { name: 'partner user', token },
    ]) {
      for (const scenario of all) {
        const blocks = await measure(scenario.steps, viewer.token)
        rows.push({ blocks, scenario: scenario.name, viewer: viewer.name })
        console.log(`in process · ${viewer.name} · ${scenario.name}: ${cost(blocks).text}`)
      }
    }
  })
  await writeFile(path.join(projectRoot, 'docs', 'benchmarks-in-process.md'), section())
}, 3_600_000)

/** Per block, the geometric mean of `names`' CPU times. */
const geometric = (blocks: Record<string, number[]>, names: string[]) =>
  blocks[names[0]].map((_, block) =>
    Math.exp(names.reduce((sum, name) => sum + Math.log(blocks[name][block]), 0) / names.length),
  )

const withPlugin = () => instances.filter((instance) => instance.plugin).map(({ name }) => name)
const without = () => instances.filter((instance) => !instance.plugin).map(({ name }) => name)

/**
 * Each instance's score (`instanceRatio`): the median over blocks of the log of its CPU time ÷
 * the block's geometric mean over every instance, so a block the whole machine ran slow in
 * moves no one's score.
 */
const scores = (blocks: Record<string, number[]>) => {
  const everyone = geometric(
    blocks,
    instances.map(({ name }) => name),
  )
  return (names: string[]) =>
    names.map((name) => Math.log(median(blocks[name].map((time, block) => time / everyone[block]))))
}

/** The plugin's cost: with ÷ without, an instance the unit; and whether it is ≤ 1.05×. */
const cost = (blocks: Record<string, number[]>) => {
  const score = scores(blocks)
  const { estimate, interval } = instanceRatio(score(withPlugin()), score(without()))
  const [low, high] = interval!
  return {
    text: `${times(estimate)} (${interval!.map((end) => end.toFixed(3)).join('–')})`,
    verdict: high <= 1.05 ? '≤ 1.05 shown' : low > 1.05 ? 'over 1.05' : 'not decided',
  }
}

/** How far apart the instances of one config landed: the slowest's score ÷ the fastest's. */
const spread = (blocks: Record<string, number[]>, names: string[]) => {
  const own = scores(blocks)(names)
  return times(Math.exp(Math.max(...own) - Math.min(...own)))
}

const section = () => {
  const cpus = os.cpus()
  return `# The profiling-rights plugin's cost, in one process

Written by \`npm run bench:plugin:in-process\` (\`test/bench/pluginInProcess.ts\`); re-run it to reproduce.
Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on ${cpus.length} × ${cpus[0]?.model.trim()}, Node ${process.version}, ${CASES} cases (the bench's data, \`test/bench/dataset.ts\`).

One process holds ${2 * INSTANCES} Payload instances of the project's config: ${INSTANCES} with the plugin, ${INSTANCES} without it
(\`PROFILING_RIGHTS=off\`: the same collections and fields, nothing enforced), on the same database. Each scenario
sends its requests through the REST and GraphQL route handlers Next serves them with, inside AsyncLocalStorage as
Next does: ${BLOCKS} blocks, in each block every instance in turn (the order rotated) answers the scenario ${REQUESTS_PER_BLOCK} times, and
its CPU time per request is the process's for those requests. Not measured: express, Next's router and HTTP, the
same for both sides; so a cost over 1 is larger here than over HTTP (\`docs/benchmarks.md\`).

**How we know the noise.** Two instances of the same config differ for their whole life, by up to several per
cent (each copy of our modules is compiled and optimised on its own, as each production server is): the spread
columns show how far apart this run's landed. So the instance is the unit, not the block: each instance's score
is the median, over blocks, of its CPU time ÷ the block's mean over all instances (a block the machine ran slow
in moves no one), and cost = with ÷ without of the mean scores, with Student's two-sample 95 % interval
(\`instanceRatio\`, ${2 * INSTANCES - 2} degrees of freedom). The interval covers the average instance's cost, whichever instances a run
happens to get; ≤ 1.05 is shown where its upper end is at or below 1.05. More instances narrow it (\`BENCH_INSTANCES\`, per side).

${table(
  [
    'scenario',
    'viewer',
    'with plugin: CPU ms/req',
    'without: CPU ms/req',
    'cost (95 %)',
    'spread of instances with plugin',
    'spread of instances without',
    '≤ 1.05×',
  ],
  rows.map(({ blocks, scenario, viewer }) => {
    const { text, verdict } = cost(blocks)
    return [
      scenario,
      viewer,
      median(geometric(blocks, withPlugin())).toFixed(2),
      median(geometric(blocks, without())).toFixed(2),
      text,
      spread(blocks, withPlugin()),
      spread(blocks, without()),
      verdict,
    ]
  }),
)}
`
}
