/*
 * `npm run payload -- <command>`: Payload's CLI (migrate, migrate:create, generate:types, …)
 * with the same database the server uses, embedded PostgreSQL included.
 */
import { spawn } from 'node:child_process'
import { createRequire } from 'node:module'
import path from 'node:path'

import { openDatabase } from '../db/openDatabase'
import { log } from '../runtime/log'
import { resolveSecret } from '../runtime/secret'
import { readSettings } from '../runtime/settings'
import { StartupError } from '../runtime/StartupError'

// payload's exports map hides bin.js; it sits beside dist/.
const payloadBin = path.resolve(createRequire(import.meta.url).resolve('payload'), '../../bin.js')

const settings = readSettings()
let code = 1
try {
  const database = await openDatabase(settings, log.info)
  try {
    const env = {
      ...process.env,
      DATABASE_URI: database.uri,
      PAYLOAD_SECRET: await resolveSecret({ dataDir: settings.dataDir, required: false }),
    }
    // Resolved as this process was (`--conditions=production`: see README, Node 20).
    const child = spawn(
      process.execPath,
      [
        ...process.execArgv.filter((arg) => arg.startsWith('--conditions')),
        payloadBin,
        ...process.argv.slice(2),
      ],
      {
        env,
        stdio: 'inherit',
      },
    )
    code = await new Promise<number>((resolve) => child.on('exit', (exit) => resolve(exit ?? 1)))
  } finally {
    await database.close()
  }
} catch (error) {
  log.error(error instanceof StartupError ? error.message : String(error))
}
process.exit(code)
