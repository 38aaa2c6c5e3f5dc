import path from 'node:path'

import { startEmbeddedPostgres } from '../../src/db/embeddedPostgres'
import { tempDir } from '../helpers/tempDir'

/**
 * A scratch data folder with an embedded PostgreSQL of its own, for one benchmark run: `env` points
 * a server at it (DATA_DIR, DATABASE_URI, plus `extra`), `envFor(name)` at another database in the
 * same cluster (created by the first server started on it); `remove` stops the cluster and deletes both.
 */
export const benchDatabase = async (name: string, extra: Record<string, string> = {}) => {
  const data = await tempDir(name)
  const cluster = await startEmbeddedPostgres({
    dir: path.join(data.dir, 'postgres'),
    log: () => {},
  })
  const envFor = (database: string) => ({
    DATA_DIR: data.dir,
    DATABASE_URI: cluster.uri(database),
    ...extra,
  })
  return {
    env: envFor('bench'),
    envFor,
    remove: async () => {
      await cluster.stop()
      await data.remove()
    },
  }
}
