/*
 * `npm run bench`: the profiling-rights plugin's cost. The same production server is started
 * twice on one database — with the plugin and with PROFILING_RIGHTS=off (same collections,
 * nothing enforced) — and each scenario is measured in alternating rounds, so both see the
 * same machine. Figures go to docs/benchmarks.md.
 */
import { writeFile } from 'node:fs/promises'
import path from 'node:path'

import { ensureBuild } from '../../src/build/ensureBuild'
import { startEmbeddedPostgres } from '../../src/db/embeddedPostgres'
import { projectRoot } from '../../src/runtime/settings'
import { endPool } from '../../src/server/pool'
import { spawnServer } from '../helpers/serverProcess'
import { tempDir } from '../helpers/tempDir'
import { type Figures, measure, median } from './measure'

const ROUNDS = Number(process.env.BENCH_ROUNDS) || 5
const PARTNERS = 100
const SECRET = 'bench-secret'
const scenarios = [
  { name: 'REST GET /api/partners?limit=100&depth=1 (anonymous)', path: '/api/partners?limit=100&depth=1' },
  { name: 'REST GET /api/partners?limit=100&depth=0 (anonymous)', path: '/api/partners?limit=100&depth=0' },
]

const seed = async (databaseUri: string) => {
  Object.assign(process.env, { DATABASE_URI: databaseUri, PAYLOAD_SECRET: SECRET })
  const [{ getPayload }, { default: config }] = await Promise.all([import('payload'), import('../../payload.config')])
  const payload = await getPayload({ config })
  for (let index = 0; index < PARTNERS; index++) {
    await payload.create({
      collection: 'partners',
      data: {
        contacts: [{ email: `kontakt${index}@demo.example`, name: `Kontakt ${index}` }],
        name: `Demo Partner ${index + 1}`,
        status: 'active',
        tier: index % 5 === 0 ? 'steering' : 'working',
        website: `https://partner${index}.example`,
      } as never,
    })
  }
  await endPool(payload)
}

const main = async () => {
  await ensureBuild(projectRoot)
  const data = await tempDir('dab-bench')
  const cluster = await startEmbeddedPostgres({ dir: path.join(data.dir, 'postgres'), log: () => {} })
  const databaseUri = cluster.uri('bench')
  try {
    // The first server creates the database and migrates it; then the data goes in.
    const withPlugin = await spawnServer({ DATABASE_URI: databaseUri, DATA_DIR: data.dir, PAYLOAD_SECRET: SECRET })
    await seed(databaseUri)
    console.log(`Seeded ${PARTNERS} partners; measuring ${scenarios.length} scenarios in ${ROUNDS} rounds`)
    const withoutPlugin = await spawnServer({ DATABASE_URI: databaseUri, DATA_DIR: data.dir, PAYLOAD_SECRET: SECRET, PROFILING_RIGHTS: 'off' })
    const rows: string[] = []
    try {
      for (const scenario of scenarios) {
        const runs: { with: Figures[]; without: Figures[] } = { with: [], without: [] }
        await measure(withPlugin.url + scenario.path, { seconds: 2 })
        await measure(withoutPlugin.url + scenario.path, { seconds: 2 })
        for (let round = 0; round < ROUNDS; round++) {
          // Alternate which goes first, so neither always inherits the other's warm caches.
          const order = round % 2 ? (['without', 'with'] as const) : (['with', 'without'] as const)
          for (const which of order) {
            runs[which].push(await measure((which === 'with' ? withPlugin : withoutPlugin).url + scenario.path))
          }
        }
        const summary = (figures: Figures[]) => ({
          medianMs: median(figures.map((f) => f.medianMs)),
          p99Ms: median(figures.map((f) => f.p99Ms)),
          rps: median(figures.map((f) => f.requestsPerSecond)),
        })
        const a = summary(runs.with)
        const b = summary(runs.without)
        const ratio = b.rps / a.rps
        rows.push(
          `| ${scenario.name} | ${a.medianMs} / ${a.p99Ms} | ${a.rps.toFixed(1)} | ${b.medianMs} / ${b.p99Ms} | ${b.rps.toFixed(1)} | ${ratio.toFixed(3)}× |`,
        )
        console.log(rows.at(-1))
      }
    } finally {
      await Promise.all([withPlugin.stop(), withoutPlugin.stop()])
    }
    const report = `# Benchmarks

Re-run with \`npm run bench\` (builds for production if needed; about two minutes).
Measured ${new Date().toISOString().slice(0, 10)} on this project's CI machine kind (2 cores), Node ${process.version}.

## The profiling-rights plugin's cost

The same production server twice, on one database of ${PARTNERS} active partners (every fifth a steering
partner, each with contacts): with the plugin, and with \`PROFILING_RIGHTS=off\` (same collections and
fields, nothing enforced). autocannon over loopback, 4 connections, ${ROUNDS} alternating rounds of 5 s after a
2 s warm-up each, the order swapped every round; medians of the rounds. Ratio = time per request with the plugin ÷ without
(requests/s without ÷ with): 1.00× means free.

| scenario | with plugin: median / p99 latency (ms) | req/s | without: median / p99 (ms) | req/s | cost |
|---|---|---|---|---|---|
${rows.join('\n')}
`
    await writeFile(path.join(projectRoot, 'docs', 'benchmarks.md'), report)
    console.log('Written to docs/benchmarks.md')
  } finally {
    await cluster.stop()
    await data.remove()
  }
}

await main()
process.exit(0)
