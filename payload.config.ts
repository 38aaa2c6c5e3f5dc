import { postgresAdapter } from '@payloadcms/db-postgres'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { da } from '@payloadcms/translations/languages/da'
import { en } from '@payloadcms/translations/languages/en'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { Catalog, collections, Users } from './collections'
import { migrations } from './migrations'
import { profilingRights } from './plugins/profiling-rights'
import { depthLimit } from './src/graphql/depthLimit'
import { databaseInputErrors } from './src/hooks/databaseInputErrors'
import { translations } from './src/i18n/translations'
import { cookieOrigins, frontendOrigins } from './src/runtime/origins'
import { maxUploadBytes, maxUploadPixels } from './src/uploads/uploadDir'
import { uploadSafety } from './src/uploads/uploadSafety'

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
  collections,
  // CORS and the cookie CSRF check follow FRONTEND_ORIGINS (README: Configuration).
  cors: frontendOrigins(),
  csrf: cookieOrigins(),
  // Text and textarea fields without a limit of their own take at most this many characters.
  defaultMaxTextLength: 20_000,
  db: postgresAdapter({
    migrationDir: path.resolve(dirname, 'migrations'),
    pool: { connectionString: process.env.DATABASE_URI, connectionTimeoutMillis: 5000 },
    // Only `npm run dev` pushes its schema (to its own database); everything else migrates.
    prodMigrations: migrations,
    push: process.env.NODE_ENV === 'development',
  }),
  editor: lexicalEditor(),
  globals: [Catalog],
  graphQL: {
    // Playground and introspection are on in development; GRAPHQL_PLAYGROUND=on opens them in production.
    disableIntrospectionInProduction: process.env.GRAPHQL_PLAYGROUND !== 'on',
    disablePlaygroundInProduction: process.env.GRAPHQL_PLAYGROUND !== 'on',
    // Payload's estimate: one point per selected field (aliases included). The README's queries use a few dozen.
    maxComplexity: 1000,
    schemaOutputFile: path.resolve(dirname, 'schema.graphql'),
    validationRules: () => [depthLimit(12)],
  },
  hooks: { afterError: [databaseInputErrors] },
  i18n: { fallbackLanguage: 'da', supportedLanguages: { da, en }, translations },
  plugins: [profilingRights({ enabled: process.env.PROFILING_RIGHTS !== 'off' }), uploadSafety({ maxPixels: maxUploadPixels })],
  localization: {
    defaultLocale: 'da',
    fallback: true,
    locales: [
      { code: 'da', label: 'Dansk' },
      { code: 'en', label: 'English' },
    ],
  },
  secret: process.env.PAYLOAD_SECRET ?? '',
  // Only when configured: a serverURL also restricts cookie logins to that origin (CSRF), which
  // would lock out a local browser that reached the app as 127.0.0.1 instead of localhost.
  serverURL: process.env.SERVER_URL,
  sharp,
  telemetry: false,
  typescript: { outputFile: path.resolve(dirname, 'payload-types.ts') },
  // Refuse oversized files outright instead of storing a truncated one.
  upload: { abortOnLimit: true, limits: { fileSize: maxUploadBytes } },
})
