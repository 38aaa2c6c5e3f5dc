import path from 'node:path'

import { readReplicaUris } from '../db/readReplicaUris'
import { emailSettings } from '../email/emailSettings'
import { jobSettings } from '../jobs/jobSettings'
import { cacheSettings } from '../server/cacheSettings'
import { readRateLimits } from '../server/rateLimits'
import { frontendOrigins } from './origins'
import { previewTemplate } from './previewURL'
import { StartupError } from './StartupError'

export type Settings = {
  /** Streaming replicas of `databaseUri` that take reads (DATABASE_READ_URIS). */
  databaseReadUris?: string[]
  /** External PostgreSQL; when unset the embedded server is started. */
  databaseUri?: string
  /** Folder for everything the app keeps locally: embedded Postgres, generated secret. */
  dataDir: string
  dev: boolean
  host: string
  port: number
  /** Project root: where package.json, payload.config.ts and .next live. */
  root: string
}

export const projectRoot = path.resolve(import.meta.dirname, '../..')

const parsePort = (value: string | undefined): number => {
  if (value === undefined || value === '') {
    return 3000
  }
  const port = Number(value)
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new StartupError(
      `PORT must be a whole number between 0 and 65535, not "${value}". Start with e.g. PORT=3001 npm start.`,
    )
  }
  return port
}

export const readSettings = (env: NodeJS.ProcessEnv = process.env): Settings => {
  // Checked here so a mistake is reported at start, in one paragraph.
  cacheSettings(env)
  frontendOrigins(env)
  emailSettings(env)
  jobSettings(env)
  previewTemplate(env)
  readRateLimits(env)
  return {
    databaseReadUris: readReplicaUris(env),
    databaseUri: env.DATABASE_URI || undefined,
    dataDir: path.resolve(projectRoot, env.DATA_DIR || '.data'),
    dev: env.NODE_ENV !== 'production',
    host: env.HOST || '127.0.0.1',
    port: parsePort(env.PORT),
    root: projectRoot,
  }
}
