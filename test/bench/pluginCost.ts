/*
 * The profiling-rights plugin's cost (target: ≤ 1.05× in every scenario). Part of
 * `npm run bench`; alone: `npm run bench:plugin` (prints the section).
 */
import { spawnServer } from '../helpers/serverProcess'
import { benchPartnerUser, debatedCase } from './dataset'
import { cpu, times } from './format'
import { compare, type Figures, groupRatio, measure, type Target, type Timing } from './measure'
import { as, type Scenario, scenarios } from './scenarios'
import { runAlone } from './seededDatabase'
import { targets } from './targets'

type Row = { scenario: string; viewer: string }

export type PluginCost = {
  /** Per scenario and viewer: each server's figures (medians over its rounds), with and without the plugin. */
  rows: Array<{ with: Figures[]; without: Figures[] } & Row>
  timing: Timing
}

/**
 * `rounds` short rounds per server: a round's noise (CPU time per request moves by ±10 % from
 * one second to the next here) shrinks in each server's median; what a server keeps for its
 * whole life is what the number of servers (`pluginServers`) is for.
 */
export const pluginTiming = (rounds: number): Timing => ({
  connections: 4,
  rounds,
  seconds: 1,
  warmupSeconds: 1,
})

/**
 * Servers per side. A fresh process runs faster or slower than its twin for as long as it lives
 * (V8's compilation and heap layout differ from run to run), so the interval must come from
 * several servers per side, not from rounds of one; it narrows roughly with √servers. 4 and 4 is
 * the least that gives a 95 % interval at all.
 */
export const pluginServers = (quick: boolean) =>
  Number(process.env.BENCH_PLUGIN_SERVERS) || (quick ? 4 : 6)

/**
 * `servers` fresh servers with the plugin and as many without it (`PROFILING_RIGHTS=off`), on
 * the database `env` names, started a pair at a time and warmed up alike: every scenario on
 * every server before anything is measured, so no server gains from an earlier section. Then,
 * per scenario, `timing.rounds` rounds in which every server is measured once, in rotated order.
 */
export const pluginCost = async (
  env: Record<string, string>,
  timing: Timing,
  servers: number,
): Promise<PluginCost> => {
  const { processes, started } = targets()
  try {
    const withIt: Target[] = []
    const without: Target[] = []
    // No job queue: a dozen idle servers polling it would add their polls to the CPU time measured.
    const quiet = { ...env, JOBS_AUTORUN: 'off' }
    for (let pair = 0; pair < servers; pair++) {
      const [a, b] = await Promise.all([
        started(spawnServer(quiet)),
        started(spawnServer({ ...quiet, PROFILING_RIGHTS: 'off' })),
      ])
      withIt.push(a)
      without.push(b)
    }
    const [first] = withIt
    const login = await fetch(`${first.url}/api/users/login`, {
      body: JSON.stringify({ email: benchPartnerUser.email, password: benchPartnerUser.password }),
      headers: { 'content-type': 'application/json' },
      method: 'POST',
    })
    const { token } = (await login.json()) as { token: string }
    const found = await fetch(
      `${first.url}/api/cases?depth=0&limit=1&where[slug][equals]=${debatedCase}`,
    )
    const {
      docs: [debated],
    } = (await found.json()) as { docs: Array<{ id: number }> }
    const all = scenarios({ caseId: debated.id, caseSlug: debatedCase })
    const runs: Array<{ steps: Scenario['steps'] } & Row> = [
      { name: 'anonymous', token: undefined },
      { name: 'partner user', token },
    ].flatMap((viewer) =>
      all.map((scenario) => ({
        scenario: scenario.name,
        steps: viewer.token ? as(viewer.token, scenario).steps : scenario.steps,
        viewer: viewer.name,
      })),
    )

    for (const run of runs) {
      for (const target of [...withIt, ...without]) {
        await measure(target, run.steps, {
          connections: timing.connections,
          seconds: timing.warmupSeconds,
        })
      }
    }
    const result: PluginCost = { rows: [], timing }
    for (const { scenario, steps, viewer } of runs) {
      const figures = await compare([...withIt, ...without], steps, timing)
      const row = {
        scenario,
        viewer,
        with: figures.slice(0, servers),
        without: figures.slice(servers),
      }
      result.rows.push(row)
      console.log(`plugin · ${viewer} · ${scenario}: ${byCpu(row.with, row.without)} by CPU`)
    }
    return result
  } finally {
    await Promise.all(processes.map((server) => server.stop()))
  }
}

