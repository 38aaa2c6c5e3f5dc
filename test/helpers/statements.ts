import type { SanitizedConfig } from 'payload'

import { GRAPHQL_POST, REST_GET } from '@payloadcms/next/routes'
import pg from 'pg'

/**
 * The SQL statements this process sends while `run` runs, in order: every pg client's `query`
 * (the pool's too, which hands each to a client) is recorded, then restored.
 * Nothing else may use the database from this process meanwhile.
 */
export const recordStatements = async (run: () => Promise<unknown>): Promise<string[]> => {
  const original = pg.Client.prototype.query
  const statements: string[] = []
  pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
    const [query] = args as [{ text?: string } | string]
    statements.push(typeof query === 'string' ? query : (query?.text ?? ''))
    return (original as (...args: unknown[]) => unknown).apply(this, args)
  } as typeof original
  try {
    await run()
  } finally {
    pg.Client.prototype.query = original
  }
  return statements
}

/** How many SQL statements this process sends while `run` runs (`recordStatements`). */
export const countStatements = async (run: () => Promise<unknown>): Promise<number> =>
  (await recordStatements(run)).length

/**
 * The REST and GraphQL route handlers that Next serves, called in this process with a real
 * `Request`: the same code path as over HTTP (authentication, access, population), but on
 * this process's Payload, whose statements can be counted.
 */
export const routes = (config: Promise<SanitizedConfig>) => {
  const headers = (token?: string): Record<string, string> =>
    token ? { authorization: `JWT ${token}` } : {}
  const answer = async (response: Response) => {
    const body = await response.json()
    if (!response.ok || body.errors) {
      throw new Error(`${response.status}: ${JSON.stringify(body).slice(0, 300)}`)
    }
    return body
  }
  const graphql = async (query: string, token?: string) =>
    answer(
      await GRAPHQL_POST(config)(
        new Request('http://localhost/api/graphql', {
          body: JSON.stringify({ query }),
          headers: { 'content-type': 'application/json', ...headers(token) },
          method: 'POST',
        }),
      ),
    )
  const rest = async (path: string, token?: string) => {
    const url = new URL(path, 'http://localhost')
    const slug = url.pathname.replace(/^\/api\//, '').split('/')
    return answer(
      await REST_GET(config)(new Request(url, { headers: headers(token) }), {
        params: Promise.resolve({ slug }),
      }),
    )
  }
  return {
    graphql,
    rest,
    /** A benchmark's request (a GraphQL query's JSON body, else a REST GET of `path`), as `token`'s user. */
    send: ({ body, path }: { body?: string; path: string }, token?: string) =>
      body ? graphql(JSON.parse(body).query, token) : rest(path, token),
  }
}
