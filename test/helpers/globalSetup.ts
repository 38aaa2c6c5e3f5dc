import type { TestProject } from 'vitest/node'

import path from 'node:path'

import { ensureBuild } from '../../src/build/ensureBuild'
import { startEmbeddedPostgres } from '../../src/db/embeddedPostgres'
import { projectRoot } from '../../src/runtime/settings'
import { tempDir } from './tempDir'

declare module 'vitest' {
  export interface ProvidedContext {
    /** Superuser URL of the run's PostgreSQL; each test file makes its own database on it. */
    postgresUrl: string
  }
}

export default async function setup(project: TestProject) {
  await ensureBuild(projectRoot)
  const { dir, remove } = await tempDir('dab-test')
  const cluster = await startEmbeddedPostgres({ dir: path.join(dir, 'postgres'), log: () => {} })
  project.provide('postgresUrl', cluster.uri('postgres'))
  return async () => {
    await cluster.stop()
    await remove()
  }
}
