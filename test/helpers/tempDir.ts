import { chmod, mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

/** A scratch folder the postgres account can enter too (embedded PostgreSQL runs as it under root). */
export const tempDir = async (prefix: string) => {
  const dir = await mkdtemp(path.join(os.tmpdir(), `${prefix}-`))
  await chmod(dir, 0o755)
  // Retried: a PostgreSQL just stopped may still be finishing a WAL file (ENOTEMPTY seen in CI).
  return {
    dir,
    remove: () => rm(dir, { force: true, maxRetries: 10, recursive: true, retryDelay: 100 }),
  }
}
