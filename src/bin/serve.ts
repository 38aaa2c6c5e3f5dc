/*
 * The app's server: `npm start` runs it compiled ahead of time (dist/bin/serve.mjs, made by the
 * build), `npm run dev` through tsx in development mode (hot reload, schema pushed).
 */
import { runServer } from '../server/runServer'

await runServer()
