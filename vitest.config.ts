import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    // The SEO and search plugins are published up to 3.90.1 (README: Dependencies); Payload's
    // development-time version check would reject them beside payload 3.90.2.
    env: { PAYLOAD_DISABLE_DEPENDENCY_CHECKER: 'true' },
    // Builds once for production and starts one PostgreSQL for the whole run.
    globalSetup: ['test/helpers/globalSetup.ts'],
    hookTimeout: 120_000,
    include: ['test/**/*.test.ts'],
    // Each file runs its own server process; two at a time fits two cores.
    maxWorkers: 2,
    pool: 'forks',
    testTimeout: 60_000,
  },
})
