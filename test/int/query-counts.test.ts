/*
 * SQL statements per list request must not grow with the page size: a relation populated
 * per document (N+1) fails here. Counted in this process, through the same REST and GraphQL
 * route handlers Next serves, on a generated catalogue (test/helpers/statements.ts).
 */
import type { Payload, SanitizedConfig } from 'payload'

import { stringify } from 'qs-esm'
import { beforeAll, describe, expect, it } from 'vitest'

import type { TestApp } from '../helpers/testApp'

import { generateDemo } from '../../seed/demo'
import { poolOf } from '../../src/server/pool'
import { appPerFile } from '../helpers/appPerFile'
import { png } from '../helpers/content'
import { countStatements, recordStatements, routes } from '../helpers/statements'
import { PASSWORD } from '../helpers/users'

const PAGE_SIZES = [10, 50, 100]

let app: TestApp
let payload: Payload
let editor: string
let partnerUser: string
let config: Promise<SanitizedConfig>

appPerFile((context) => ({ app, editor, payload } = context), { reset: false })

beforeAll(async () => {
  // The config the Local API was built from (its environment is set only once the app runs).
  config = import('../../payload.config').then((module) => module.default)
  // 5 000 cases bring 100 partners (every fifth steering); each partner gets a logo.
  await generateDemo(payload, 5000, () => {})
  const { docs: partners } = await payload.find({
    collection: 'partners',
    limit: 0,
    pagination: false,
    sort: 'id',
  })
  const file = await png()
  for (const partner of partners) {
    const logo = await payload.create({
      collection: 'logos',
      data: { alt: `${partner.name}s logo`, partner: partner.id },
      file: { name: `${partner.slug}.png`, data: file, mimetype: 'image/png', size: file.length },
    })
    await payload.update({ id: partner.id, collection: 'partners', data: { logo: logo.id } })
  }
  const steering = partners.find((partner) => partner.tier === 'steering')!
  const user = await payload.create({
    collection: 'users',
    data: {
      email: 'partner@example.dk',
      partner: steering.id,
      password: PASSWORD,
      roles: ['partner'],
    },
  })
  // Every comment gets an author, so that population is counted too.
  await poolOf(payload)!.query('UPDATE comments SET author_id = $1', [user.id])
  partnerUser = await app.login('partner@example.dk', PASSWORD)
}, 240_000)

type Ask = (limit: number, token?: string) => Promise<{ docs: unknown[] }>

const rest =
  (collection: string, query: Record<string, unknown>): Ask =>
  (limit, token) =>
    routes(config).rest(`/api/${collection}?${stringify({ ...query, limit })}`, token)

const graphql =
  (list: string, fields: string): Ask =>
  async (limit, token) =>
    (await routes(config).graphql(`{ ${list}(limit: ${limit}) { docs { ${fields} } } }`, token))
      .data[list]

const lists: Record<string, Ask> = {
  'GraphQL cases with partner, logo and themes': graphql(
    'Cases',
    'title partner { name logo { url } } themes { title }',
  ),
  'GraphQL partners with logos': graphql(
    'Partners',
    'name website logo { alt url sizes { web { url } } }',
  ),
  'REST cases, depth 2': rest('cases', { depth: 2 }),
  'REST cases filtered by area, newest first': rest('cases', {
    depth: 1,
    sort: '-createdAt',
    where: {
      area: { in: ['health', 'social', 'elderly', 'disability', 'employment', 'children'] },
    },
  }),
  'REST comments, depth 1': rest('comments', { depth: 1 }),
  'REST partners, depth 1': rest('partners', { depth: 1 }),
}

describe.each([
  ['anonymous', () => undefined],
  ['a partner user', () => partnerUser],
  ['an editor', () => editor],
])('as %s', (_viewer, token) => {
  it.each(Object.entries(lists))(
    '%s: the same number of statements for 10, 50 and 100 documents',
    async (_list, ask) => {
      // Once unmeasured: first-use work (GraphQL schema, caches) is not per request.
      await ask(PAGE_SIZES[0], token())
      const counts: Record<number, number> = {}
      for (const limit of PAGE_SIZES) {
        counts[limit] = await countStatements(async () => {
          const { docs } = await ask(limit, token())
          // A short page would hide growth.
          expect(docs).toHaveLength(limit)
        })
      }
      expect(counts).toEqual({ 10: counts[10], 50: counts[10], 100: counts[10] })
      expect(counts[10]).toBeGreaterThan(0)
    },
  )
})

// The tables and column of the private partner fields (contacts, panel nominees, attendees, extra tickets).
const PRIVATE_SQL = /partners_contacts|partners_panel_nominees|partners_attendees|tickets_extra/

describe('private partner fields', () => {
  it.each([
    ['REST', () => rest('partners', { depth: 1 })(100)],
    ['GraphQL', () => graphql('Partners', 'name contacts { name } ticketsExtra entitlements')(100)],
  ])('are not even loaded for the public (%s)', async (_transport, ask) => {
    const statements = await recordStatements(ask)
    expect(statements.length).toBeGreaterThan(0)
    expect(statements.filter((statement) => PRIVATE_SQL.test(statement))).toEqual([])
  })

  it.each([
    ['a partner user, for its own partner', () => partnerUser],
    ['an editor', () => editor],
  ])('are loaded and answered for %s', async (_viewer, token) => {
    let docs: Array<{ contacts?: unknown; entitlements?: unknown }> = []
    const statements = await recordStatements(async () => {
      // The steering partners: the partner user's own among them.
      const answer = await rest('partners', { depth: 0, where: { tier: { equals: 'steering' } } })(
        100,
        token(),
      )
      docs = answer.docs as typeof docs
    })
    expect(statements.some((statement) => PRIVATE_SQL.test(statement))).toBe(true)
    expect(docs.some((doc) => Array.isArray(doc.contacts) && doc.entitlements)).toBe(true)
  })
})
