import { execFile } from 'node:child_process'
import { stat } from 'node:fs/promises'
import path from 'node:path'
import { promisify } from 'node:util'

const run = promisify(execFile)

/** uid of the `postgres` account, or undefined when it does not exist yet. */
export const postgresUid = async (): Promise<number | undefined> => {
  try {
    return Number((await run('id', ['-u', 'postgres'])).stdout.trim())
  } catch {
    return undefined
  }
}

/**
 * PostgreSQL refuses to run as root, so as root it runs as the `postgres` account, which
 * must be able to walk down to its data folder. Checkouts under /root usually are not.
 */
export const reachableBy = async (dir: string, uid: number | undefined): Promise<boolean> => {
  for (let current = path.dirname(dir); ; current = path.dirname(current)) {
    const info = await stat(current).catch(() => undefined)
    if (info) {
      const searchable = info.uid === uid ? info.mode & 0o100 : info.mode & 0o001
      if (!searchable) return false
    }
    if (current === path.dirname(current)) return true
  }
}
