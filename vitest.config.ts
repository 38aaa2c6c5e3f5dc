import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    // Builds once for production and starts one PostgreSQL for the whole run.
    // Test files load the config too (the Local API): packages' production builds, as the servers do
    // (test/helpers/serverProcess.ts, PRODUCTION_CONDITIONS).
    execArgv: ['--conditions=production'],
    globalSetup: ['test/helpers/globalSetup.ts'],
    hookTimeout: 240_000,
    include: ['test/**/*.test.ts', 'plugins/**/*.test.ts'],
    // Each file runs its own server process; two at a time fits two cores.
    maxWorkers: 2,
    pool: 'forks',
    testTimeout: 60_000,
  },
})
