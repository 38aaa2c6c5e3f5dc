import type { Payload } from 'payload'

import { poolOf } from './pool'

const TIMEOUT_MS = 2000

/** True when PostgreSQL answers a trivial query within two seconds. */
export const databaseAnswers = async (payload: Payload): Promise<boolean> => {
  const pool = poolOf(payload)
  if (!pool) {
    return false
  }
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), TIMEOUT_MS)
  })
  try {
    return await Promise.race([pool.query('SELECT 1').then(() => true), timeout])
  } catch {
    return false
  } finally {
    clearTimeout(timer)
  }
}
