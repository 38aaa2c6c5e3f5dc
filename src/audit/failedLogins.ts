import type { AfterErrorHook } from 'payload'

import { isolateObjectProperty } from 'payload'

import { recordAudit } from './recordAudit'

const REFUSED = new Set(['AuthenticationError', 'LockedAuth'])

/** The address a failed login tried, from a REST body or GraphQL variables; null when it is not there. */
const triedEmail = (data: unknown): null | string => {
  const body = data as { email?: unknown; variables?: { email?: unknown } } | undefined
  const email = body?.email ?? body?.variables?.email
  return typeof email === 'string' ? email.slice(0, 320) : null
}

/**
 * Logs every refused login (wrong address or password, locked account), REST and GraphQL: the
 * config's `afterError` hook sees both. Written outside any transaction: the login failed.
 */
export const auditFailedLogins: AfterErrorHook = async ({ error, graphqlResult, req }) => {
  const name = (error as { originalError?: Error }).originalError?.name ?? error.name
  if (!REFUSED.has(name)) {
    return
  }
  const graphql = graphqlResult as { path?: readonly (number | string)[] } | undefined
  const login = graphql
    ? graphql.path?.[0] === 'loginUser'
    : /\/users\/login\/?$/.test(new URL(req.url ?? 'http://x/').pathname)
  if (!login) {
    return
  }
  const email = triedEmail(req.data)
  // The login's own transaction (if any) is gone with it: the entry is written on its own.
  const outside = isolateObjectProperty(req, 'transactionID')
  delete outside.transactionID
  await recordAudit(req.payload, outside, {
    action: 'loginFailed',
    changes: [{ after: email, before: null, field: 'email' }],
    collection: 'users',
    summary: email ?? '?',
  })
}
