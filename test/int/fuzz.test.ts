/**
 * Hostile input, table-driven: each row is one request over REST or GraphQL. Every one must be
 * answered without a 5xx (REST: a 4xx with a message; GraphQL: a 4xx or an error in the body),
 * must leave every table and the upload folder as they were, and the server must still serve.
 * To add a case, add a row.
 */
import type { Payload } from 'payload'

import { readdir } from 'node:fs/promises'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'

import type { ApiResponse, TestApp } from '../helpers/testApp'

import { poolOf } from '../../src/server/pool'
import { appPerFile } from '../helpers/appPerFile'
import { create } from '../helpers/content'

let app: TestApp
let payload: Payload
let editor: string
let partnerId: number

appPerFile((context) => ({ app, editor, payload } = context), { reset: false })
beforeAll(async () => {
  partnerId = (
    await create(payload, 'partners', { name: 'Demo Kommune', status: 'active', tier: 'steering' })
  ).id
})

type Who = 'anonymous' | 'editor'
type Row = {
  name: string
  /** `4xx`: a refusal is required; `no 5xx`: a read that may also answer normally. */
  outcome?: '4xx' | 'no 5xx'
  send: () => Promise<ApiResponse>
  via: 'GraphQL' | 'REST'
}

const token = (who: Who) => (who === 'editor' ? editor : undefined)
const raw =
  (
    method: string,
    url: string,
    body?: string,
    who: Who = 'editor',
    headers: Record<string, string> = {},
  ) =>
  () =>
    app.api(url, {
      body,
      headers: { 'Content-Type': 'application/json', ...headers },
      method,
      token: token(who),
    })
const post =
  (collection: string, body: unknown, who: Who = 'editor') =>
  () =>
    app.api(`/api/${collection}`, { body, method: 'POST', token: token(who) })
const graphql =
  (query: unknown, variables?: unknown, who: Who = 'editor') =>
  () =>
    app.api('/api/graphql', { body: { query, variables }, method: 'POST', token: token(who) })

const partner = (extra: Record<string, unknown>) => ({
  name: 'Fjendtlig',
  status: 'active',
  tier: 'working',
  ...extra,
})
const nestedWhere = (levels: number): string =>
  levels === 0 ? 'where[name][equals]=x' : `where[and][0]${nestedWhere(levels - 1).slice(5)}`
const nestedGraphqlWhere = (levels: number): string =>
  levels === 0 ? '{ name: { equals: "x" } }' : `{ AND: [${nestedGraphqlWhere(levels - 1)}] }`
const aliases = (count: number) =>
  Array.from({ length: count }, (_, index) => `a${index}: name`).join(' ')

