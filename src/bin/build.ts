/*
 * `npm run build`: rebuild for production. With `--if-changed` (before `npm start` and
 * `npm run worker`) only when the sources changed since the last build.
 */
import { ensureBuild } from '../build/ensureBuild'
import { projectRoot } from '../runtime/settings'

await ensureBuild(projectRoot, { force: !process.argv.includes('--if-changed') })
