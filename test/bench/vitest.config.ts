import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

/**
 * `npm run bench:plugin:in-process` (test/bench/pluginInProcess.ts): the one benchmark run by vitest,
 * whose module registry can load the project's config twice. Not part of `npm test`.
 */
export default defineConfig({
  test: {
    // As the servers run.
    env: { NODE_ENV: 'production' },
    execArgv: ['--conditions=production'],
    include: ['test/bench/pluginInProcess.ts'],
    root: path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..'),
  },
})
