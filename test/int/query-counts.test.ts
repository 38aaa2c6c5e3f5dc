/*
 * SQL statements per list request must not grow with the page size: a relation populated
 * per document (N+1) fails here. Counted in this process, through the same REST and GraphQL
 * route handlers Next serves, on a generated catalogue (test/helpers/statements.ts).
 */
import type { Payload, SanitizedConfig } from 'payload'

import { createLocalReq } from 'payload'
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
let ownPartner: number
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
  ownPartner = steering.id
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

// A partner user's own partner on a page costs one lookup more (its private fields,
// `ownPrivateFieldsFilledIn`), whichever page size it first appears at: not growth.
describe.each([
  ['anonymous', () => undefined, 0],
  ['a partner user', () => partnerUser, 1],
  ['an editor', () => editor, 0],
])('as %s', (_viewer, token, lookups) => {
  it.each(Object.entries(lists))(
    '%s: statements do not grow with the page (10, 50 and 100 documents)',
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
      const [fewest, most] = [
        Math.min(...Object.values(counts)),
        Math.max(...Object.values(counts)),
      ]
      expect(most - fewest, JSON.stringify(counts)).toBeLessThanOrEqual(lookups)
      expect(fewest).toBeGreaterThan(0)
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

  it('are loaded and answered for an editor', async () => {
    let docs: Array<{ contacts?: unknown; entitlements?: unknown }> = []
    const statements = await recordStatements(async () => {
      // The steering partners: the partner user's own among them.
      const answer = await rest('partners', { depth: 0, where: { tier: { equals: 'steering' } } })(
        100,
        editor,
      )
      docs = answer.docs as typeof docs
    })
    expect(statements.some((statement) => PRIVATE_SQL.test(statement))).toBe(true)
    expect(docs.some((doc) => Array.isArray(doc.contacts) && doc.entitlements)).toBe(true)
  })

  describe('for a partner user', () => {
    it('are loaded for its own partner alone, by one lookup after the list', async () => {
      let docs: Array<{ contacts?: unknown; entitlements?: unknown; id: number }> = []
      const statements = await recordStatements(async () => {
        docs = (
          await rest('partners', { depth: 1, where: { tier: { equals: 'steering' } } })(
            100,
            partnerUser,
          )
        ).docs as typeof docs
      })
      expect(docs.length).toBeGreaterThan(1)
      expect(
        docs.map((doc) => ({ id: doc.id, answered: 'contacts' in doc || 'entitlements' in doc })),
      ).toEqual(docs.map((doc) => ({ id: doc.id, answered: doc.id === ownPartner })))
      expect(docs.find((doc) => doc.id === ownPartner)).toMatchObject({
        contacts: expect.any(Array),
        entitlements: expect.any(Object),
      })
      const loading = statements.filter((statement) => PRIVATE_SQL.test(statement))
      // One statement, for the one partner by id, not the list's (which filters by tier).
      expect(loading, statements.join('\n\n')).toHaveLength(1)
      expect(loading[0]).toMatch(/ where \("partners"\."id" = \$1 /)
      expect(loading[0]).not.toMatch(/"partners"\."tier" = /)
      // Only what was left out is read again: not the name, not the logo (nor populated anew).
      expect(loading[0]).not.toMatch(/"partners"\."(name|logo_id)"/)
    })

    it('are looked up on GraphQL only when the query asks for one of them, once for all', async () => {
      const ask = async (fields: string) => {
        const answer = await routes(config).graphql(
          `{ Partners(limit: 100, where: { tier: { equals: steering } }) { docs { id name ${fields} } } }`,
          partnerUser,
        )
        return answer.data.Partners.docs as Array<{
          contacts?: unknown
          entitlements?: unknown
          id: number
        }>
      }
      // The website's question, with the partner user's own partner in the page: no lookup.
      const website = await recordStatements(async () => {
        expect((await ask('website')).map(({ id }) => id)).toContain(ownPartner)
      })
      expect(website.filter((statement) => PRIVATE_SQL.test(statement))).toEqual([])

      let docs: Awaited<ReturnType<typeof ask>> = []
      const asked = await recordStatements(async () => {
        docs = await ask('contacts { name } ticketsExtra entitlements')
      })
      expect(asked.filter((statement) => PRIVATE_SQL.test(statement))).toHaveLength(1)
      expect(docs.length).toBeGreaterThan(1)
      expect(
        docs.map(({ id, contacts, entitlements }) => ({
          id,
          answered: Boolean(contacts || entitlements),
        })),
      ).toEqual(docs.map(({ id }) => ({ id, answered: id === ownPartner })))
      expect(docs.find(({ id }) => id === ownPartner)).toMatchObject({
        contacts: expect.any(Array),
        entitlements: expect.objectContaining({ tier: 'steering' }),
      })
    })

    it('leave the request’s locale and fallback locale as the list had them', async () => {
      const {
        docs: [user],
      } = await payload.find({
        collection: 'users',
        where: { email: { equals: 'partner@example.dk' } },
      })
      // No fallback: the request's own setting, not the config's default ('da').
      const req = await createLocalReq({ fallbackLocale: false, locale: 'en', user }, payload)
      const asked = [req.locale, req.fallbackLocale]
      expect(asked).toEqual(['en', expect.not.stringMatching('da')])
      const { docs } = await payload.find({
        collection: 'partners',
        fallbackLocale: false,
        locale: 'en',
        overrideAccess: false,
        req,
        where: { id: { equals: ownPartner } },
      })
      expect(docs[0].contacts).toEqual(expect.any(Array))
      // GraphQL's later resolvers (a join's cases, say) read them from this request.
      expect([req.locale, req.fallbackLocale]).toEqual(asked)
    })

    it('are not loaded when its own partner is not in the list (REST and GraphQL)', async () => {
      const where = { and: [{ tier: { equals: 'steering' } }, { id: { not_equals: ownPartner } }] }
      const answers: Array<Array<{ contacts?: unknown }>> = []
      const statements = await recordStatements(async () => {
        answers.push((await rest('partners', { depth: 1, where })(100, partnerUser)).docs as [])
        const list = await routes(config).graphql(
          `{ Partners(limit: 100, where: { tier: { equals: steering }, id: { not_equals: ${ownPartner} } }) { docs { name contacts { name } entitlements } } }`,
          partnerUser,
        )
        answers.push(list.data.Partners.docs)
      })
      expect(answers.map((docs) => docs.length > 0)).toEqual([true, true])
      expect(answers.flat().filter((doc) => doc.contacts)).toEqual([])
      expect(statements.filter((statement) => PRIVATE_SQL.test(statement))).toEqual([])
    })
  })
})

// A partner's tier and status alone, as the rules read them (`partnerById`).
const TIER_LOOKUP = /^select "id", "status", "tier" from "partners"/

describe("a partner user's partner's tier and status", () => {
  const lookups = async (ask: () => Promise<unknown>) =>
    (await recordStatements(ask)).filter((statement) => TIER_LOOKUP.test(statement))

  it('are looked up once where a rule or its own account needs them', async () => {
    // `users.rights`, on the account handed over; the steering group's right, on its proposals.
    expect(await lookups(() => routes(config).rest('/api/users/me', partnerUser))).toHaveLength(1)
    expect(
      await lookups(() => routes(config).rest('/api/proposals?limit=10', partnerUser)),
    ).toHaveLength(1)
  })

  it('are not looked up for a read no rule needs them for (authenticating is not one)', async () => {
    // Not the comments: every one's author is this user, whose own account carries its rights.
    const { 'REST comments, depth 1': _comments, ...others } = lists
    for (const [list, ask] of Object.entries(others)) {
      expect(await lookups(() => ask(10, partnerUser)), list).toEqual([])
    }
  })
})
