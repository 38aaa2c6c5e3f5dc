/* `npm run dev`: Next in development mode (hot reload), schema pushed to its own database. */
import { runServer } from '../server/runServer'

await runServer()