const cpuOf = (figures: Figures[]) => figures.map((f) => f.cpuMsPerRequest ?? Number.NaN)
const middle = (figures: Figures[]): Figures => {
  const sorted = [...figures].sort((a, b) => (a.cpuMsPerRequest ?? 0) - (b.cpuMsPerRequest ?? 0))
  return sorted[Math.floor((sorted.length - 1) / 2)]
}
/** A side's spread: its slowest server's CPU time per request ÷ its fastest's. */
const spread = (figures: Figures[]) => Math.max(...cpuOf(figures)) / Math.min(...cpuOf(figures))

/** The cost by CPU time with its 95 % interval. */
const byCpu = (a: Figures[], b: Figures[]) => {
  const { estimate, interval } = groupRatio(cpuOf(a), cpuOf(b))
  return `${times(estimate)} (${interval ? `${interval[0].toFixed(2)}–${interval[1].toFixed(2)}` : '–'})`
}

/** Whether the servers show the cost ≤ 1.05×: the whole 95 % interval at or below it. */
const verdict = (a: Figures[], b: Figures[]) => {
  const { interval } = groupRatio(cpuOf(a), cpuOf(b))
  if (!interval) {
    return 'too few servers'
  }
  return interval[1] <= 1.05 ? '≤ 1.05 shown' : interval[0] > 1.05 ? 'over 1.05' : 'not decided'
}

/** The section of docs/benchmarks.md; `statements` gives a scenario's SQL statement count. */
export const pluginSection = (
  { rows, timing }: PluginCost,
  statements: (scenario: string, viewer: string) => string = () => '–',
) => `${rows[0]?.with.length ?? 0} fresh production servers with the plugin and as many without it (\`PROFILING_RIGHTS=off\`:
the same collections and fields, nothing enforced), all on the same data, started a pair at a time and warmed up
alike (every scenario for ${timing.warmupSeconds} s on every server before anything is measured, so no server gains from an earlier
section). Each scenario: ${timing.rounds} rounds of ${timing.seconds} s per server, ${timing.connections} connections, every server once a round,
in rotated order; a server's figure is its median over the rounds.

Cost = CPU time per request with the plugin ÷ without (the server process's CPU time: other load on the machine
moves it less than throughput): the median of every with-server ÷ without-server ratio, with its 95 % interval in
brackets (Mann–Whitney's, from the servers' order; no assumption about how they vary). **How we know the noise:**
a fresh server runs faster or slower than its twin for its whole life (the spread column: a side's slowest
server ÷ its fastest), and a second of load moves by ±10 %; each server is one sample, so both are inside the
interval. The
target is shown only where the whole interval is at or below 1.05. SQL = statements one request sends (the
scenario's requests together), counted in-process through the same route handlers (\`test/helpers/statements.ts\`).

| scenario | viewer | with plugin: CPU ms/req, req/s (middle server) | without: CPU ms/req, req/s | cost by CPU (95 %) | spread with / without | ≤ 1.05× | SQL |
|---|---|---|---|---|---|---|---|
${rows
  .map(
    (row) =>
      `| ${row.scenario} | ${row.viewer} | ${cpu(middle(row.with))}, ${middle(row.with).requestsPerSecond.toFixed(0)} | ${cpu(middle(row.without))}, ${middle(row.without).requestsPerSecond.toFixed(0)} | ${byCpu(row.with, row.without)} | ${spread(row.with).toFixed(2)} / ${spread(row.without).toFixed(2)} | ${verdict(row.with, row.without)} | ${statements(row.scenario, row.viewer)} |`,
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
      pluginSection(
        await pluginCost(
          env,
          pluginTiming(Number(process.env.BENCH_PLUGIN_ROUNDS) || 5),
          pluginServers(false),
        ),
      ),
  )
}
