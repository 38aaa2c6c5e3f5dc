import os from 'node:os'

import { type CataloguePdfCost, cataloguePdfSection } from './cataloguePdf'
import { cpu, table, times } from './format'
import { type Figures, ratio, type Timing } from './measure'
import { type PluginCost, pluginSection } from './pluginCost'
import { type PublishingCost, publishingSection } from './publishing'
import { type ResponseCacheCost, responseCacheSection } from './responseCache'
import { type SeveralServersCost, severalServersSection } from './severalServers'

export type Results = {
  cataloguePdf?: CataloguePdfCost
  growth: Array<{ figures: Figures; scenario: string; size: number }>
  host: Array<{ express: Figures; floor?: Figures; next: Figures; scenario: string }>
  mainSize?: number
  minutes?: number
  plugin?: PluginCost
  publishing?: PublishingCost
  responseCache?: ResponseCacheCost
  severalServers?: SeveralServersCost
  sizes: number[]
  statements: Array<{ count: number; scenario: string; viewer: string }>
  timing: Timing
  uploads?: { bytes: number; medianMs: number; times: number[] }
}

const ms = (value: number) => (value >= 100 ? value.toFixed(0) : value.toFixed(1))
const latency = (f: Figures) => `${ms(f.medianMs)} / ${ms(f.p99Ms)}`
const rps = (f: Figures) => f.requestsPerSecond.toFixed(0)
/** Time per request of `a` relative to `b` by throughput: 1.00× means as fast (measure.ts, `ratio`). */
const cost = (a: Figures, b: Figures) => times(ratio(a, b, 'throughput'))
/** The same by the server process's CPU time per request, which other load on the machine hardly moves. */
const cpuCost = (a: Figures, b: Figures) => times(ratio(a, b, 'cpu'))
const thousands = (n: number) => n.toLocaleString('en').replace(/,/g, ' ')

