/*
 * The profiling-rights plugin's cost (target: ≤ 1.05× in every scenario), and what compiling the
 * server ahead of time would gain over `npm start`'s run-time TypeScript (tsx). Part of
 * `npm run bench`; alone: `npm run bench:plugin` (prints the section).
 */
import { build } from 'esbuild'
import { rm } from 'node:fs/promises'
import path from 'node:path'

import { projectRoot } from '../../src/runtime/settings'
import { spawnServer } from '../helpers/serverProcess'
import { benchPartnerUser, debatedCase } from './dataset'
import { cpu, times } from './format'
import { compare, type Figures, measure, ratio, ratioInterval, type Timing } from './measure'
import { as, type Scenario, scenarios } from './scenarios'
import { runAlone } from './seededDatabase'
import { targets } from './targets'

type Row = { scenario: string; viewer: string }

export type PluginCost = {
  /** `npm start` (tsx) against the same server bundled ahead of time, both with the plugin. */
  aheadOfTime: Array<{ bundled: Figures; tsx: Figures } & Row>
  rows: Array<{ twin: Figures; with: Figures; without: Figures } & Row>
  timing: Timing
}

/**
 * Many short rounds: a round's noise (this machine's CPU time per request moves by ±15 % from
 * one second to the next) cancels in the round's own ratio, and the interval narrows with √rounds.
 */
export const pluginTiming = (rounds: number): Timing => ({
  connections: 4,
  rounds,
  seconds: 1,
  warmupSeconds: 2,
})

/** The scenarios the comparison of ahead-of-time compiled code measures: one REST, one GraphQL. */
const AHEAD_OF_TIME = [1, 5]

/**
 * `src/bin/start.ts` and everything of ours it imports in one ES module, packages left to
 * node_modules, as a build step would make it. It lives two folders below the project, as
 * `src/bin/` does, so `projectRoot` resolves the same.
 */
const BUNDLE_DIR = path.join(projectRoot, '.next', 'ahead-of-time')

const bundledServer = async () => {
  const outfile = path.join(BUNDLE_DIR, 'start.mjs')
  await build({
    bundle: true,
    entryPoints: [path.join(projectRoot, 'src', 'bin', 'start.ts')],
    format: 'esm',
    logLevel: 'warning',
    outfile,
    packages: 'external',
    platform: 'node',
    target: `node${process.versions.node.split('.')[0]}`,
  })
  return outfile
}

/**
 * Fresh servers on the database `env` names, started together and warmed up alike (every
 * scenario on every server before anything is measured): an earlier bench section must not have
 * warmed one of them more. With the plugin, without it, a twin of the first, and the first
 * compiled ahead of time.
 */
export const pluginCost = async (
  env: Record<string, string>,
  timing: Timing,
): Promise<PluginCost> => {
  const { processes, started } = targets()
  try {
    const withIt = await started(spawnServer(env))
    const without = await started(spawnServer({ ...env, PROFILING_RIGHTS: 'off' }))
    const twin = await started(spawnServer(env))
    const bundled = await started(spawnServer(env, await bundledServer()))

    const login = await fetch(`${withIt.url}/api/users/login`, {
      body: JSON.stringify({ email: benchPartnerUser.email, password: benchPartnerUser.password }),
      headers: { 'content-type': 'application/json' },
      method: 'POST',
    })
    const { token } = (await login.json()) as { token: string }
    const found = await fetch(
      `${withIt.url}/api/cases?depth=0&limit=1&where[slug][equals]=${debatedCase}`,
    )
    const {
      docs: [debated],
    } = (await found.json()) as { docs: Array<{ id: number }> }
    const all = scenarios({ caseId: debated.id, caseSlug: debatedCase })
    const runs: Array<{ index: number; steps: Scenario['steps'] } & Row> = [
      { name: 'anonymous', token: undefined },
      { name: 'partner user', token },
    ].flatMap((viewer) =>
      all.map((scenario, index) => ({
        index,
        scenario: scenario.name,
        steps: viewer.token ? as(viewer.token, scenario).steps : scenario.steps,
        viewer: viewer.name,
      })),
    )

    for (const run of runs) {
      for (const target of [withIt, without, twin, bundled]) {
        await measure(target, run.steps, {
          connections: timing.connections,
          seconds: timing.warmupSeconds,
        })
      }
    }
    const result: PluginCost = { aheadOfTime: [], rows: [], timing }
    for (const { index, scenario, steps, viewer } of runs) {
      const [a, b, c] = await compare([withIt, without, twin], steps, timing)
      result.rows.push({ scenario, twin: c, viewer, with: a, without: b })
      console.log(
        `plugin · ${viewer} · ${scenario}: ${ratio(a, b, 'cpu')?.toFixed(3)}× by CPU (twin ${ratio(a, c, 'cpu')?.toFixed(3)}×)`,
      )
      if (AHEAD_OF_TIME.includes(index) && viewer === 'partner user') {
        const [tsx, aot] = await compare([withIt, bundled], steps, timing)
        result.aheadOfTime.push({ bundled: aot, scenario, tsx, viewer })
      }
    }
    return result
  } finally {
    await Promise.all(processes.map((server) => server.stop()))
    await rm(BUNDLE_DIR, { force: true, recursive: true })
  }
}

