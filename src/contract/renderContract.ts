import type { SanitizedConfig } from 'payload'

import { configToSchema } from '@payloadcms/graphql'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'
import { generateTypes } from 'payload/node'

// The graphql instance @payloadcms/graphql built the schema with (Node resolves its CommonJS
// main); a bundler may hand this file the .mjs copy, whose printSchema rejects foreign types.
const { printSchema } = createRequire(import.meta.url)('graphql') as typeof import('graphql')

export type Contract = {
  /** GraphQL SDL, as committed in schema.graphql. */
  schema: string
  /** TypeScript types, as committed in payload-types.ts. */
  types: string
}

/** What frontends build against, rendered from the config by Payload's own generators. */
export const renderContract = async (config: SanitizedConfig): Promise<Contract> => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'contract-'))
  const previous = process.env.PAYLOAD_TS_OUTPUT_PATH
  try {
    // generateTypes only writes files; point it at a scratch file and read that back.
    process.env.PAYLOAD_TS_OUTPUT_PATH = path.join(dir, 'payload-types.ts')
    await generateTypes(config, { log: false })
    const types = await readFile(process.env.PAYLOAD_TS_OUTPUT_PATH, 'utf8')
    return { schema: printSchema(configToSchema(config).schema) + '\n', types }
  } finally {
    if (previous === undefined) {
      delete process.env.PAYLOAD_TS_OUTPUT_PATH
    } else {
      process.env.PAYLOAD_TS_OUTPUT_PATH = previous
    }
    await rm(dir, { force: true, recursive: true })
  }
}
