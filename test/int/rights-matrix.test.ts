/**
 * The tier rights of DESIGN.md, as one matrix run over REST, GraphQL and the Local API
 * (overrideAccess: false). Adding a viewer, partner, field or side door adds a row below.
 */
import type { Payload, Where } from 'payload'

import { describe, expect, it } from 'vitest'

import type { TestApp } from '../helpers/testApp'
import type { Transport, Viewer } from '../helpers/transports'

import { type PartnerWorld, partnerWorldPerFile, visible } from '../helpers/partnerWorld'

let app: TestApp
let payload: Payload
let world: PartnerWorld
let via: Transport[]

// Through the server's response cache: every anonymous answer below, the tier and status changes
// included, must be what Payload answers now (test/int/response-cache.test.ts replays the changes).
partnerWorldPerFile((context) => ({ app, payload, via, world } = context), {
  env: { RESPONSE_CACHE: 'on' },
})

type ViewerName = keyof PartnerWorld['viewers']
type PartnerName = keyof PartnerWorld['partners']

const FIELDS = [
  'name',
  'slug',
  'tier',
  'website',
  'logo',
  'presentation',
  'contacts',
  'panelNominees',
  'attendees',
  'ticketsExtra',
  'entitlements',
  'notes',
] as const
const GRAPHQL_FIELDS =
  'id name slug tier website logo { id } presentation contacts { name } panelNominees { name } attendees { name } ticketsExtra entitlements notes'

const PUBLIC = ['name', 'slug', 'tier', 'website']
const WITH_LOGO = [...PUBLIC, 'logo', 'presentation']
const OWN = [...WITH_LOGO, 'contacts', 'panelNominees', 'attendees', 'ticketsExtra', 'entitlements']
const STAFF = [...OWN, 'notes']

/** What each viewer sees of each partner: its visible fields, or null when the partner is not visible at all. */
const SEES: Record<ViewerName, Record<PartnerName, null | string[]>> = {
  admin: { prospect: STAFF, steering: STAFF, working: STAFF },
  anonymous: { prospect: null, steering: WITH_LOGO, working: PUBLIC },
  editor: { prospect: STAFF, steering: STAFF, working: STAFF },
  steeringUser: { prospect: null, steering: OWN, working: PUBLIC },
  workingUser: { prospect: null, steering: WITH_LOGO, working: OWN },
}

const viewer = (name: ViewerName): Viewer => world.viewers[name]
const names = (docs: Array<{ name?: string }>) => docs.map((doc) => doc.name).sort()
const cases = Object.entries(SEES).flatMap(([viewerName, partners]) =>
  Object.entries(partners).map(([partnerName, fields]) => ({
    fields,
    partnerName: partnerName as PartnerName,
    viewerName: viewerName as ViewerName,
  })),
)

describe.each(['REST', 'GraphQL', 'Local API'])('%s', (transportName) => {
  const transport = () => via.find((candidate) => candidate.name === transportName)!

  describe('partner fields by tier', () => {
    it.each(cases)(
      '$viewerName sees of $partnerName: $fields',
      async ({ fields, partnerName, viewerName }) => {
        const partner = world.partners[partnerName]
        const outcome = await transport().find(
          viewer(viewerName),
          'partners',
          { where: { id: { equals: partner.id } } },
          GRAPHQL_FIELDS,
        )
        expect(outcome.ok).toBe(true)
        if (!outcome.ok) {
          return
        }
        if (fields === null) {
          return expect(outcome.docs).toEqual([])
        }
        expect(outcome.docs).toHaveLength(1)
        const seen = FIELDS.filter((field) => visible(outcome.docs[0][field]))
        expect(seen).toEqual(FIELDS.filter((field) => fields.includes(field)))
      },
    )
  })

  describe('no side doors', () => {
    const probes: Array<{ door: string; sort?: string; where?: Where }> = [
      { door: 'where on a tier-gated field', where: { logo: { exists: true } } },
      { door: 'where on rich text behind the tier', where: { presentation: { exists: true } } },
      { door: 'where inside a private array', where: { 'contacts.email': { like: 'kontakt' } } },
      { door: 'where on internal notes', where: { notes: { like: 'Intern' } } },
      { door: 'where on bought extras', where: { ticketsExtra: { greater_than: 0 } } },
      { door: 'sort on bought extras', sort: '-ticketsExtra' },
      { door: 'sort on internal notes', sort: 'notes' },
    ]
    it.each(
      probes.flatMap((probe) =>
        (['anonymous', 'workingUser'] as const).map((who) => ({ ...probe, who })),
      ),
    )('$door is refused for $who', async ({ sort, where, who }) => {
      const outcome = await transport().find(viewer(who), 'partners', { sort, where }, 'id name')
      expect(outcome.ok).toBe(false)
      if (!outcome.ok) {
        expect(outcome.status).toBeLessThan(500)
      }
    })

    it('the same filter is allowed to staff', async () => {
      const outcome = await transport().find(
        viewer('editor'),
        'partners',
        { where: { logo: { exists: true } } },
        'id name',
      )
      expect(outcome.ok && names(outcome.docs)).toEqual([
        'Arbejds Region',
        'Emne Fond',
        'Styre Kommune',
      ])
    })
  })
})

