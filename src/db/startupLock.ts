import pg from 'pg'

import { StartupError } from '../runtime/StartupError'

/** Any fixed number: the same in every process of this app on one database. */
const STARTUP_LOCK = 47_112_026

const NO_SUCH_DATABASE = '3D000'
/** Another server created it a moment ago: as good as done. */
const CREATED_MEANWHILE = new Set(['42P04', '23505'])

/**
 * Connects to the database at `uri`, creating it first if it does not exist yet (Payload would
 * create it, but only later, and the lock below needs it now).
 */
const connect = async (uri: string): Promise<pg.Client> => {
  const client = new pg.Client({
    application_name: 'den-aktive-borger startup',
    connectionString: uri,
  })
  // A lost connection surfaces in the next query; without a listener it would crash the process.
  client.on('error', () => undefined)
  try {
    await client.connect()
    return client
  } catch (error) {
    if ((error as { code?: string }).code !== NO_SUCH_DATABASE) {
      const { host, pathname } = new URL(uri)
      throw new StartupError(
        `Cannot reach the database ${host}${pathname}: ${(error as Error).message}. Check DATABASE_URI and that PostgreSQL is running and lets this user in.`,
      )
    }
  }
  const url = new URL(uri)
  const name = decodeURIComponent(url.pathname.slice(1))
  url.pathname = '/postgres'
  const admin = new pg.Client({ connectionString: url.toString() })
  await admin.connect()
  try {
    await admin.query(`CREATE DATABASE ${pg.escapeIdentifier(name)}`)
  } catch (error) {
    if (!CREATED_MEANWHILE.has((error as { code?: string }).code ?? '')) {
      throw error
    }
  } finally {
    await admin.end()
  }
  return connect(uri)
}

/**
 * Runs `work` while holding a PostgreSQL advisory lock on the database, so servers and workers
 * starting together on a fresh database migrate one after the other: Payload's migrations take
 * no lock of their own, and two servers creating the same tables at once would fail one of them.
 * The lock goes with its connection, so a process that dies holding it frees it.
 */
export const withStartupLock = async <T>(uri: string, work: () => Promise<T>): Promise<T> => {
  const client = await connect(uri)
  try {
    await client.query('SELECT pg_advisory_lock($1)', [STARTUP_LOCK])
    return await work()
  } finally {
    await client.end().catch(() => undefined)
  }
}
