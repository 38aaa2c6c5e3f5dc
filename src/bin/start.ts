/* `npm start`: build for production if the sources changed, then serve. */
import { ensureBuild } from '../build/ensureBuild'
import { projectRoot } from '../runtime/settings'
import { runServer } from '../server/runServer'

await ensureBuild(projectRoot)
await runServer()
