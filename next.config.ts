import type { NextConfig } from 'next'

import { withPayload } from '@payloadcms/next/withPayload'

const nextConfig: NextConfig = {
  // The express host in src/server answers /healthz and /readyz; Next serves the rest.
  poweredByHeader: false,
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