const rest: Array<Omit<Row, 'via'>> = [
  { name: 'malformed JSON', send: raw('POST', '/api/partners', '{"name": "Fjendtlig",') },
  {
    name: 'a JSON array instead of an object',
    send: raw('POST', '/api/partners', '[{"name": "Fjendtlig"}]'),
  },
  { name: 'JSON null', send: raw('POST', '/api/partners', 'null') },
  { name: 'JSON null to the users collection', send: raw('POST', '/api/users', 'null') },
  {
    name: 'JSON null as an update',
    send: () =>
      app.api(`/api/partners/${partnerId}`, {
        body: 'null',
        headers: { 'Content-Type': 'application/json' },
        method: 'PATCH',
        token: editor,
      }),
  },
  { name: 'a bare JSON string', send: raw('POST', '/api/partners', '"partner"') },
  {
    name: 'an XML body',
    send: raw('POST', '/api/partners', '<partner><name>x</name></partner>', 'editor', {
      'Content-Type': 'application/xml',
    }),
  },
  {
    name: 'a __proto__ key',
    send: raw(
      'POST',
      '/api/partners',
      '{"__proto__": {"roles": ["admin"]}, "name": "Fjendtlig", "status": "active", "tier": "working"}',
    ),
  },
  {
    name: 'a constructor.prototype key',
    send: post('partners', partner({ constructor: { prototype: { isAdmin: true } } })),
  },
  { name: 'an unknown tier ("gold")', send: post('partners', partner({ tier: 'gold' })) },
  { name: 'an unknown status', send: post('partners', partner({ status: 'deleted' })) },
  { name: 'an unknown sector', send: post('partners', partner({ sector: 'martians' })) },
  { name: 'an unknown field', send: post('partners', partner({ isAdmin: true })) },
  { name: 'a misspelt field', send: post('partners', partner({ tierr: 'steering' })) },
  {
    name: 'an unknown key in an array row',
    send: post(
      'partners',
      partner({ contacts: [{ name: 'A', admin: true, email: 'a@example.dk' }] }),
    ),
  },
  {
    name: 'an operator object as a text value',
    send: post('partners', partner({ name: { $ne: null } })),
  },
  { name: 'an array as a text value', send: post('partners', partner({ name: ['a', 'b'] })) },
  { name: 'a 1 MB string', send: post('partners', partner({ name: 'x'.repeat(1024 * 1024) })) },
  {
    name: 'a 100 kB string in a field without its own limit',
    send: post('comments', { body: 'x'.repeat(100_000) }),
  },
  {
    name: 'one character over the field’s limit',
    send: post('partners', partner({ name: 'x'.repeat(201) })),
  },
  { name: 'a NUL character in text', send: post('partners', partner({ name: 'Fjendt\u0000lig' })) },
  { name: 'words in a number field', send: post('partners', partner({ ticketsExtra: 'femten' })) },
  {
    name: 'an operator object in a number field',
    send: post('partners', partner({ ticketsExtra: { $gt: 0 } })),
  },
  {
    name: 'a javascript: URL',
    send: post('partners', partner({ website: 'javascript:alert(1)' })),
  },
  {
    name: 'a string where an array belongs',
    send: post('partners', partner({ contacts: 'alle' })),
  },
  { name: 'a relationship to nothing', send: post('partners', partner({ logo: 99_999_999 })) },
  { name: 'a relationship id of the wrong type', send: post('partners', partner({ logo: 'abc' })) },
  {
    name: 'a required field missing',
    send: post('partners', { status: 'active', tier: 'working' }),
  },
  {
    name: 'ten thousand invented keys',
    send: post(
      'partners',
      partner(
        Object.fromEntries(Array.from({ length: 10_000 }, (_, index) => [`k${index}`, index])),
      ),
    ),
  },
  { name: 'an anonymous create', send: post('partners', partner({}), 'anonymous') },
  {
    name: 'an anonymous admin user',
    send: post(
      'users',
      { email: 'ond@example.dk', password: 'correct-horse-battery-staple', roles: ['admin'] },
      'anonymous',
    ),
  },
  {
    name: 'an anonymous delete of everything',
    send: raw('DELETE', '/api/partners?where[id][exists]=true', undefined, 'anonymous'),
  },
  {
    name: 'an update of a non-numeric id',
    send: raw('PATCH', '/api/partners/abc', '{"name": "x"}'),
  },
  {
    name: 'an update of an id beyond 64 bits',
    send: raw('PATCH', '/api/partners/99999999999999999999999', '{"name": "x"}'),
  },
  {
    name: 'a bulk update with an unknown tier',
    send: raw('PATCH', '/api/partners?where[id][exists]=true', '{"tier": "gold"}'),
  },
  { name: 'a file upload without a file', send: post('logos', { alt: 'Logo', partner: 1 }) },
  { name: 'a where on an unknown field', send: raw('GET', '/api/partners?where[nope][equals]=1') },
  {
    name: 'a where with an unknown operator',
    send: raw('GET', '/api/partners?where[name][regex_all]=x'),
  },
  { name: 'a where nested 300 levels deep', send: raw('GET', `/api/partners?${nestedWhere(300)}`) },
  {
    name: 'a polymorphic relationship compared with a bare id',
    send: raw('GET', '/api/comments?where[target][equals]=1', undefined, 'anonymous'),
  },
  {
    name: 'a polymorphic relationship compared with a list',
    send: raw('GET', '/api/comments?where[target][in]=1,2', undefined, 'anonymous'),
  },
  {
    name: 'a where on a private field, anonymously',
    send: raw('GET', '/api/partners?where[contacts.email][exists]=true', undefined, 'anonymous'),
  },
  {
    name: 'a sort by an unknown field',
    outcome: 'no 5xx',
    send: raw('GET', '/api/partners?sort=-nope'),
  },
  { name: 'nonsense paging', send: raw('GET', '/api/partners?limit=-1&page=-5&depth=1000') },
  {
    name: 'limit=0 (the whole collection)',
    send: raw('GET', '/api/partners?limit=0', undefined, 'anonymous'),
  },
  {
    name: 'a fractional limit',
    send: raw('GET', '/api/partners?limit=2.5', undefined, 'anonymous'),
  },
  {
    name: 'limit given twice',
    send: raw('GET', '/api/partners?limit=1&limit=2', undefined, 'anonymous'),
  },
  {
    name: 'a limit past the maximum',
    send: raw('GET', '/api/partners?limit=101', undefined, 'anonymous'),
  },
  { name: 'page as words', send: raw('GET', '/api/partners?page=abc', undefined, 'anonymous') },
  {
    name: 'pagination=false anonymously',
    send: raw('GET', '/api/partners?pagination=false', undefined, 'anonymous'),
  },
  {
    name: 'all on a hasMany relationship',
    send: raw('GET', '/api/cases?where[themes][all]=1,2', undefined, 'anonymous'),
  },
  {
    name: 'contains on an id',
    send: raw('GET', '/api/cases?where[id][contains]=1', undefined, 'anonymous'),
  },
  {
    name: 'like on a date',
    send: raw('GET', '/api/cases?where[createdAt][like]=2026', undefined, 'anonymous'),
  },
  {
    name: 'words for an id',
    send: raw('GET', '/api/cases?where[partner][equals]=abc', undefined, 'anonymous'),
  },
  {
    name: 'an option a select does not have',
    send: raw('GET', '/api/cases?where[_status][equals]=secret', undefined, 'anonymous'),
  },
  {
    name: 'exists on a polymorphic relationship',
    send: raw('GET', '/api/comments?where[target][exists]=true', undefined, 'anonymous'),
  },
  {
    name: 'through a localized relationship',
    send: raw('GET', '/api/cases?where[meta.image.alt][equals]=x', undefined, 'anonymous'),
  },
  {
    name: 'a group compared as a whole',
    send: raw('GET', '/api/cases/versions?where[version][equals]=1'),
  },
  {
    name: 'a polymorphic id in a version list',
    send: raw('GET', '/api/newsletters/versions?where[version.featured][equals]=1'),
  },
  {
    name: 'where as a bare string',
    send: raw('GET', '/api/partners?where=x', undefined, 'anonymous'),
  },
  {
    name: 'the versions of a collection without versions',
    send: raw('GET', '/api/partners/versions'),
  },
  {
    name: 'near through a join',
    send: raw('GET', '/api/cases?where[comments.body][near]=x', undefined, 'anonymous'),
  },
  {
    name: 'a join reached through a relationship',
    send: raw('GET', '/api/cases?where[themes.cases.title][equals]=a', undefined, 'anonymous'),
  },
  {
    name: 'a bulk write with If-Match',
    send: raw('PATCH', '/api/partners?where[id][exists]=true', '{"name": "x"}', 'editor', {
      'If-Match': '*',
    }),
  },
  {
    name: 'a stale If-Match',
    send: raw('PATCH', '/api/partners/1', '{"name": "x"}', 'editor', {
      'If-Match': '"1999-01-01T00:00:00.000Z"',
    }),
  },
  {
    name: 'an If-Match that is no entity tag',
    send: raw('PATCH', '/api/partners/1', '{"name": "x"}', 'editor', { 'If-Match': 'garbage' }),
  },
  // Refused by Node's HTTP parser (431, no body) before any of the app's code runs.
  {
    name: 'a 100 kB query string',
    outcome: 'no 5xx',
    send: raw('GET', `/api/partners?where[name][equals]=${'x'.repeat(100_000)}`),
  },
  { name: 'a traversal in the path', send: raw('GET', '/api/partners/..%2f..%2fusers') },
  // Rich text that is not what the editor stores (it would break the admin and the catalogue's PDF).
  ...[
    42,
    'plain text',
    { root: 'x' },
    { root: { children: 'x' } },
    { root: { type: 'root', children: [null] } },
  ].map((agenda) => ({
    name: `rich text given as ${JSON.stringify(agenda)}`,
    send: post('meetings', { agenda, kind: 'working', plannedMonth: '2011-08', title: 'x' }),
  })),
  // Each relationship kind pointing at a document that does not exist (a foreign key in PostgreSQL).
  ...[
    ['cases', '{"title": "x", "themes": [99999]}'],
    ['meetings', '{"kind": "working", "title": "x", "plannedMonth": "2011-08", "theme": 99999}'],
    ['meeting-registrations', '{"meeting": 99999, "partner": 1, "name": "x"}'],
  ].map(([collection, body]) => ({
    name: `a ${collection} relationship to a document that does not exist`,
    send: raw('POST', `/api/${collection}`, body),
  })),
]

