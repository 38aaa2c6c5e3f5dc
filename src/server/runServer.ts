import type { AddressInfo } from 'node:net'
import type { Payload } from 'payload'

import next from 'next'
import { createServer, type Server } from 'node:http'

import { listenForChanges } from '../db/changeListener'
import { openForPayload } from '../db/openDatabase'
import { emailSettings } from '../email/emailSettings'
import { runJobsHere } from '../jobs/jobRunner'
import { jobSettings } from '../jobs/jobSettings'
import { lifecycle } from '../runtime/lifecycle'
import { log } from '../runtime/log'
import { readSettings } from '../runtime/settings'
import { StartupError } from '../runtime/StartupError'
import { cacheSettings } from './cacheSettings'
import { createApp } from './createApp'
import { endPool, poolOf, poolsOf } from './pool'

/** How long requests in flight get to finish after SIGTERM before connections are cut. */
const DRAIN_MS = 10_000

const listen = (server: Server, port: number, host: string): Promise<AddressInfo> =>
  new Promise((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'EADDRINUSE'
          ? new StartupError(
              `Port ${port} on ${host} is already in use, probably by another copy of this app. Stop it, or start this one on another port, e.g. PORT=${port + 1} npm start.`,
            )
          : error,
      ),
    )
    server.listen(port, host, () => resolve(server.address() as AddressInfo))
  })

const closeServer = (server: Server): Promise<void> =>
  new Promise((resolve) => {
    const force = setTimeout(() => server.closeAllConnections(), DRAIN_MS)
    force.unref()
    server.close(() => {
      clearTimeout(force)
      resolve()
    })
    // Keep-alive sockets with no request in flight would hold close() open.
    server.closeIdleConnections()
  })

/**
 * Starts the whole app: database (embedded unless DATABASE_URI), Next with the admin UI,
 * REST and GraphQL behind express, then Payload (production applies migrations here).
 * SIGTERM/SIGINT drain requests in flight, close the pool and the database, exit 0.
 */
export const runServer = async (): Promise<void> => {
  const { failed, onStop, stopOnSignals } = lifecycle()
  try {
    const settings = readSettings()
    const database = await openForPayload(settings, onStop)

    const nextApp = next({
      dev: settings.dev,
      dir: settings.root,
      hostname: 'localhost',
      port: settings.port,
    })
    await nextApp.prepare()
    onStop(() => nextApp.close())

    // Assigned once Payload has started; the closures below read it before that.
    // eslint-disable-next-line prefer-const -- a const cannot be read by closures made before it is assigned
    let payload: Payload | undefined
    onStop(async () => payload && (await endPool(payload)))
    const handle = nextApp.getRequestHandler()
    const app = createApp({ handle: (req, res) => handle(req, res), payload: () => payload })
    const server = createServer(app)
    if (settings.dev) {
      server.on('upgrade', nextApp.getUpgradeHandler())
    }

    const address = await listen(server, settings.port, settings.host)
    onStop(() => closeServer(server))
    // Next and Payload's HMR client read the port from the environment.
    process.env.PORT = String(address.port)

    // The instance is cached globally, so Next's route handlers reuse this one and its pool.
    const [{ getPayload }, { default: config }] = await Promise.all([
      import('payload'),
      import('../../payload.config'),
    ])
    // This server runs the job queue itself, unless JOBS_AUTORUN=off (workers do).
    const jobs = jobSettings()
    if (jobs.autoRun) {
      runJobsHere()
    }
    payload = await getPayload({ config, cron: true })
    // A restarted database (or replica) kills idle connections; without a listener that error would crash us.
    for (const pool of poolsOf(payload)) {
      pool.on('error', (error: Error) => log.warn(`Database connection lost: ${error.message}`))
    }
    // The response cache serves, and reads go to replicas, only while this server hears the other servers' writes.
    const pool = poolOf(payload)
    if ((cacheSettings().responseCache || settings.databaseReadUris) && pool) {
      const changes = listenForChanges(pool.options)
      onStop(() => changes.stop())
    }

    const url = `http://${address.address === '::' ? 'localhost' : address.address}:${address.port}`
    log.info(`Den aktive borger CMS listening on ${url}${settings.dev ? ' (development)' : ''}`)
    log.info(
      `Admin ${url}/admin · REST ${url}/api · GraphQL ${url}/api/graphql · database ${database.description}`,
    )
    const { smtpUrl } = emailSettings()
    log.info(
      jobs.autoRun
        ? `Running background jobs every ${jobs.intervalSeconds} s`
        : 'JOBS_AUTORUN=off: background jobs are left to `npm run worker`',
    )
    if (smtpUrl) {
      log.info(`Email goes out through ${new URL(smtpUrl).host}`)
    } else {
      log.warn(
        'SMTP_URL is not set: emails (invitations, password resets, reviews) are written to this log, not sent',
      )
    }

    stopOnSignals('finishing requests in flight, then stopping')
  } catch (error) {
    await failed(error)
  }
}
