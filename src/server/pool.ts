import type { Pool } from 'pg'
import type { Payload } from 'payload'

/** The postgres adapter's pg Pool (not part of Payload's typed adapter interface). */
export const poolOf = (payload: Payload): Pool | undefined => (payload.db as unknown as { pool?: Pool }).pool

/** Closes every connection of Payload's pool; Payload's own destroy() leaves the pool open. */
export const endPool = async (payload: Payload): Promise<void> => {
  await poolOf(payload)?.end()
}