const gql: Array<Omit<Row, 'via'>> = [
  ...['{', 'not json', '[', '{"query": "{ Tiers { key } }"'].map((body) => ({
    name: `a JSON body that is not JSON (${body})`,
    send: raw('POST', '/api/graphql', body, 'anonymous'),
  })),
  {
    name: 'a relationship to a document that does not exist',
    send: graphql(
      'mutation { createMeeting(data: { kind: working, title: "x", plannedMonth: "2011-08", theme: 99999 }) { id } }',
    ),
  },
  { name: 'a syntax error', send: graphql('{ Partners { docs { name }') },
  { name: 'a query that is not a string', send: graphql(5) },
  { name: 'no query at all', send: graphql(undefined) },
  {
    name: 'variables that are not an object',
    send: () =>
      app.api('/api/graphql', {
        body: { query: '{ Partners { totalDocs } }', variables: 'x' },
        method: 'POST',
        token: editor,
      }),
  },
  {
    name: 'a batch of operations',
    send: () =>
      app.api('/api/graphql', {
        body: Array.from({ length: 50 }, () => ({ query: '{ Partners { totalDocs } }' })),
        method: 'POST',
        token: editor,
      }),
  },
  {
    name: 'two operations and no operationName',
    send: graphql('query A { Partners { totalDocs } } query B { Partners { totalDocs } }'),
  },
  { name: 'an unknown field', send: graphql('{ Partners { docs { password } } }') },
  {
    name: 'an unknown enum ("gold")',
    send: graphql(
      'mutation { createPartner(data: { name: "Fjendtlig", status: active, tier: gold }) { id } }',
    ),
  },
  {
    name: 'an unknown argument',
    send: graphql('mutation { createPartner(data: { name: "Fjendtlig" }, isAdmin: true) { id } }'),
  },
  {
    name: 'an unknown input field',
    send: graphql('mutation ($data: mutationPartnerInput!) { createPartner(data: $data) { id } }', {
      data: { name: 'Fjendtlig', isAdmin: true },
    }),
  },
  {
    name: 'a number for a text variable',
    send: graphql('mutation ($data: mutationPartnerInput!) { createPartner(data: $data) { id } }', {
      data: { name: 5 },
    }),
  },
  {
    name: 'a 1 MB string variable',
    send: graphql('mutation ($data: mutationPartnerInput!) { createPartner(data: $data) { id } }', {
      data: { name: 'x'.repeat(1024 * 1024) },
    }),
  },
  {
    name: 'a string id',
    send: graphql('mutation { updatePartner(id: "abc", data: { name: "x" }) { id } }'),
  },
  {
    name: 'an anonymous create',
    send: graphql(
      'mutation { createPartner(data: { name: "Fjendtlig", status: active, tier: working }) { id } }',
      undefined,
      'anonymous',
    ),
  },
  {
    name: 'an anonymous admin user',
    send: graphql(
      'mutation { createUser(data: { email: "ond@example.dk", password: "correct-horse-battery-staple", roles: admin }) { id } }',
      undefined,
      'anonymous',
    ),
  },
  {
    name: '1 200 aliases (complexity)',
    send: graphql(`{ Partners { docs { ${aliases(1200)} } } }`),
  },
  {
    name: 'a query nested 20 levels',
    send: graphql(
      `{ Cases { docs { ${'models { docs { examples { '.repeat(5)}title${' } } }'.repeat(5)} } } }`,
    ),
  },
  {
    name: 'a fragment that spreads itself',
    send: graphql('fragment A on Partner { name ...A } { Partners { docs { ...A } } }'),
  },
  {
    name: 'two fragments that spread each other',
    send: graphql(
      '{ Partners { docs { ...A } } } fragment A on Partner { ...B } fragment B on Partner { name ...A }',
    ),
  },
  {
    name: 'a where nested 300 levels deep',
    send: graphql(`{ Partners(where: ${nestedGraphqlWhere(300)}) { totalDocs } }`),
  },
  { name: 'introspection in production', send: graphql('{ __schema { types { name } } }') },
  {
    name: 'a NUL character in a where',
    send: graphql('{ Partners(where: { name: { equals: "a\\u0000b" } }) { totalDocs } }'),
  },
  {
    name: 'a NUL character in a mutation',
    send: graphql(
      'mutation { createPartner(data: { name: "a\\u0000b", status: active, tier: working }) { id } }',
    ),
  },
  {
    name: 'limit: 0',
    send: graphql('{ Partners(limit: 0) { totalDocs } }', undefined, 'anonymous'),
  },
  {
    name: 'limit from a variable past the maximum',
    send: graphql(
      'query ($limit: Int) { Partners(limit: $limit) { totalDocs } }',
      { limit: 5000 },
      'anonymous',
    ),
  },
  {
    name: 'pagination: false anonymously',
    send: graphql('{ Partners(pagination: false) { totalDocs } }', undefined, 'anonymous'),
  },
  {
    name: 'all on a text field',
    send: graphql(
      '{ Cases(where: { title: { all: ["a"] } }) { totalDocs } }',
      undefined,
      'anonymous',
    ),
  },
  {
    name: 'like on a global version date',
    send: graphql('{ versionsCatalog(where: { createdAt: { like: "2026" } }) { totalDocs } }'),
  },
]

