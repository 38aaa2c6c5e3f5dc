import type { Options, Store } from 'express-rate-limit'

import { applyMigrations, PostgresStore } from '@acpr/rate-limit-postgresql'
import pg from 'pg'

import { log } from '../runtime/log'

/** The store's tables, functions and its own migration log, kept out of `public` (Payload's). */
const SCHEMA = 'rate_limit'

export type RateLimitStores = {
  close: () => Promise<void>
  /** A store for one limiter; `name` keeps its counts apart from the other limiters'. */
  store: (name: string) => Store
}

/** express-rate-limit's PostgreSQL store on one pool of this process instead of one pool per limiter. */
class PooledStore extends PostgresStore {
  constructor(
    config: pg.PoolConfig,
    name: string,
    private readonly shared: pg.Pool,
  ) {
    super(config, name)
  }

  override init(options: Options): void {
    this.windowMs = options.windowMs
    this.pool = this.shared
  }
}

/**
 * Rate-limit counts in PostgreSQL (`@acpr/rate-limit-postgresql`), so every server on the database
 * counts a client's requests together. Its schema is created or updated here, awaited, before the
 * server takes requests (the package's constructor would start that unawaited; patches/). Call it
 * inside `withStartupLock`: two servers creating the schema at once would collide.
 */
export const openRateLimitStores = async (uri: string): Promise<RateLimitStores> => {
  const config: pg.PoolConfig = {
    connectionString: uri,
    connectionTimeoutMillis: 5000,
    // Unqualified names, the migration log's `migrations` table among them, land in the store's schema.
    // A count is not worth a disk flush: without one a count takes a fraction of a millisecond instead
    // of about 3 ms here (docs/benchmarks.md: Several servers), and a crash of PostgreSQL itself
    // forgets at most its last moment of counts.
    options: `-c search_path=${SCHEMA},public -c synchronous_commit=off`,
  }
  const client = new pg.Client(config)
  await client.connect()
  try {
    await client.query(`CREATE SCHEMA IF NOT EXISTS ${SCHEMA}`)
  } finally {
    await client.end()
  }
  await applyMigrations(config)
  const pool = new pg.Pool({ ...config, application_name: 'den-aktive-borger rate limits', max: 4 })
  // A restarted database kills idle connections; without a listener that error would crash us.
  pool.on('error', (error) => log.warn(`Rate-limit store lost a connection: ${error.message}`))
  return {
    close: () => pool.end(),
    store: (name) => new PooledStore(config, name, pool),
  }
}
