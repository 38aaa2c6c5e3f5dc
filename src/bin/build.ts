/* `npm run build`: always rebuild for production. */
import { ensureBuild } from '../build/ensureBuild'
import { projectRoot } from '../runtime/settings'

await ensureBuild(projectRoot, { force: true })