describe('no side doors, per transport', () => {
  it('select cannot bring back hidden fields, nor drop the tier the check needs (REST, Local API)', async () => {
    for (const transport of via.filter(({ name }) => name !== 'GraphQL')) {
      const outcome = await transport.find(
        viewer('anonymous'),
        'partners',
        { select: { contacts: true, logo: true, notes: true }, sort: 'name' },
        '',
      )
      expect(outcome.ok, transport.name).toBe(true)
      if (!outcome.ok) {
        continue
      }
      const [working, steering] = outcome.docs
      expect([visible(working.logo), visible(steering.logo)], transport.name).toEqual([false, true])
      for (const doc of outcome.docs) {
        expect([visible(doc.contacts), visible(doc.notes)], transport.name).toEqual([false, false])
      }
    }
  })

  it('GraphQL aliases and fragments see no more than plain fields', async () => {
    const { body } = await app.graphql(`
      fragment Hidden on Partner { logo { id } contacts { email } notes }
      { Partners(sort: "name") { docs { alias: name l: logo { id } p: presentation c: contacts { email } ...Hidden } } }`)
    const [working, steering] = body.data.Partners.docs
    expect(working).toMatchObject({
      alias: 'Arbejds Region',
      l: null,
      logo: null,
      notes: null,
      p: null,
    })
    expect(visible(working.c) || visible(working.contacts)).toBe(false)
    expect(steering.l).not.toBeNull()
    expect(JSON.stringify(body)).not.toContain('kontakt@')
  })

  it('population from a case hides the owner’s gated and private fields (REST depth, GraphQL nesting)', async () => {
    const kase = await payload.create({
      collection: 'cases',
      data: {
        slug: 'arbejds-case',
        _status: 'published',
        partner: world.partners.working.id,
        title: 'Arbejds case',
      },
    })
    const rest = await app.api(`/api/cases/${kase.id}?depth=1`)
    expect(rest.body.partner).toMatchObject({ name: 'Arbejds Region' })
    expect([
      visible(rest.body.partner.logo),
      visible(rest.body.partner.contacts),
      visible(rest.body.partner.presentation),
    ]).toEqual([false, false, false])
    const { body } = await app.graphql(
      `{ Case(id: ${kase.id}) { partner { name logo { id } contacts { email } notes } } }`,
    )
    expect(body.data.Case.partner).toMatchObject({
      name: 'Arbejds Region',
      logo: null,
      notes: null,
    })
    expect(JSON.stringify(body)).not.toContain('kontakt@')
    await payload.delete({ id: kase.id, collection: 'cases' })
  })

  it('logo files are served only where the tier grants the logo', async () => {
    const file = async (
      partner: PartnerName,
      token?: string,
      size?: 'print' | 'thumbnail' | 'web',
    ) => {
      const logo = world.partners[partner].logo as {
        sizes?: Record<string, { url?: string }>
        url?: string
      }
      const url = size ? logo.sizes?.[size]?.url : logo.url
      const headers: Record<string, string> = token ? { Authorization: `JWT ${token}` } : {}
      return (await fetch(new URL(url!, app.url()), { headers })).status
    }
    expect(await file('steering')).toBe(200)
    expect(await file('steering', undefined, 'web')).toBe(200)
    for (const size of [undefined, 'thumbnail', 'web', 'print'] as const) {
      expect([403, 404], `working ${size ?? 'original'}`).toContain(
        await file('working', undefined, size),
      )
      expect([403, 404], `prospect ${size ?? 'original'}`).toContain(
        await file('prospect', undefined, size),
      )
    }
    expect(await file('working', viewer('workingUser').token)).toBe(200)
    expect([403, 404]).toContain(await file('working', viewer('steeringUser').token))
    expect(await file('prospect', viewer('editor').token)).toBe(200)
  })

  it('a tier or status change applies on the next request', async () => {
    const logoOf = async (partner: PartnerName) =>
      visible((await app.api(`/api/partners/${world.partners[partner].id}`)).body.logo)
    expect(await logoOf('working')).toBe(false)
    await app.api(`/api/partners/${world.partners.working.id}`, {
      body: { tier: 'steering' },
      method: 'PATCH',
      token: viewer('editor').token,
    })
    expect(await logoOf('working')).toBe(true)
    await app.api(`/api/partners/${world.partners.working.id}`, {
      body: { tier: 'working' },
      method: 'PATCH',
      token: viewer('editor').token,
    })
    expect(await logoOf('working')).toBe(false)

    await app.api(`/api/partners/${world.partners.steering.id}`, {
      body: { status: 'former' },
      method: 'PATCH',
      token: viewer('editor').token,
    })
    expect((await app.api(`/api/partners/${world.partners.steering.id}`)).status).toBe(404)
    await app.api(`/api/partners/${world.partners.steering.id}`, {
      body: { status: 'active' },
      method: 'PATCH',
      token: viewer('editor').token,
    })
    expect((await app.api(`/api/partners/${world.partners.steering.id}`)).status).toBe(200)
  })
})
