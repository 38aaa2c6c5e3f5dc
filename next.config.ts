import type { NextConfig } from 'next'

import { withPayload } from '@payloadcms/next/withPayload'

const nextConfig: NextConfig = {
  // The express host compresses (src/server/createApp.ts), after HTTP caching has seen the plain body.
  compress: false,
  poweredByHeader: false,
  // The express host (src/server) initialises Payload before serving, so the server and the
  // routes must share one copy of Payload: bundled copies would hold their own classes
  // (a ValidationError thrown by one would not be recognised by the other's error handler).
  // This is how withPayload already runs development.
  serverExternalPackages: [
    'payload',
    '@payloadcms/db-postgres',
    '@payloadcms/drizzle',
    '@payloadcms/graphql',
    // Loaded from node_modules as published (its fonts are read from there: src/publication/renderPdf.ts).
    'pdfmake',
  ],
  // `npm test` type-checks the whole project (tests included) with tsc; no need to do it twice.
  typescript: { ignoreBuildErrors: true },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
