/*
 * `npm run worker`: runs the job queue (emails, webhook deliveries, scheduled publishing) in a
 * process of its own, with no HTTP server. With several app servers, set JOBS_AUTORUN=off on
 * them and run one or more of these (README: Background jobs); claims are exclusive, so any
 * number of runners each run a job once.
 */
import { openForPayload } from '../db/openDatabase'
import { withStartupLock } from '../db/startupLock'
import { runJobsHere } from '../jobs/jobRunner'
import { jobSettings } from '../jobs/jobSettings'
import { lifecycle } from '../runtime/lifecycle'
import { log } from '../runtime/log'
import { readSettings } from '../runtime/settings'
import { endPool } from '../server/pool'
import { checkBucket } from '../uploads/checkBucket'

const { failed, onStop, stopOnSignals } = lifecycle()
try {
  const settings = readSettings()
  // The same start checks as the server's: its Payload stores uploads the same way.
  await checkBucket()
  const database = await openForPayload(settings, onStop)
  runJobsHere()
  const [{ getPayload }, { default: config }] = await Promise.all([
    import('payload'),
    import('../../payload.config'),
  ])
  // Migrates like a server does, in turn with the servers starting on the same database.
  const payload = await withStartupLock(database.uri, () => getPayload({ config, cron: true }))
  onStop(() => endPool(payload))
  onStop(async () => {
    await Promise.all(payload.crons.splice(0).map((cron) => cron.stop()))
  })
  log.info(
    `Job worker running the queue every ${jobSettings().intervalSeconds} s · database ${database.description}`,
  )
  stopOnSignals('stopping the job worker')
} catch (error) {
  await failed(error)
}
