/*
 * `npm run seed [-- --reset] [-- --reset-users]`: the project's content into the database
 * `npm start` uses (embedded PostgreSQL unless DATABASE_URI is set). Idempotent by slug.
 */
import { openDatabase } from '../src/db/openDatabase'
import { log } from '../src/runtime/log'
import { resolveSecret } from '../src/runtime/secret'
import { readSettings } from '../src/runtime/settings'
import { StartupError } from '../src/runtime/StartupError'
import { endPool } from '../src/server/pool'
import { seed } from './seed'

const flags = new Set(process.argv.slice(2))
const settings = readSettings()
let code = 0
try {
  const database = await openDatabase(settings, log.info)
  try {
    process.env.DATABASE_URI = database.uri
    process.env.PAYLOAD_SECRET = await resolveSecret({ dataDir: settings.dataDir, required: false })
    process.env.DATA_DIR = settings.dataDir
    const [{ getPayload }, { default: config }] = await Promise.all([import('payload'), import('../payload.config')])
    const payload = await getPayload({ config })
    try {
      await seed(payload, {
        log: log.info,
        reset: flags.has('--reset'),
        resetUsers: flags.has('--reset-users'),
        // Known demo passwords have no place on a real server.
        users: !(settings.databaseUri && !settings.dev),
      })
    } finally {
      await endPool(payload)
    }
  } finally {
    await database.close()
  }
} catch (error) {
  log.error(error instanceof StartupError ? error.message : ((error as Error).stack ?? String(error)))
  code = 1
}
process.exit(code)
