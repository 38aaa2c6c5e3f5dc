import type { AfterErrorHook } from 'payload'

/** PostgreSQL's "data exception" class: a value it cannot take (bad number, out of range, NUL). */
const DATA_EXCEPTION = /^22/

const postgresCode = (error: unknown): string | undefined => {
  for (let current = error as { cause?: unknown; code?: unknown } | undefined; current; current = current.cause as typeof current) {
    if (typeof current.code === 'string' && /^[0-9A-Z]{5}$/.test(current.code)) return current.code
  }
  return undefined
}

/**
 * A value that reached the database and was refused there as malformed (an id like
 * "../users" or beyond its integer type) is the request's fault: 400 with PostgreSQL's own
 * reason, instead of "Something went wrong" with 500.
 */
export const databaseInputErrors: AfterErrorHook = ({ error }) => {
  const code = postgresCode(error)
  if (!code || !DATA_EXCEPTION.test(code)) return
  let reason = error.message
  for (let current: unknown = error; current instanceof Error; current = current.cause) reason = current.message
  return { response: { errors: [{ message: `The database cannot take a value in this request: ${reason}` }] }, status: 400 }
}
