import { postgresAdapter } from '@payloadcms/db-postgres'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { da } from '@payloadcms/translations/languages/da'
import { en } from '@payloadcms/translations/languages/en'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { Users } from './collections/Users/index'
import { migrations } from './migrations/index'

const dirname = path.dirname(fileURLToPath(import.meta.url))

export default buildConfig({
  admin: {
    // Gravatar would need the internet.
    avatar: 'default',
    importMap: {
      baseDir: dirname,
      importMapFile: path.resolve(dirname, 'src/app/(payload)/admin/importMap.js'),
    },
    meta: { titleSuffix: ' – Den aktive borger' },
    user: Users.slug,
  },
  collections: [Users],
  db: postgresAdapter({
    migrationDir: path.resolve(dirname, 'migrations'),
    pool: { connectionString: process.env.DATABASE_URI, connectionTimeoutMillis: 5000 },
    // Only `npm run dev` pushes its schema (to its own database); everything else migrates.
    prodMigrations: migrations,
    push: process.env.NODE_ENV === 'development',
  }),
  editor: lexicalEditor(),
  graphQL: { schemaOutputFile: path.resolve(dirname, 'schema.graphql') },
  i18n: { fallbackLanguage: 'da', supportedLanguages: { da, en } },
  secret: process.env.PAYLOAD_SECRET ?? '',
  sharp,
  telemetry: false,
  typescript: { outputFile: path.resolve(dirname, 'payload-types.ts') },
})
