import type { Payload } from 'payload'

import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { renderContract } from '../../src/contract/renderContract'
import { startApp, type TestApp } from '../helpers/testApp'

let app: TestApp
let payload: Payload

beforeAll(async () => {
  app = await startApp()
  payload = await app.payload()
})
afterAll(() => app?.stop())

describe('generated contract', () => {
  it('payload-types.ts and schema.graphql match the config', async () => {
    const { config } = payload
    const { schema, types } = await renderContract(config)
    const stale = 'is stale: run `npm run generate` and commit the result'
    expect(await readFile(config.typescript.outputFile, 'utf8'), `payload-types.ts ${stale}`).toBe(
      types,
    )
    expect(await readFile(config.graphQL.schemaOutputFile, 'utf8'), `schema.graphql ${stale}`).toBe(
      schema,
    )
  })
})

describe('committed migrations', () => {
  it('end at a snapshot equal to the schema the config describes', async () => {
    // What `payload migrate:create` would diff: the newest committed snapshot against the config.
    const db = payload.db as unknown as {
      migrationDir: string
      requireDrizzleKit: () => {
        generateDrizzleJson: (schema: unknown) => Promise<unknown>
        generateMigration: (before: unknown, after: unknown) => Promise<string[]>
      }
      schema: unknown
    }
    const snapshots = (await readdir(db.migrationDir))
      .filter((file) => file.endsWith('.json'))
      .sort()
    const latest = JSON.parse(await readFile(path.join(db.migrationDir, snapshots.at(-1)!), 'utf8'))
    const { generateDrizzleJson, generateMigration } = db.requireDrizzleKit()
    const missing = await generateMigration(latest, await generateDrizzleJson(db.schema))
    expect(missing, 'run `npm run payload -- migrate:create <name>` and commit it').toEqual([])
  })
})
