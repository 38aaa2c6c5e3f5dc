import type { Payload } from 'payload'

import { randomBytes } from 'node:crypto'
import { rm } from 'node:fs/promises'
import path from 'node:path'
import pg from 'pg'
import { inject } from 'vitest'

import { CHANGES_CHANNEL } from '../../src/db/changeGeneration'
import { endPool } from '../../src/server/pool'
import { type ServerProcess, spawnServer, spawnWorker } from './serverProcess'
import { tempDir } from './tempDir'

export type ApiResponse<T = any> = {
  body: T
  headers: Headers
  status: number
}

export type RequestOptions = {
  body?: unknown
  headers?: Record<string, string>
  method?: string
  /** A login token, sent as `Authorization: JWT <token>`. */
  token?: string
}

export type TestApp = {
  /** REST or any other HTTP request against the running server; JSON in and out. */
  api: <T = any>(path: string, options?: RequestOptions) => Promise<ApiResponse<T>>
  /** The database this app uses: another app started on it shares its data (`startApp({ databaseUri })`). */
  databaseUri: string
  /** POST /api/graphql. */
  graphql: <T = any>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string,
  ) => Promise<ApiResponse<{ data?: T; errors?: Array<{ extensions?: unknown; message: string }> }>>
  /** Logs in over REST and returns the token. */
  login: (email: string, password: string) => Promise<string>
  /** Everything the server process has logged so far. */
  output: () => string
  /** The Local API on the same database (initialised on first use). */
  payload: () => Promise<Payload>
  /**
   * Removes uploaded files and empties every table but the migration log (and those starting with a `keep` prefix,
   * e.g. `users` to keep logins made in `beforeAll`), so each test starts from nothing.
   */
  reset: (options?: { keep?: string[] }) => Promise<void>
  /** Stops the server process (SIGTERM, or e.g. SIGKILL to crash it) and starts it again on the same database. */
  restart: (signal?: NodeJS.Signals) => Promise<void>
  /** Stops the server process (SIGTERM, or e.g. SIGKILL to crash it) and removes what the app made. */
  stop: (signal?: NodeJS.Signals) => Promise<void>
  url: () => string
  /** Starts `npm run worker` on this app's database and settings (with `env` over them); stop it when done. */
  worker: (env?: Record<string, string>) => Promise<ServerProcess>
}

export const TEST_SECRET = 'test-secret-not-for-production'

/** Limits no ordinary test file reaches (many logins from one address); test/int/rate-limits sets low ones. */
const generousRateLimits = {
  RATE_LIMIT_GRAPHQL: '100000',
  RATE_LIMIT_LOGIN: '100000',
  RATE_LIMIT_PASSWORD_RESET: '100000',
}

/**
 * Most files assert what Payload computes for a request; the response cache is on only where a
 * file asks for it (`RESPONSE_CACHE: 'on'`: the response cache's own tests and the rights matrix).
 */
const uncached = { RESPONSE_CACHE: 'off' }

/** A database no app has used yet (created by the first server started on it). */
export const freshDatabaseUri = (): string => {
  const url = new URL(inject('postgresUrl'))
  url.pathname = `/test_${randomBytes(6).toString('hex')}`
  return url.toString()
}

const parse = async (response: Response): Promise<unknown> => {
  const text = await response.text()
  try {
    return JSON.parse(text)
  } catch {
    return text
  }
}

/** Requests to the server at `base()` (e.g. a reverse proxy in front of several), as `TestApp.api`. */
export const apiAt =
  (base: () => string): TestApp['api'] =>
  async (path, { body, headers = {}, method = 'GET', token } = {}) => {
    // Objects go as JSON; strings as given (malformed JSON too); FormData as multipart.
    const form = body instanceof FormData
    const response = await fetch(new URL(path, base()), {
      body: (body === undefined || form || typeof body === 'string'
        ? body
        : JSON.stringify(body)) as BodyInit,
      headers: {
        ...(body !== undefined && !form ? { 'Content-Type': 'application/json' } : {}),
        ...(token ? { Authorization: `JWT ${token}` } : {}),
        ...headers,
      },
      method,
    })
    return {
      body: (await parse(response)) as any,
      headers: response.headers,
      status: response.status,
    }
  }

/**
 * A bound for a test that starts, restarts or kills its own servers (initdb, migrations, a worker
 * beside: 18 s alone, 50–60 s on a loaded 2-core CI machine, the suite's bound). A bound for a hang.
 */
export const SERVER_STARTS_TIMEOUT_MS = 180_000

/**
 * A running app (the production server, as `npm start` runs it) on a fresh, empty database
 * of its own, for one test file. Start it in `beforeAll`, stop it in `afterAll`.
 */
export const startApp = async ({
  databaseUri = freshDatabaseUri(),
  env = {},
}: { databaseUri?: string; env?: Record<string, string> } = {}): Promise<TestApp> => {
  // Uploads go to $DATA_DIR/uploads: a folder of this app's own, shared with its Local API.
  const data = await tempDir('dab-app')
  const serverEnv = {
    DATA_DIR: data.dir,
    DATABASE_URI: databaseUri,
    PAYLOAD_SECRET: TEST_SECRET,
    ...generousRateLimits,
    ...uncached,
    ...env,
  }
  let server = await spawnServer(serverEnv).catch(async (error) => {
    await data.remove()
    throw error
  })
  let localApi: Promise<Payload> | undefined

  const api = apiAt(() => server.url)

  const payload = () => {
    localApi ??= (async () => {
      Object.assign(process.env, serverEnv)
      const [{ getPayload }, { default: config }] = await Promise.all([
        import('payload'),
        import('../../payload.config'),
      ])
      return getPayload({ config })
    })()
    return localApi
  }

  return {
    api,
    databaseUri,
    graphql: (query, variables, token) =>
      api('/api/graphql', { body: { query, variables }, method: 'POST', token }),
    login: async (email, password) => {
      const { body, status } = await api('/api/users/login', {
        body: { email, password },
        method: 'POST',
      })
      if (status !== 200) {
        throw new Error(`login as ${email} failed (${status}): ${JSON.stringify(body)}`)
      }
      return body.token as string
    },
    output: () => server.output(),
    payload,
    reset: async ({ keep = [] } = {}) => {
      await rm(path.join(data.dir, 'uploads'), { force: true, recursive: true })
      const client = new pg.Client({ connectionString: databaseUri })
      await client.connect()
      try {
        const { rows } = await client.query<{ name: string }>(
          `SELECT quote_ident(tablename) AS name FROM pg_tables
           WHERE schemaname = 'public' AND tablename <> 'payload_migrations'`,
        )
        const emptied = rows.filter(({ name }) => !keep.some((prefix) => name.startsWith(prefix)))
        // DELETE with foreign-key triggers off: TRUNCATE … CASCADE would also empty kept
        // tables that point at emptied ones (users → partners). Announced like any write from
        // outside the app, so the server's response cache forgets what it held.
        await client.query(
          `SET session_replication_role = replica; ${emptied.map(({ name }) => `DELETE FROM ${name};`).join(' ')} NOTIFY ${CHANGES_CHANNEL};`,
        )
      } finally {
        await client.end()
      }
    },
    restart: async (signal) => {
      await server.stop(signal)
      server = await spawnServer(serverEnv)
    },
    stop: async (signal) => {
      await server.stop(signal)
      if (localApi) {
        await endPool(await localApi)
      }
      await data.remove()
    },
    url: () => server.url,
    worker: (env = {}) => spawnWorker({ ...serverEnv, ...env }),
  }
}
