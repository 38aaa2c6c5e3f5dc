import os from 'node:os'

import type { Figures, Timing } from './measure'

export type Results = {
  growth: Array<{ figures: Figures; scenario: string; size: number }>
  host: Array<{ express: Figures; floor?: Figures; next: Figures; scenario: string }>
  mainSize?: number
  minutes?: number
  plugin: Array<{ scenario: string; viewer: string; with: Figures; without: Figures }>
  sizes: number[]
  statements: Array<{ count: number; scenario: string; viewer: string }>
  timing: Timing
  uploads?: { bytes: number; medianMs: number; times: number[] }
}

const ms = (value: number) => (value >= 100 ? value.toFixed(0) : value.toFixed(1))
const latency = (f: Figures) => `${ms(f.medianMs)} / ${ms(f.p99Ms)}`
const rps = (f: Figures) => f.requestsPerSecond.toFixed(0)
/** Time per request of `a` relative to `b` (throughput of b ÷ throughput of a): 1.00× means as fast. */
const cost = (a: Figures, b: Figures) => `${(b.requestsPerSecond / a.requestsPerSecond).toFixed(3)}×`
const thousands = (n: number) => n.toLocaleString('en').replace(/,/g, ' ')

const table = (head: string[], rows: string[][]) =>
  [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n')

/** docs/benchmarks.md, written by `npm run bench`. */
export const report = (results: Results) => {
  const { timing } = results
  const cpus = os.cpus()
  const statements = (scenario: string, viewer: string) =>
    String(results.statements.find((row) => row.scenario === scenario && row.viewer === viewer)?.count ?? '–')
  const growthScenarios = [...new Set(results.growth.map((row) => row.scenario))]
  const growthAt = (scenario: string, size: number) => results.growth.find((row) => row.scenario === scenario && row.size === size)!.figures
  const [smallest, largest] = [results.sizes[0], results.sizes.at(-1)!]

  return `# Benchmarks

Written by \`npm run bench\` (${results.minutes?.toFixed(1)} minutes this time); re-run it to reproduce every figure below.
Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on ${cpus.length} × ${cpus[0]?.model.trim()}, ${Math.round(os.totalmem() / 2 ** 30)} GB,
${os.type()} ${os.release()}, Node ${process.version}; load average at the end ${os.loadavg().map((n) => n.toFixed(1)).join(' ')}.

## How

\`\`\`sh
npm run bench                          # the whole table: about ${Math.ceil(results.minutes ?? 12)} minutes on 2 cores
BENCH_QUICK=1 npm run bench            # development: 1 000 and 3 000 cases, short rounds (figures are rough)
BENCH_SIZES=1000,10000,100000 BENCH_ROUNDS=5 npm run bench   # the defaults, spelled out
\`\`\`

It builds for production if the sources changed, starts an embedded PostgreSQL in a temporary folder, runs the
production server (\`src/bin/start.ts\`, as \`npm start\` does) and enters the project's seed (themes, principles,
the three cases, models, the demo partners and their logins) plus generated data (\`seed/demo.ts\`, as
\`npm run seed -- --demo N\`): published cases with themes, a partner per 50 cases (every fifth steering), a
comment on every second case. The seed's models are published with ten generated example cases each, 20
generated steering partners get a logo, and the case the "one case" scenario reads has 20 comments. After each
growth step \`VACUUM ANALYZE\` gives the planner current statistics, as autovacuum would.

Load comes from [autocannon](https://github.com/mcollina/autocannon) over loopback, ${timing.connections} connections.
Every comparison is side by side in one run: a ${timing.warmupSeconds} s warm-up per server, then ${timing.rounds} rounds of
${timing.seconds} s in which each server is measured once, the order rotated every round; the figures are medians over
the rounds (latency median / p99 in ms, requests per second). Before measuring, every request is sent once and
must answer 2xx with a non-empty, error-free body. "Partner user" is a logged-in user of a steering partner
(\`Authorization: JWT …\`). The two cores are shared by the server, PostgreSQL and autocannon, so absolute
figures are those of a small machine; the ratios are the point.

## The profiling-rights plugin's cost

The same production server twice on the same data (${thousands(results.mainSize ?? 0)} cases): with the plugin, and with
\`PROFILING_RIGHTS=off\` (the same collections and fields, nothing enforced). Cost = time per request with the
plugin ÷ without (req/s without ÷ with). Target ≤ 1.05× each. SQL = statements one request sends (the
scenario's requests together), counted in-process through the same route handlers
(\`test/helpers/statements.ts\`); \`test/int/query-counts.test.ts\` asserts that list requests send as many at
page size 10, 50 and 100.

${table(
  ['scenario', 'viewer', 'with plugin: ms median / p99', 'req/s', 'without: ms median / p99', 'req/s', 'cost', 'SQL'],
  results.plugin.map((row) => [row.scenario, row.viewer, latency(row.with), rps(row.with), latency(row.without), rps(row.without), cost(row.with, row.without), statements(row.scenario, row.viewer)]),
)}

## Growth with the number of cases

The production server (plugin on), anonymous. Target: the indexed filtered list's median at ${thousands(largest)} cases
≤ 1.5× that at ${thousands(smallest)}.

${table(
  ['scenario', ...results.sizes.map((size) => `${thousands(size)} cases: ms median / p99, req/s`), `median ${thousands(largest)} ÷ ${thousands(smallest)}`],
  growthScenarios.map((scenario) => [
    scenario,
    ...results.sizes.map((size) => `${latency(growthAt(scenario, size))}, ${rps(growthAt(scenario, size))}`),
    `${(growthAt(scenario, largest).medianMs / growthAt(scenario, smallest).medianMs).toFixed(2)}×`,
  ]),
)}

## The host's cost, and the floor

One REST scenario served three ways on the same data, side by side: our server (\`npm start\`: express in front
of Next and Payload), \`next start\` alone (Next's own server, same build, same Payload), and the floor — a
minimal Node script that answers with one \`SELECT\` through \`pg\` as JSON (\`test/bench/floor.ts\`; the partner
list only). Cost = time per request relative to \`next start\` (req/s of \`next start\` ÷ ours).

${table(
  ['scenario', 'npm start: ms median / p99', 'req/s', 'next start: ms median / p99', 'req/s', 'cost of express', 'floor: ms median / p99', 'req/s', 'ours ÷ floor'],
  results.host.map((row) => [
    row.scenario,
    latency(row.express),
    rps(row.express),
    latency(row.next),
    rps(row.next),
    cost(row.express, row.next),
    row.floor ? latency(row.floor) : '–',
    row.floor ? rps(row.floor) : '–',
    row.floor ? cost(row.express, row.floor) : '–',
  ]),
)}

## Uploads

${results.uploads ? `\`POST /api/logos\` with a 4000×3000 JPEG (${(results.uploads.bytes / 2 ** 20).toFixed(1)} MB) as the partner's own user, one at a time, until the 201:
received, type-checked, stored, and the three sharp sizes written (thumbnail 200×200, web 800×400 WebP, print
3000×1500 PNG). Median of ${results.uploads.times.length}: **${ms(results.uploads.medianMs)} ms** (all: ${results.uploads.times.map(ms).join(', ')} ms).` : 'Not measured in this run.'}
`
}
