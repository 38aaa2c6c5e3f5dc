import path from 'node:path'

import type { Settings } from '../runtime/settings'

import { log } from '../runtime/log'
import { resolveSecret } from '../runtime/secret'
import { startEmbeddedPostgres } from './embeddedPostgres'

export type Database = {
  close: () => Promise<void>
  /** For the log: where the data is, never the password. */
  description: string
  uri: string
}

/**
 * Development pushes its schema straight to the database while production applies the
 * committed migrations; the two must not share a database, or migrate would prompt.
 */
export const databaseName = (dev: boolean) => (dev ? 'den_aktive_borger_dev' : 'den_aktive_borger')

/** Host, port and database of a connection string: never its password. */
const where = (uri: string) => {
  const url = new URL(uri)
  return `${url.host}${url.pathname}`
}

/** DATABASE_URI if set (nothing is started), else the embedded PostgreSQL in `$DATA_DIR/postgres`. */
export const openDatabase = async (
  settings: Pick<Settings, 'databaseReadUris' | 'databaseUri' | 'dataDir' | 'dev'>,
  log: (message: string) => void,
): Promise<Database> => {
  if (settings.databaseUri) {
    const replicas = settings.databaseReadUris?.map(where).join(', ')
    return {
      close: async () => {},
      description: `${where(settings.databaseUri)}${replicas ? ` (reads also from ${replicas})` : ''}`,
      uri: settings.databaseUri,
    }
  }
  const cluster = await startEmbeddedPostgres({ dir: path.join(settings.dataDir, 'postgres'), log })
  const name = databaseName(settings.dev)
  return {
    close: cluster.stop,
    description: `embedded 127.0.0.1:${cluster.port}/${name}`,
    uri: cluster.uri(name),
  }
}

/**
 * What the server and the job worker need before Payload starts: the database (closed by
 * `onStop`) and the secret, both handed to Payload's config through the environment.
 */
export const openForPayload = async (
  settings: Settings,
  onStop: (step: () => Promise<void>) => void,
): Promise<Database> => {
  const database = await openDatabase(settings, log.info)
  onStop(database.close)
  process.env.DATABASE_URI = database.uri
  process.env.PAYLOAD_SECRET = await resolveSecret({
    dataDir: settings.dataDir,
    required: !settings.dev && Boolean(settings.databaseUri),
  })
  return database
}
