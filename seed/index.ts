/*
 * `npm run seed [-- --reset] [-- --reset-users] [-- --demo N]`: the project's content into the
 * database `npm start` uses (embedded PostgreSQL unless DATABASE_URI is set). Idempotent by slug.
 * `--demo N` adds generated data for N cases (for benchmarks).
 */
import { openDatabase } from '../src/db/openDatabase'
import { log } from '../src/runtime/log'
import { resolveSecret } from '../src/runtime/secret'
import { readSettings } from '../src/runtime/settings'
import { StartupError } from '../src/runtime/StartupError'
import { endPool } from '../src/server/pool'
import { generateDemo } from './demo'
import { seed } from './seed'

const args = process.argv.slice(2)
const flags = new Set(args)
const demoIndex = args.indexOf('--demo')
const demo = demoIndex >= 0 ? Number(args[demoIndex + 1]) : 0
if (demoIndex >= 0 && !(Number.isInteger(demo) && demo > 0)) {
  log.error('--demo needs a whole number of cases, e.g. npm run seed -- --demo 10000')
  process.exit(2)
}
const settings = readSettings()
let code = 0
try {
  const database = await openDatabase(settings, log.info)
  try {
    process.env.DATABASE_URI = database.uri
    process.env.PAYLOAD_SECRET = await resolveSecret({ dataDir: settings.dataDir, required: false })
    process.env.DATA_DIR = settings.dataDir
    const [{ getPayload }, { default: config }] = await Promise.all([
      import('payload'),
      import('../payload.config'),
    ])
    const payload = await getPayload({ config })
    try {
      await seed(payload, {
        log: log.info,
        reset: flags.has('--reset'),
        resetUsers: flags.has('--reset-users'),
        // Known demo passwords have no place on a real server.
        users: !(settings.databaseUri && !settings.dev),
      })
      if (demo) {
        await generateDemo(payload, demo, log.info)
      }
    } finally {
      await endPool(payload)
    }
  } finally {
    await database.close()
  }
} catch (error) {
  log.error(
    error instanceof StartupError ? error.message : ((error as Error).stack ?? String(error)),
  )
  code = 1
}
process.exit(code)
