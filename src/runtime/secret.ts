import { randomBytes } from 'node:crypto'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'

import { StartupError } from './StartupError'

type Args = {
  dataDir: string
  env?: NodeJS.ProcessEnv
  /** A deployment against an external database must bring its own secret. */
  required: boolean
}

/**
 * PAYLOAD_SECRET signs login tokens. On a machine of its own (embedded database) we
 * generate one on first start and keep it beside the data, so logins survive restarts.
 */
export const resolveSecret = async ({
  dataDir,
  env = process.env,
  required,
}: Args): Promise<string> => {
  if (env.PAYLOAD_SECRET) {
    return env.PAYLOAD_SECRET
  }
  if (required) {
    throw new StartupError(
      'PAYLOAD_SECRET is not set. In production with an external DATABASE_URI the secret must come from ' +
        'your deployment: set PAYLOAD_SECRET to a long random string (e.g. `openssl rand -hex 32`) and ' +
        'keep it the same across restarts and servers, or logins will be invalidated.',
    )
  }
  const file = path.join(dataDir, 'payload-secret')
  try {
    return (await readFile(file, 'utf8')).trim()
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
      throw error
    }
  }
  const secret = randomBytes(32).toString('hex')
  await mkdir(dataDir, { recursive: true })
  await writeFile(file, secret + '\n', { flag: 'wx', mode: 0o600 })
  return secret
}
