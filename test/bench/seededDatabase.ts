import { ensureBuild } from '../../src/build/ensureBuild'
import { projectRoot } from '../../src/runtime/settings'
import { endPool } from '../../src/server/pool'
import { spawnServer } from '../helpers/serverProcess'
import { benchDatabase } from './benchDatabase'
import { prepare } from './dataset'

/**
 * For a section run on its own: a benchmark database (`benchDatabase`) migrated by a first server,
 * then seeded with `cases` generated cases from here; the server is stopped again.
 */
export const seededDatabase = async (
  name: string,
  extra: Record<string, string>,
  cases: number,
) => {
  const database = await benchDatabase(name, extra)
  try {
    // The first server creates the database and migrates it; the data then goes in from here.
    const first = await spawnServer(database.env)
    Object.assign(process.env, database.env)
    const [{ getPayload }, { default: config }] = await Promise.all([
      import('payload'),
      import('../../payload.config'),
    ])
    const payload = await getPayload({ config })
    await prepare(payload, cases)
    await endPool(payload)
    await first.stop()
    return database
  } catch (error) {
    await database.remove()
    throw error
  }
}

/** A section run on its own (`npm run bench:…`): build, seed, `measure` prints its section, clean up, exit. */
export const runAlone = async (
  name: string,
  extra: Record<string, string>,
  cases: number,
  measure: (env: Record<string, string>) => Promise<string>,
) => {
  await ensureBuild(projectRoot)
  const database = await seededDatabase(name, extra, cases)
  try {
    console.log(await measure(database.env))
  } finally {
    await database.remove()
  }
  process.exit(0)
}
