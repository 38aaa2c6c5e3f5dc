/*
 * One benchmark dataset in a child process: `prepare` (dataset.ts) with BENCH_CASES generated cases
 * in the database DATABASE_URI names, already migrated by a server started on it. A process of its
 * own because Payload's config reads its database from the environment once: `run.ts` prepares a
 * database per size this way, to measure the sizes side by side.
 */
import { endPool } from '../../src/server/pool'
import { prepare } from './dataset'

const [{ getPayload }, { default: config }] = await Promise.all([
  import('payload'),
  import('../../payload.config'),
])
const payload = await getPayload({ config })
await prepare(payload, Number(process.env.BENCH_CASES))
await endPool(payload)
process.exit(0)
