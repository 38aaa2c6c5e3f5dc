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
import { withSystemCollectionAccess } from './src/access/systemCollections'
import { auditFailedLogins } from './src/audit/failedLogins'
import { withChangeAnnouncements } from './src/db/announceChanges'
import { localesParentIndex } from './src/db/localesParentIndex'
import { readReplicaUris } from './src/db/readReplicaUris'
import { withReplicaFence } from './src/db/replicaFence'
import { withTransactionEnd } from './src/db/transactionEnd'
import { emailAdapter } from './src/email/emailAdapter'
import { depthLimit } from './src/graphql/depthLimit'
import { pageArguments } from './src/graphql/pageArguments'
import { permissionQueries } from './src/graphql/permissionQueries'
import { databaseInputErrors } from './src/hooks/databaseInputErrors'
import { translations } from './src/i18n/translations'
import { withWriteIntegrity } from './src/integrity/writeIntegrity'
import { withExclusiveJobClaims } from './src/jobs/exclusiveClaims'
import { withJobContext } from './src/jobs/jobContext'
import { jobsConfig } from './src/jobs/jobsConfig'
import { plugins } from './src/plugins'
import { titleSuffix } from './src/plugins/seo'
import { withQuerySafety } from './src/query/querySafety'
import { logger } from './src/runtime/logger'
import { cookieOrigins, frontendOrigins } from './src/runtime/origins'
import { maxUploadBytes } from './src/uploads/uploadDir'

const dirname = path.dirname(fileURLToPath(import.meta.url))

// Payload adds its own collections (locks, preferences, migrations) after the plugins: their access,
// and the query and write checks every collection gets, are applied last.
export default buildConfig({
  admin: {
    // Gravatar would need the internet.
    avatar: 'default',
    components: { beforeDashboard: ['/src/admin/components/ReviewQueue#ReviewQueue'] },
    importMap: {
      baseDir: dirname,
      importMapFile: path.resolve(dirname, 'src/app/(payload)/admin/importMap.js'),
    },
    meta: { titleSuffix },
    // Scheduled publishing and dates the admin shows are in Danish time.
    timezones: {
      defaultTimezone: 'Europe/Copenhagen',
      supportedTimezones: [{ label: 'København', value: 'Europe/Copenhagen' }],
    },
    user: Users.slug,
  },
  collections,
  // CORS follows FRONTEND_ORIGINS; the login cookie counts only from this server's own origin and
  // those frontends (README: Security defaults).
  cors: frontendOrigins(),
  csrf: cookieOrigins(),
  // A request without `depth` gets its document's own relations (a case's partner, themes, images),
  // not their relations in turn: cheap by default, more when asked. No request populates beyond
  // three levels (e.g. catalogue → model → example case → partner), whatever it asks: Payload's
  // default of 10 lets one list request fan out into thousands of documents (docs/benchmarks.md).
  defaultDepth: 1,
  maxDepth: 3,
  // Text and textarea fields without a limit of their own take at most this many characters.
  db: postgresAdapter({
    afterSchemaInit: [localesParentIndex],
    migrationDir: path.resolve(dirname, 'migrations'),
    pool: { connectionString: process.env.DATABASE_URI, connectionTimeoutMillis: 5000 },
    // Only `npm run dev` pushes its schema (to its own database); everything else migrates.
    prodMigrations: migrations,
    push: process.env.NODE_ENV === 'development',
    // DATABASE_READ_URIS; which reads may go there: src/db/replicaFence.ts.
    readReplicas: readReplicaUris(),
  }),
  defaultMaxTextLength: 20_000,
  editor: lexicalEditor(),
  // SMTP_URL sends mail; without it every message is written to the log (README: Configuration).
  email: emailAdapter(),
  globals: [Catalog],
  graphQL: {
    // Playground and introspection are on in development; GRAPHQL_PLAYGROUND=on opens them in production.
    disableIntrospectionInProduction: process.env.GRAPHQL_PLAYGROUND !== 'on',
    disablePlaygroundInProduction: process.env.GRAPHQL_PLAYGROUND !== 'on',
    // Payload's estimate: one point per selected field (aliases included). The README's queries use a few dozen.
    maxComplexity: 1000,
    // Payload's permission queries, answered in the shape of their types (500 otherwise).
    queries: permissionQueries,
    schemaOutputFile: path.resolve(dirname, 'schema.graphql'),
    validationRules: (args) => [depthLimit(12), pageArguments(args)],
  },
  hooks: { afterError: [databaseInputErrors, auditFailedLogins] },
  i18n: { fallbackLanguage: 'da', supportedLanguages: { da, en }, translations },
  // Emails, webhook deliveries and scheduled publishing (README: Background jobs).
  jobs: jobsConfig(),
  // All in one list, in order: src/plugins/index.ts.
  localization: {
    defaultLocale: 'da',
    fallback: true,
    locales: [
      { code: 'da', label: 'Dansk' },
      { code: 'en', label: 'English' },
    ],
  },
  // A client's mistake (4xx) is logged at info, without a stack: src/runtime/logger.ts.
  logger,
  plugins,
  secret: process.env.PAYLOAD_SECRET ?? '',
  // Only when configured: unset, links and the CSRF list fall back to localhost on PORT.
  serverURL: process.env.SERVER_URL,
  sharp,
  telemetry: false,
  typescript: { outputFile: path.resolve(dirname, 'payload-types.ts') },
  // Refuse oversized files outright instead of storing a truncated one.
  upload: { abortOnLimit: true, limits: { fileSize: maxUploadBytes } },
})
  .then(withSystemCollectionAccess)
  .then(withQuerySafety)
  .then(withWriteIntegrity)
  .then(withTransactionEnd)
  .then(withChangeAnnouncements)
  .then(withReplicaFence)
  .then(withExclusiveJobClaims)
  .then(withJobContext)