/** docs/benchmarks.md, written by `npm run bench`. */
export const report = (results: Results) => {
  const { timing } = results
  const cpus = os.cpus()
  const statements = (scenario: string, viewer: string) =>
    String(
      results.statements.find((row) => row.scenario === scenario && row.viewer === viewer)?.count ??
        '–',
    )
  const growthScenarios = [...new Set(results.growth.map((row) => row.scenario))]
  const growthAt = (scenario: string, size: number) =>
    results.growth.find((row) => row.scenario === scenario && row.size === size)!.figures
  const [smallest, largest] = [results.sizes[0], results.sizes.at(-1)!]

  return `# Benchmarks

Written by \`npm run bench\` (${results.minutes?.toFixed(1)} minutes this time); re-run it to reproduce every figure below.
Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on ${cpus.length} × ${cpus[0]?.model.trim()}, ${Math.round(os.totalmem() / 2 ** 30)} GB,
${os.type()} ${os.release()}, Node ${process.version}; load average at the end ${os
    .loadavg()
    .map((n) => n.toFixed(1))
    .join(' ')}.

## How

\`\`\`sh
npm run bench                          # the whole table: about ${Math.ceil(results.minutes ?? 12)} minutes on 2 cores
BENCH_QUICK=1 npm run bench            # development: 1 000 and 3 000 cases, short rounds (figures are rough)
BENCH_SIZES=1000,10000,100000 BENCH_ROUNDS=5 BENCH_PLUGIN_PAIRS=10 BENCH_PLUGIN_ROUNDS=3 npm run bench   # the defaults, spelled out
npm run bench:plugin                   # the plugin's section alone, on a fresh database of 10 000 cases (about 30 minutes)
npm run bench:plugin:in-process        # the plugin's cost in one process, where 5 % can be told apart (docs/benchmarks-in-process.md, about 22 minutes)
\`\`\`

It builds for production if the sources changed, starts an embedded PostgreSQL in a temporary folder, runs the
production server (\`dist/bin/serve.mjs\`, as \`npm start\` does) and enters the project's seed (themes, principles,
the three cases, models, the demo partners and their logins) plus generated data (\`seed/demo.ts\`, as
\`npm run seed -- --demo N\`): published cases with themes, a partner per 50 cases (every fifth steering), a
comment on every second case. The seed's models are published with ten generated example cases each, 20
generated steering partners get a logo, and the case the "one case" scenario reads has 20 comments. Each size
is its own database prepared this way; after the generated cases \`VACUUM ANALYZE\` gives the planner current
statistics, as autovacuum would.

Load comes from [autocannon](https://github.com/mcollina/autocannon) over loopback, ${timing.connections} connections.
Every comparison is side by side in one run: a ${timing.warmupSeconds} s warm-up per server, then ${timing.rounds} rounds of
${timing.seconds} s in which each server is measured once, the order rotated every round; the figures are medians over
the rounds (latency median / p99 in ms, requests per second, and the server process's CPU time per request
from \`/proc/<pid>/stat\`, 10 ms ticks summed over a round). Before measuring, every request is sent once and
must answer 2xx with a non-empty, error-free body. "Partner user" is a logged-in user of a steering partner
(\`Authorization: JWT …\`). The two cores are shared by the server, PostgreSQL and autocannon, so absolute
figures are those of a small machine; the ratios are the point. Throughput ratios move with whatever else
runs on the machine; CPU-time ratios much less — read both, and re-run on an idle machine for the record.

## The profiling-rights plugin's cost

At ${thousands(results.mainSize ?? 0)} cases. ${results.plugin ? pluginSection(results.plugin, statements) : 'Not measured in this run.'}

### Ahead-of-time compiled code (measured once; kept since for another reason)

Until 2026-12-02 \`npm start\` ran the server through tsx, which compiles our TypeScript when a module is first
imported (Next's own build has compiled the routes). It now runs it compiled ahead of time (\`dist/bin/serve.mjs\`,
made by the build), not for the speed of requests: nothing is transpiled or hooked at run time, and a start takes
about 4 s instead of 8. The speed comparison,
before that change: the same server bundled ahead of time by esbuild
(\`src/bin/start.ts\` and everything of ours it imports in one ES module, packages from node_modules), in the same
rounds as a server under tsx, with 40 rounds (\`BENCH_ROUNDS=40 npm run bench:plugin\` at commit e4685c0; the
comparison left the bench with the decision). It would have been kept if at least 5 % faster; it was not:

| scenario | viewer | tsx: CPU ms/req, req/s | bundled: CPU ms/req, req/s | bundled ÷ tsx by CPU (95 %) | by req/s |
|---|---|---|---|---|---|
| REST cases, limit 20, depth 2 | partner user | 27.8, 33 | 28.9, 34 | 0.995× (0.95–1.05) | 1.000× |
| GraphQL catalogue with models and example cases | partner user | 38.5, 28 | 40.4, 27 | 1.081× (1.02–1.11) | 1.050× |

## Growth with the number of cases

The production server (plugin on), anonymous, cache off: one database per size in the same PostgreSQL, each
with its own server, measured side by side (rounds rotated as everywhere here). Target: the filtered list's median
at ${thousands(largest)} cases ≤ 1.3× that at ${thousands(smallest)}. The unfiltered list counts every published case for
its \`totalDocs\`, which is the one part that grows with the table.

${table(
  [
    'scenario',
    ...results.sizes.map((size) => `${thousands(size)} cases: ms median / p99, req/s, CPU ms/req`),
    `median ${thousands(largest)} ÷ ${thousands(smallest)}`,
    `CPU ${thousands(largest)} ÷ ${thousands(smallest)}`,
  ],
  growthScenarios.map((scenario) => [
    scenario,
    ...results.sizes.map(
      (size) =>
        `${latency(growthAt(scenario, size))}, ${rps(growthAt(scenario, size))}, ${cpu(growthAt(scenario, size))}`,
    ),
    times(ratio(growthAt(scenario, largest), growthAt(scenario, smallest), 'latency')),
    cpuCost(growthAt(scenario, largest), growthAt(scenario, smallest)),
  ]),
)}

## The host's cost, and the floor

One REST scenario served three ways on the same data, side by side: our server (\`npm start\`: express in front
of Next and Payload), \`next start\` alone (Next's own server, same build, same Payload), and the floor — a
minimal Node script that answers with one \`SELECT\` through \`pg\` as JSON (\`test/bench/floor.ts\`; the partner
list only). Cost = time per request relative to \`next start\` (req/s of \`next start\` ÷ ours).

${table(
  [
    'scenario',
    'npm start: ms median / p99',
    'req/s',
    'CPU ms/req',
    'next start: ms median / p99',
    'req/s',
    'CPU ms/req',
    'cost of express (req/s, CPU)',
    'floor: ms median / p99',
    'req/s',
    'ours ÷ floor',
  ],
  results.host.map((row) => [
    row.scenario,
    latency(row.express),
    rps(row.express),
    cpu(row.express),
    latency(row.next),
    rps(row.next),
    cpu(row.next),
    `${cost(row.express, row.next)}, ${cpuCost(row.express, row.next)}`,
    row.floor ? latency(row.floor) : '–',
    row.floor ? rps(row.floor) : '–',
    row.floor ? cost(row.express, row.floor) : '–',
  ]),
)}

## What the figures led to

- **Reverse joins list ids.** The first run measured \`GET /api/partners?limit=100&depth=1\` at about 3 req/s
  (790 ms median), with and without the plugin alike: Payload populates join fields at depth ≥ 1, so the
  list carried up to ten full cases per partner (600 case documents, 400 KB) through the cases' own read
  hooks. \`partners.cases\` and the theme listings (\`cases\`, \`models\`, \`dilemmas\`) now have
  \`maxDepth: 0\`: they list ids at any depth, and a partner's or theme's cases in full are one filtered,
  paginated request away (\`/api/cases?where[partner][equals]=…\`). In-process the partner list went from
  557 ms to 86 ms. Joins that are part of a document's own content (a case's models, a model's dilemmas, a
  principle's models) still populate. GraphQL resolves joins itself and is unaffected.
- **\`defaultDepth: 1\`, \`maxDepth: 3\`** (payload.config.ts). Payload's defaults are 2 and 10. A request
  that names no depth gets a document's own relations (a case's partner, themes, images) — what a list or a
  page needs — and asks for more when it wants it; the README's examples name their depth. No request
  populates beyond three levels (catalogue → model → example case → partner is the deepest real use):
  at depth 10 one list request can fan out through relations and joins into thousands of documents.
- **Indexes** (migration \`…_self_service_frontend_contract_indexes\`). Payload reads a document's translations by \`_parent_id\`, but
  gives each \`_locales\` table only a unique index on \`(_locale, _parent_id)\`, which that lookup can use only
  by reading it whole: at 100 000 cases a page of 20 spent 24 ms there and it grew with the table. Every
  \`_locales\` table now gets an index on \`_parent_id\` (\`src/db/localesParentIndex.ts\`, a schema hook, so
  it is in the migration snapshot), and \`cases.area\` is indexed for the filtered list's count.
- **The filtered case list at 100 000 cases** (migration \`…_case_list_indexes\`). \`EXPLAIN (ANALYZE, BUFFERS)\` of
  the five statements the request sends, at 1 000 and at 100 000 cases: only two grew. The count of matching
  published cases (0.05 → 5 ms: 10 000 rows read from the table) now comes from an index on
  \`(area, _status)\` alone (1 ms, an index-only scan); the populated partners' \`cases\` join (0.2 → 2 ms:
  each partner's 50 cases read and sorted to list its newest 11) now reads them in order from an index on
  \`(partner, createdAt)\` (0.4 ms). The page itself, its themes and its partners take the same at both sizes,
  and so does the CPU time of the request in Node (17.5 and 17.1 ms, \`process.cpuUsage\` over 100 requests
  in one process). The earlier
  growth figure also compared unlike pages: generated cases took their partner by the same modulus as their
  area, so the newest 20 health cases at 1 000 cases came from 2 partners, at 100 000 from 20; partners are
  now spread over the areas, so both pages populate as many partners as a real catalogue's would.
- **SQL per request is constant.** Every list scenario sends 3–6 statements whatever its page size (the
  SQL column; \`test/int/query-counts.test.ts\` holds it for page sizes 10/50/100, anonymous, partner user
  and editor, REST and GraphQL). No N+1 was found. Payload's GraphQL join resolver does run one query per
  parent document when a list selects a join field; none of the API's documented queries do.
- **Express costs nothing measurable.** A trial had seen ≈131 vs ≈194 req/s for \`npm start\` vs \`next start\`.
  Measured side by side with rotated rounds (table above), the two are within noise of each other, by
  throughput and by CPU time per request; a CPU profile of our server under load shows express's own frames
  (one route match, the body-limit header check) far below 1 % of the time, and no tsx module resolution after
  start-up. What express buys: \`/healthz\` and \`/readyz\` answered without Next, the 413 before an oversized
  upload is read, graceful drain on SIGTERM, and one process that starts the embedded database and applies
  migrations before taking traffic. The trial's gap is best explained by a single, non-alternated run on a
  busy machine (unrotated rounds let one server inherit the other's load), or by the request handler then
  being created per request (fixed before these measurements).
- **The plugin's cost: what it is made of.** On Node 20 every \`await\` in the server passes through Node's async
  hooks, which Next's \`AsyncLocalStorage\` turns on: a CPU profile of two production servers under the same
  interleaved load (the public partner list) shows \`promiseInitHook\`, \`promiseBeforeHook\`, \`_propagate\` and
  their kin at about 3.5 of 32 ms per request. Payload awaits every field's read access once per document,
  even when it answers at once, and every collection \`afterRead\` hook once per document; so the plugin costs
  by the number of fields it checks per document, not by what its checks do (its own functions: under 0.4 ms
  of a request; the same checks toggled in one process without Next: no measurable difference). For the public,
  the private partner fields (contacts, panel nominees, attendees, extra tickets, entitlements) are therefore
  left out of the query (\`plugins/profiling-rights/hooks/privateFieldsLeftOut.ts\`): not loaded (three lateral
  subqueries per partner fewer), not checked, the same answer. The public partner list went from 1.12× (32.2
  against 28.7 ms per request, 4 servers a side, 10 rounds) to 0.91× (21.6 against 23.9 ms). A partner user's
  lists leave them out too, and an \`afterOperation\` hook fills them in for its own partner alone when it is on the
  page: one lookup by id of those fields (\`ownPrivateFieldsFilledIn\`). Before, they were loaded and checked for
  every partner on the page (the partner user's partner list: 1.113×, 1.02–1.19); after, 1.091× (1.03–1.14). The
  lookup itself is the largest part of what remains that I found: one Local API read with three array subqueries,
  about 2 ms here (a partner list as a partner user, in one process, the lookup switched off in every other block
  of 10 requests: 21.9 against 20.0 ms CPU per request, 40 blocks, 100 partners with logos). On GraphQL it now
  waits until the query resolves one of those fields (graphql-js awaits a value's \`then\` only then), so the
  website's partner queries, which ask for none, no longer pay it; REST answers every field when no \`select\` is
  given, so a partner user's REST list still does. Every API request of a partner user also looked up its
  partner's tier to compute \`users.rights\` while authenticating, which nothing but the admin and the account's
  own answers (me, login, refresh) read; now only those compute them (one statement fewer per request), and
  \`partnerById\` reads the two columns from the database adapter. Measured in one process with four instances a
  side, the instance the unit of the interval (docs/benchmarks-in-process.md, 2026-12-02), the partner user's REST
  partner list costs 1.041× (1.025–1.058), the one scenario not shown ≤ 1.05 (before: 1.049× and 1.075× in two
  runs of the two-instance method), and its GraphQL partner list 0.943× (0.928–0.958); the HTTP pairs' 1.091×
  and 1.096× for them were inside those pairs' noise. The catalogue's, agenda's and newsletters'
  partner lists take their ids straight from the database adapter (\`entitledPartnerIds\`): through the find
  operation every partner read ran Payload's per-document hooks, and the public GraphQL catalogue cost 1.054×
  (1.01–1.09); after, 1.025× (0.93–1.08). In a CPU profile of two servers
  under the same interleaved load (the filtered case list as a partner user, 40 s) the plugin's own functions
  took about 0.2 of 42 ms per request, and the server with the plugin used 42.1 ms against 43.4 without. Fixed before: a logo's
  read rule went through the relationship (\`partner.status\`, \`partner.tier\`), a \`SELECT DISTINCT\` joining
  partners twice per population; the plugin keeps a \`shown\` flag on each logo instead (one indexed column).
- **The noise, and how the interval covers it.** Two kinds, measured with the plugin on both sides of a pair
  (so the true ratio is 1.00): CPU time per request moves by ±10 % from one second to the next on two shared
  virtual cores (no hardware counters here to count instructions instead; pinning cores did not help), and a
  fresh server runs faster or slower than its twin for its whole life (pair medians 0.95–1.10; fixed V8 seeds,
  \`--random-seed --hash-seed\`, did not remove it). Loading both servers of a pair at the same time cancels most
  of the first: a round's log ratio varied by 4 % (3 s rounds) against 12 % with the two measured one after the
  other. The second is why each pair is one sample and the interval comes from several pairs, started one after
  another. Before (commit db09694) 6 servers a side were alive at once and measured in turn: they spread
  1.1–1.7× among themselves and the intervals spanned ±10–15 %; 10 pairs this way give ±2–8 %.
- **Ahead-of-time compiled code gains no request speed.** Bundled by esbuild, the server took 0.995× (0.95–1.05) and
  1.081× (1.02–1.11) the CPU time per request of \`npm start\` under tsx: tsx compiles each module once, at
  its first import, and the routes run in Next's own compiled build. \`npm start\` runs the bundle since for
  another reason (quicker, surer starts; see "Ahead-of-time compiled code" above).
- **The floor** shows what the stack adds over one \`SELECT\`: Payload's query building, field hooks, access and
  population for every document; the ratio is the price of the API's guarantees, not of the plugin.

## Uploads

${
  results.uploads
    ? `\`POST /api/logos\` with a 4000×3000 JPEG (${(results.uploads.bytes / 2 ** 20).toFixed(1)} MB) as the partner's own user, one at a time, until the 201:
received, type-checked, stored, and the three sharp sizes written (thumbnail 200×200, web 800×400 WebP, print
3000×1500 PNG). Median of ${results.uploads.times.length}: **${ms(results.uploads.medianMs)} ms** (all: ${results.uploads.times.map(ms).join(', ')} ms).`
    : 'Not measured in this run.'
}


## The response cache

${results.responseCache ? responseCacheSection(results.responseCache) : 'Not measured in this run.'}

## Several servers

${results.severalServers ? severalServersSection(results.severalServers) : 'Not measured in this run.'}

## Publishing with webhooks

${results.publishing ? publishingSection(results.publishing) : 'Not measured in this run.'}

## The catalogue as PDF

${results.cataloguePdf ? cataloguePdfSection(results.cataloguePdf) : 'Not measured in this run.'}
`
}
