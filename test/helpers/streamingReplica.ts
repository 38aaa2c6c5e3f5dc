import { type ChildProcess, execFile, spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { readdir } from 'node:fs/promises'
import path from 'node:path'
import { promisify } from 'node:util'
import pg from 'pg'

import { freePort } from '../../src/db/freePort'
import { tempDir } from './tempDir'
import { waitFor } from './waitFor'

const run = promisify(execFile)

const DEBIAN_POSTGRES = '/usr/lib/postgresql'

export type StreamingPair = {
  /** Pauses the replica's replay of the primary's WAL: it stays behind until `resumeReplay`. */
  pauseReplay: () => Promise<void>
  primaryUri: string
  /** One statement on the primary, as the superuser. */
  queryPrimary: (text: string, values?: unknown[]) => Promise<pg.QueryResultRow[]>
  /** One statement on the replica. */
  queryReplica: (text: string, values?: unknown[]) => Promise<pg.QueryResultRow[]>
  replicaUri: string
  /** Resumes replay and waits until the replica has replayed everything the primary has written. */
  resumeReplay: () => Promise<void>
  stop: () => Promise<void>
  /** Stops the replica only (fast shutdown: its connections are ended). */
  stopReplica: () => Promise<void>
}

/**
 * Debian's PostgreSQL server programs (`apt-get install postgresql`), of the newest version
 * installed; not on PATH. The npm package behind the embedded database has no `pg_basebackup`.
 */
const debianBin = async (): Promise<string> => {
  const versions = (await readdir(DEBIAN_POSTGRES).catch(() => [] as string[]))
    .filter((version) => existsSync(path.join(DEBIAN_POSTGRES, version, 'bin', 'pg_basebackup')))
    .filter((version) => existsSync(path.join(DEBIAN_POSTGRES, version, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a))
  if (versions.length === 0) {
    throw new Error(
      `Debian's PostgreSQL server is not installed (no ${DEBIAN_POSTGRES}/*/bin/initdb): apt-get install -y postgresql`,
    )
  }
  return path.join(DEBIAN_POSTGRES, versions[0], 'bin')
}

/** PostgreSQL refuses to run as root: as root its programs run as the `postgres` account the package made. */
const command = (program: string, args: string[]): [string, string[]] =>
  process.getuid?.() === 0
    ? ['setpriv', ['--reuid=postgres', '--regid=postgres', '--init-groups', '--', program, ...args]]
    : [program, args]

const runAs = (program: string, args: string[]) => run(...command(program, args))

/** A server on loopback only (TCP, no socket folder), quick to start and to throw away. */
const startServer = (bin: string, dir: string, port: number) => {
  let output = ''
  const child: ChildProcess = spawn(
    ...command(path.join(bin, 'postgres'), [
      '-D',
      dir,
      '-p',
      String(port),
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'unix_socket_directories=',
      '-c',
      'fsync=off',
    ]),
    { stdio: ['ignore', 'pipe', 'pipe'] },
  )
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  return {
    exited,
    output: () => output,
    // SIGINT: PostgreSQL's fast shutdown.
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGINT')
      }
      await exited
    },
  }
}

const query = async (uri: string, text: string, values?: unknown[]) => {
  const client = new pg.Client({ connectionString: uri })
  await client.connect()
  try {
    return (await client.query(text, values)).rows
  } finally {
    await client.end()
  }
}

/**
 * A primary (Debian's PostgreSQL, `initdb` in a temp folder) and a streaming hot-standby replica
 * of it (`pg_basebackup -R`), each on a free port, with the database `name` made on the primary
 * and replicated. Stop it when done: both servers stop and their folder is removed.
 */
export const startStreamingPair = async (name: string): Promise<StreamingPair> => {
  const bin = await debianBin()
  const scratch = await tempDir('dab-replicas')
  const servers: Array<ReturnType<typeof startServer>> = []
  const stop = async () => {
    await Promise.all(servers.map((server) => server.stop()))
    await scratch.remove()
  }
  try {
    if (process.getuid?.() === 0) {
      await run('chown', ['postgres:', scratch.dir])
    }
    const primaryDir = path.join(scratch.dir, 'primary')
    const replicaDir = path.join(scratch.dir, 'replica')
    // Trust on loopback, replication included (initdb's default lines): a throw-away cluster.
    await runAs(path.join(bin, 'initdb'), [
      ...'-U postgres --auth=trust --encoding=UTF8 --no-sync -D'.split(' '),
      primaryDir,
    ])
    const primaryPort = await freePort()
    const primary = startServer(bin, primaryDir, primaryPort)
    servers.push(primary)
    const uri = (port: number, database: string) =>
      `postgres://postgres@127.0.0.1:${port}/${database}`
    // A server that exits fails this by the timeout, with its log (below).
    const answers = (target: string) =>
      waitFor(`PostgreSQL at ${target}`, async () => {
        await query(target, 'select 1')
        return true
      })
    await answers(uri(primaryPort, 'postgres'))
    await query(uri(primaryPort, 'postgres'), `create database ${name}`)

    // -R: the copy starts as a standby streaming from the primary.
    await runAs(path.join(bin, 'pg_basebackup'), [
      ...`-h 127.0.0.1 -p ${primaryPort} -U postgres -R --checkpoint=fast --no-sync -D`.split(' '),
      replicaDir,
    ])
    const replicaPort = await freePort()
    const replica = startServer(bin, replicaDir, replicaPort)
    servers.push(replica)
    const primaryUri = uri(primaryPort, name)
    const replicaUri = uri(replicaPort, name)
    await answers(replicaUri)

    return {
      pauseReplay: async () => {
        await query(replicaUri, 'select pg_wal_replay_pause()')
        await waitFor('replay paused', async () => {
          const [{ state }] = await query(
            replicaUri,
            'select pg_get_wal_replay_pause_state() as state',
          )
          return state === 'paused'
        })
      },
      primaryUri,
      queryPrimary: (text, values) => query(primaryUri, text, values),
      queryReplica: (text, values) => query(replicaUri, text, values),
      replicaUri,
      resumeReplay: async () => {
        await query(replicaUri, 'select pg_wal_replay_resume()')
        const [{ lsn }] = await query(primaryUri, 'select pg_current_wal_lsn()::text as lsn')
        await waitFor('the replica to replay the primary', async () => {
          const [{ done }] = await query(
            replicaUri,
            'select pg_last_wal_replay_lsn() >= $1::pg_lsn as done',
            [lsn],
          )
          return done === true
        })
      },
      stop,
      stopReplica: replica.stop,
    }
  } catch (error) {
    const logs = servers.map((server) => server.output()).join('\n')
    await stop()
    throw new Error(`${(error as Error).message}\n${logs}`)
  }
}