const rows: Row[] = [
  ...rest.map((row) => ({ ...row, via: 'REST' as const })),
  ...gql.map((row) => ({ ...row, via: 'GraphQL' as const })),
]

/** Rows per table and the upload folder's files: what "nothing stored" is measured against. */
const snapshot = async () => {
  const pool = poolOf(payload)!
  const { rows: tables } = await pool.query<{ name: string }>(
    `SELECT quote_ident(tablename) AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`,
  )
  const { rows: counts } = await pool.query<{ count: string; name: string }>(
    tables.map(({ name }) => `SELECT '${name}' AS name, count(*) FROM ${name}`).join(' UNION ALL '),
  )
  const uploads = await readdir(path.join(process.env.DATA_DIR!, 'uploads'), {
    recursive: true,
  }).catch(() => [])
  return {
    rows: Object.fromEntries(counts.map(({ name, count }) => [name, Number(count)])),
    uploads: uploads.sort(),
  }
}

describe('hostile input', () => {
  it('has at least 80 distinct cases across REST and GraphQL', () => {
    expect(new Set(rows.map(({ name, via }) => `${via}: ${name}`)).size).toBe(rows.length)
    expect(rows.length).toBeGreaterThanOrEqual(80)
    console.info(
      `[fuzz] ${rows.length} hostile inputs (${rest.length} REST, ${gql.length} GraphQL)`,
    )
  })

  it.each(rows)(
    '$via: $name — refused without a 5xx, nothing stored',
    async ({ outcome = '4xx', send, via }) => {
      const before = await snapshot()
      const { body, status } = await send()
      const said = JSON.stringify(body).slice(0, 500)
      expect(status, said).toBeLessThan(500)
      if (outcome === '4xx') {
        if (via === 'REST') {
          expect(status, said).toBeGreaterThanOrEqual(400)
          expect(body.errors?.[0]?.message, said).toBeTruthy()
        } else {
          expect(status >= 400 || (body.errors?.length ?? 0) > 0, said).toBe(true)
          expect(body.errors?.[0]?.message, said).toBeTruthy()
          // GraphQL answers 200 with the error inside: no error there may be a server fault either.
          expect(
            body.errors?.filter(
              (error: { extensions?: { statusCode?: number } }) =>
                (error.extensions?.statusCode ?? 0) >= 500,
            ) ?? [],
            said,
          ).toEqual([])
        }
      }
      expect(await snapshot()).toEqual(before)
    },
  )

  it('leaves the server healthy and serving', async () => {
    expect((await app.api('/healthz')).status).toBe(200)
    expect((await app.api('/readyz')).status).toBe(200)
    const read = await app.api(`/api/partners/${partnerId}`)
    expect(read.body.name).toBe('Demo Kommune')
    expect((await app.graphql('{ Partners { totalDocs } }')).body.data.Partners.totalDocs).toBe(1)
    const write = await app.api('/api/partners', {
      body: partner({}),
      method: 'POST',
      token: editor,
    })
    expect(write.status).toBe(201)
  })
})
