/* `npm run generate`: payload-types.ts, schema.graphql and the admin import map, from the config. */
import { writeFile } from 'node:fs/promises'
import { generateImportMap } from 'payload'

import config from '../../payload.config'
import { renderContract } from '../contract/renderContract'

const sanitized = await config
const { schema, types } = await renderContract(sanitized)
await writeFile(sanitized.typescript.outputFile, types)
await writeFile(sanitized.graphQL.schemaOutputFile, schema)
await generateImportMap(sanitized, { log: false })
console.log(
  `Wrote ${sanitized.typescript.outputFile}, ${sanitized.graphQL.schemaOutputFile} and the import map`,
)
