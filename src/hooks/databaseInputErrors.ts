import type { AfterErrorHook } from 'payload'

import { t } from '../admin/label'
import { say } from '../i18n/message'

/** PostgreSQL's "data exception" class: a value it cannot take (bad number, out of range, NUL). */
const DATA_EXCEPTION = /^22/
/** PostgreSQL's foreign_key_violation: a relationship to a document that does not exist. */
const FOREIGN_KEY_VIOLATION = '23503'

type Wrapped = {
  cause?: unknown
  code?: unknown
  detail?: unknown
  message?: unknown
  originalError?: unknown
}

/** The chain of errors behind `error`: Drizzle's `cause`, GraphQL's `originalError`. */
const chainOf = (error: unknown): Wrapped[] => {
  const chain: Wrapped[] = []
  for (
    let current = error as undefined | Wrapped;
    current && typeof current === 'object' && !chain.includes(current);
  ) {
    chain.push(current)
    current = (current.originalError ?? current.cause) as undefined | Wrapped
  }
  return chain
}

/**
 * A value that reached the database and was refused there as malformed (an id like "../users",
 * a number beyond its type, a NUL character) or as a relationship to a document that does not
 * exist (a foreign key) is the request's fault: 400 with PostgreSQL's own
 * reason, instead of "Something went wrong" with 500 — on REST and, as the error's message and
 * `extensions.statusCode`, on GraphQL.
 */
export const databaseInputErrors: AfterErrorHook = ({ error, graphqlResult, req }) => {
  const chain = chainOf(error)
  const refused = chain.find(
    ({ code }) =>
      typeof code === 'string' &&
      /^[0-9A-Z]{5}$/.test(code) &&
      (DATA_EXCEPTION.test(code) || code === FOREIGN_KEY_VIOLATION),
  )
  if (!refused) {
    return
  }
  const message =
    refused.code === FOREIGN_KEY_VIOLATION
      ? `${say(
          req,
          t(
            'Et felt peger på et dokument, der ikke findes. Vælg et, der findes.',
            'A field points at a document that does not exist. Choose one that does.',
          ),
        )} (${String(refused.detail ?? refused.message)})`
      : `The database cannot take a value in this request: ${String(chain.at(-1)?.message ?? refused.message)}`
  if (graphqlResult) {
    return {
      graphqlResult: {
        ...graphqlResult,
        extensions: { ...graphqlResult.extensions, name: 'DatabaseInputError', statusCode: 400 },
        message,
      },
    }
  }
  return { response: { errors: [{ message }] }, status: 400 }
}
