import { createHash } from 'node:crypto'
import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'

/** What `next build` compiles: a change to any of these makes the build stale. */
const INPUTS = [
  'collections',
  'migrations',
  'next.config.ts',
  'package-lock.json',
  'patches',
  'payload.config.ts',
  'plugins',
  'src',
  'tsconfig.json',
]

const filesUnder = async (root: string, entry: string): Promise<string[]> => {
  const full = path.join(root, entry)
  const dirents = await readdir(full, { withFileTypes: true }).catch(
    (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOTDIR') {
        return null
      }
      if (error.code === 'ENOENT') {
        return []
      }
      throw error
    },
  )
  if (dirents === null) {
    return [entry]
  }
  const nested = await Promise.all(
    dirents.map((dirent) => filesUnder(root, path.join(entry, dirent.name))),
  )
  return nested.flat()
}

/** A hash over the paths and contents of every build input, stable across machines. */
export const sourceFingerprint = async (root: string): Promise<string> => {
  const files = (await Promise.all(INPUTS.map((entry) => filesUnder(root, entry)))).flat().sort()
  const hash = createHash('sha256')
  for (const file of files) {
    hash.update(file + '\0')
    hash.update(await readFile(path.join(root, file)))
  }
  return hash.digest('hex')
}
