import type { NextConfig } from 'next'

import { withPayload } from '@payloadcms/next/withPayload'

const nextConfig: NextConfig = {
  // The express host in src/server answers /healthz and /readyz; Next serves the rest.
  poweredByHeader: false,
  // `npm test` type-checks the whole project (tests included) with tsc; no need to do it twice.
  typescript: { ignoreBuildErrors: true },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
