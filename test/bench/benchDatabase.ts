import path from 'node:path'

import { startEmbeddedPostgres } from '../../src/db/embeddedPostgres'
import { tempDir } from '../helpers/tempDir'

/**
 * A scratch data folder with an embedded PostgreSQL of its own, for one benchmark run: `env` points
 * a server at it (DATA_DIR, DATABASE_URI, plus `extra`); `remove` stops the database and deletes both.
 */
export const benchDatabase = async (name: string, extra: Record<string, string> = {}) => {
  const data = await tempDir(name)
  const cluster = await startEmbeddedPostgres({
    dir: path.join(data.dir, 'postgres'),
    log: () => {},
  })
  return {
    env: { DATA_DIR: data.dir, DATABASE_URI: cluster.uri('bench'), ...extra },
    remove: async () => {
      await cluster.stop()
      await data.remove()
    },
  }
}
