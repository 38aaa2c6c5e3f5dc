/*
 * `npm run worker`: runs the job queue (emails, webhook deliveries, scheduled publishing) in a
 * process of its own, with no HTTP server. With several app servers, set JOBS_AUTORUN=off on
 * them and run one or more of these (README: Background jobs); claims are exclusive, so any
 * number of runners each run a job once.
 */
import { openDatabase } from '../db/openDatabase'
import { jobSettings } from '../jobs/jobSettings'
import { log } from '../runtime/log'
import { resolveSecret } from '../runtime/secret'
import { readSettings } from '../runtime/settings'
import { StartupError } from '../runtime/StartupError'
import { endPool } from '../server/pool'

const cleanups: Array<() => Promise<void>> = []
const cleanup = async () => {
  for (const step of cleanups.reverse()) await step().catch((error) => log.error(String(error)))
}

try {
  const settings = readSettings()
  const database = await openDatabase(settings, log.info)
  cleanups.push(database.close)
  process.env.DATABASE_URI = database.uri
  process.env.PAYLOAD_SECRET = await resolveSecret({ dataDir: settings.dataDir, required: !settings.dev && Boolean(settings.databaseUri) })
  const [{ getPayload }, { default: config }] = await Promise.all([import('payload'), import('../../payload.config')])
  const payload = await getPayload({ config, cron: true })
  cleanups.push(() => endPool(payload))
  cleanups.push(async () => {
    await Promise.all(payload.crons.splice(0).map((cron) => cron.stop()))
  })
  log.info(`Job worker running the queue every ${jobSettings().intervalSeconds} s · database ${database.description}`)
  const stop = async (signal: string) => {
    log.info(`${signal}: stopping the job worker`)
    process.once(signal, () => process.exit(1))
    await cleanup()
    process.exit(0)
  }
  process.once('SIGTERM', () => void stop('SIGTERM'))
  process.once('SIGINT', () => void stop('SIGINT'))
} catch (error) {
  log.error(error instanceof StartupError ? error.message : ((error as Error).stack ?? String(error)))
  await cleanup()
  process.exit(1)
}