const interval = (value: [number, number] | undefined) =>
  value ? `${value[0].toFixed(2)}–${value[1].toFixed(2)}` : '–'
/** A ratio by CPU time with its 95 % interval. */
const byCpu = (a: Figures, b: Figures) =>
  `${times(ratio(a, b, 'cpu'))} (${interval(ratioInterval(a, b, 'cpu'))})`

/** Whether the rounds show the cost ≤ 1.05×: the whole 95 % interval at or below it. */
const verdict = (a: Figures, b: Figures) => {
  const bounds = ratioInterval(a, b, 'cpu')
  if (!bounds) {
    return 'too few rounds'
  }
  return bounds[1] <= 1.05 ? '≤ 1.05 shown' : bounds[0] > 1.05 ? 'over 1.05' : 'not decided'
}

/** The section of docs/benchmarks.md; `statements` gives a scenario's SQL statement count. */
export const pluginSection = (
  { aheadOfTime, rows, timing }: PluginCost,
  statements: (scenario: string, viewer: string) => string = () => '–',
) => `Four fresh production servers on the same data, started together and warmed up alike (every scenario for
${timing.warmupSeconds} s on every server before anything is measured, so no server gains from an earlier section): with
the plugin, without it (\`PROFILING_RIGHTS=off\`: the same collections and fields, nothing enforced), a twin of the
first, and the first compiled ahead of time. Each scenario: ${timing.rounds} rounds of ${timing.seconds} s per server,
${timing.connections} connections, the servers taken in turn and the order rotated each round.

Cost = time per request with the plugin ÷ without, by the server process's CPU time per request (other load on
the machine moves it less than throughput): the median of the rounds' own ratios, with its 95 % interval in
brackets (the sign test's: the ratios' order statistics, no assumption about their distribution). **How we know the
noise:** the twin (with ÷ with, the same server twice) is what the method reads when nothing differs; its interval
is the noise, and the target is shown only where the cost's whole interval is at or below 1.05. SQL = statements
one request sends (the scenario's requests together), counted in-process through the same route handlers
(\`test/helpers/statements.ts\`), the same with and without the plugin.

| scenario | viewer | with plugin: CPU ms/req, req/s | without: CPU ms/req, req/s | cost by CPU (95 %) | cost by req/s | twin ÷ with (95 %) | ≤ 1.05× | SQL |
|---|---|---|---|---|---|---|---|---|
${rows
  .map(
    (row) =>
      `| ${row.scenario} | ${row.viewer} | ${cpu(row.with)}, ${row.with.requestsPerSecond.toFixed(0)} | ${cpu(row.without)}, ${row.without.requestsPerSecond.toFixed(0)} | ${byCpu(row.with, row.without)} | ${times(ratio(row.with, row.without, 'throughput'))} | ${byCpu(row.twin, row.with)} | ${verdict(row.with, row.without)} | ${statements(row.scenario, row.viewer)} |`,
  )
  .join('\n')}

### Ahead-of-time compiled code

\`npm start\` runs \`src/bin/start.ts\` through tsx, which compiles our TypeScript when a module is first
imported (Next's own build has compiled the routes). The same server bundled ahead of time by esbuild
(\`src/bin/start.ts\` and everything of ours it imports in one ES module, packages from node_modules), measured
in the same rounds. Kept if it is at least 5 % faster.

| scenario | viewer | tsx: CPU ms/req, req/s | bundled: CPU ms/req, req/s | bundled ÷ tsx by CPU (95 %) | by req/s |
|---|---|---|---|---|---|
${aheadOfTime
  .map(
    (row) =>
      `| ${row.scenario} | ${row.viewer} | ${cpu(row.tsx)}, ${row.tsx.requestsPerSecond.toFixed(0)} | ${cpu(row.bundled)}, ${row.bundled.requestsPerSecond.toFixed(0)} | ${byCpu(row.bundled, row.tsx)} | ${times(ratio(row.bundled, row.tsx, 'throughput'))} |`,
  )
  .join('\n')}`

// Alone: a fresh seeded database at the full run's plugin size, then the measurement.
if (import.meta.url === `file://${process.argv[1]}`) {
  await runAlone(
    'dab-bench-plugin',
    {
      PAYLOAD_SECRET: 'bench-secret',
      RATE_LIMIT_GRAPHQL: '0',
      RATE_LIMIT_LOGIN: '0',
      RATE_LIMIT_PASSWORD_RESET: '0',
      RESPONSE_CACHE: 'off',
    },
    Number(process.env.BENCH_CASES) || 10_000,
    async (env) =>
      pluginSection(await pluginCost(env, pluginTiming(Number(process.env.BENCH_ROUNDS) || 30))),
  )
}
