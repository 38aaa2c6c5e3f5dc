/**
 * What partner users may do by tier, over REST, GraphQL and the Local API: every refusal a
 * 403 naming what is missing, with nothing written.
 */
import type { CollectionSlug, Payload } from 'payload'

import { beforeEach, describe, expect, it } from 'vitest'

import type { TestApp } from '../helpers/testApp'
import type { Transport } from '../helpers/transports'

import { create, pdf, png, richText, uploadForm } from '../helpers/content'
import { type PartnerWorld, partnerWorldPerFile } from '../helpers/partnerWorld'
import { PASSWORD } from '../helpers/users'

let app: TestApp
let payload: Payload
let world: PartnerWorld
let via: Transport[]

partnerWorldPerFile((context) => ({ app, payload, via, world } = context))
beforeEach(async () => {
  for (const collection of ['cases', 'posts', 'newsletters'] as const) {
    await payload.delete({ collection, where: { id: { exists: true } } })
  }
})

const count = async (collection: CollectionSlug) => (await payload.count({ collection })).totalDocs

/** Creating by right: the entitled partner's user succeeds (as its own partner), the other is refused. */
const creations = [
  {
    collection: 'cases' as const,
    data: { title: 'Egen case' },
    fields: 'id title partner { id } _status',
    right: 'showcase',
  },
  {
    collection: 'posts' as const,
    data: { title: 'Eget indlæg' },
    fields: 'id title partner { id } _status',
    right: 'blog',
  },
]

describe.each(['REST', 'GraphQL', 'Local API'])('%s', (transportName) => {
  const transport = () => via.find((candidate) => candidate.name === transportName)!

  describe.each(creations)('creating $collection', ({ collection, data, fields, right }) => {
    it(`is refused without the ${right} right, naming it, and writes nothing`, async () => {
      const outcome = await transport().create(
        world.viewers.workingUser,
        collection,
        { ...data, _status: 'draft' },
        fields,
      )
      expect(outcome.ok).toBe(false)
      if (outcome.ok) {
        return
      }
      expect(outcome.status).toBe(403)
      expect(outcome.message).toContain(right)
      expect(await count(collection)).toBe(0)
    })

    it(`is allowed with the ${right} right, always for the user's own partner, as a draft`, async () => {
      const outcome = await transport().create(
        world.viewers.steeringUser,
        collection,
        { ...data, _status: 'draft', partner: world.partners.working.id },
        fields,
      )
      expect(outcome.ok).toBe(true)
      const stored = await payload.find({ collection, draft: true })
      expect(stored.docs.map((doc) => (doc.partner as { id: number }).id)).toEqual([
        world.partners.steering.id,
      ])
    })

    it('never publishes: editors do', async () => {
      const outcome = await transport().create(
        world.viewers.steeringUser,
        collection,
        { ...data, _status: 'published' },
        fields,
      )
      expect(outcome.ok).toBe(false)
      if (!outcome.ok) {
        expect([outcome.status, outcome.message.includes('Kun redaktionen offentliggør')]).toEqual([
          403,
          true,
        ])
      }
      expect(await count(collection)).toBe(0)
    })
  })

  describe('a partner user and its own partner', () => {
    it('edits its own profile', async () => {
      const outcome = await transport().update(
        world.viewers.steeringUser,
        'partners',
        world.partners.steering.id,
        { website: 'https://ny.steering.example' },
        'id website',
      )
      expect(outcome.ok).toBe(true)
      await payload.update({
        id: world.partners.steering.id,
        collection: 'partners',
        data: { website: 'https://steering.example' },
      })
    })

    it('cannot edit another partner', async () => {
      const outcome = await transport().update(
        world.viewers.workingUser,
        'partners',
        world.partners.steering.id,
        { website: 'https://hack.example' },
        'id',
      )
      expect(outcome.ok).toBe(false)
      if (!outcome.ok) {
        expect([403, 404]).toContain(outcome.status)
      }
      expect(
        (await payload.findByID({ id: world.partners.steering.id, collection: 'partners' }))
          .website,
      ).toBe('https://steering.example')
    })

    it.each([
      ['tier', 'steering'],
      ['status', 'former'],
      ['ticketsExtra', 10],
    ])('cannot change its own %s', async (field, value) => {
      const outcome = await transport().update(
        world.viewers.workingUser,
        'partners',
        world.partners.working.id,
        { [field]: value },
        'id',
      )
      expect(outcome.ok).toBe(false)
      if (!outcome.ok) {
        expect([outcome.status, outcome.message.includes(field)]).toEqual([403, true])
      }
      const stored = await payload.findByID({
        id: world.partners.working.id,
        collection: 'partners',
      })
      expect(stored).toMatchObject({ status: 'active', ticketsExtra: 1, tier: 'working' })
    })

    it('saves a change sent with the unchanged tier, status and extras (as the admin form sends them)', async () => {
      const website = `https://${transportName.replace(/\W/g, '').toLowerCase()}.working.example`
      const data = { status: 'active', ticketsExtra: 1, tier: 'working', website }
      const outcome = await transport().update(
        world.viewers.workingUser,
        'partners',
        world.partners.working.id,
        data,
        'id',
      )
      expect(outcome.ok).toBe(true)
      expect(
        await payload.findByID({ id: world.partners.working.id, collection: 'partners' }),
      ).toMatchObject(data)
      await payload.update({
        id: world.partners.working.id,
        collection: 'partners',
        data: { website: 'https://working.example' },
      })
    })
  })

  it('panel survey data is read by entitled partners only', async () => {
    const survey = await payload.create({
      collection: 'panel-surveys',
      data: { title: 'Rundspørge om aktive borgere' },
      file: { name: 'rundspoerge.pdf', data: pdf(), mimetype: 'application/pdf', size: 1 },
    })
    const seen = async (who: keyof PartnerWorld['viewers']) => {
      const outcome = await transport().find(world.viewers[who], 'panel-surveys', {}, 'id title')
      return outcome.ok ? outcome.docs.length : 0
    }
    expect([
      await seen('steeringUser'),
      await seen('workingUser'),
      await seen('anonymous'),
      await seen('editor'),
    ]).toEqual([1, 0, 0, 1])
    await payload.delete({ id: survey.id, collection: 'panel-surveys' })
  })
})

describe('panel survey files', () => {
  it('download for entitled partners only', async () => {
    const survey = await payload.create({
      collection: 'panel-surveys',
      data: { title: 'Rundspørge' },
      file: { name: 'data.pdf', data: pdf(), mimetype: 'application/pdf', size: 1 },
    })
    const status = async (token?: string) =>
      (
        await fetch(new URL(survey.url!, app.url()), {
          headers: token ? { Authorization: `JWT ${token}` } : {},
        })
      ).status
    expect(await status(world.viewers.steeringUser.token)).toBe(200)
    expect([403, 404]).toContain(await status(world.viewers.workingUser.token))
    expect([403, 404]).toContain(await status())
    await payload.delete({ id: survey.id, collection: 'panel-surveys' })
  })
})

describe('entitlements and tickets', () => {
  it('shows a partner’s users what their tier gives them', async () => {
    const { body } = await app.api(`/api/partners/${world.partners.steering.id}`, {
      token: world.viewers.steeringUser.token,
    })
    expect(body.entitlements).toMatchObject({
      fee: 120000,
      publicationCopies: 20,
      rights: { blog: true, panelData: true, showcase: true },
      tickets: 5,
      ticketsTotal: 6,
      tier: 'steering',
    })
    const gql = await app.graphql(
      `{ Partner(id: ${world.partners.working.id}) { entitlements } }`,
      {},
      world.viewers.workingUser.token,
    )
    expect(gql.body.data.Partner.entitlements).toMatchObject({
      fee: 40000,
      rights: { blog: false },
      ticketsTotal: 2,
    })
  })

  it('refuses more attendees than tickets plus extras, naming the limit', async () => {
    const attendees = (n: number) =>
      Array.from({ length: n }, (_, i) => ({ name: `Deltager ${i + 1}` }))
    const tooMany = await app.api(`/api/partners/${world.partners.working.id}`, {
      body: { attendees: attendees(3) },
      method: 'PATCH',
      token: world.viewers.workingUser.token,
    })
    expect(tooMany.status).toBe(400)
    expect(JSON.stringify(tooMany.body)).toContain('Højst 2 deltagere (1 billet + 1 ekstra)')
    const enough = await app.api(`/api/partners/${world.partners.working.id}`, {
      body: { attendees: attendees(2) },
      method: 'PATCH',
      token: world.viewers.workingUser.token,
    })
    expect(enough.status).toBe(200)
  })
})

describe('mentions and listings', () => {
  it('a published newsletter mentions the entitled partners, whatever the editor sent', async () => {
    const editor = world.viewers.editor.token
    const { body } = await app.api('/api/newsletters', {
      body: {
        _status: 'published',
        date: '2011-10-01',
        mentions: [world.partners.working.id],
        title: 'Nyhedsbrev 2',
      },
      method: 'POST',
      token: editor,
    })
    expect(body.doc.mentions.map((partner: { id: number }) => partner.id)).toEqual([
      world.partners.steering.id,
    ])
    const gql = await app.graphql(
      `{ Newsletter(id: ${body.doc.id}) { mentions { name contacts { email } } } }`,
    )
    expect(gql.body.data.Newsletter.mentions).toMatchObject([{ name: 'Styre Kommune' }])
    expect(JSON.stringify(gql.body)).not.toContain('kontakt@')
  })

  it('the catalog lists foreword signatories and partners named with a link, always current', async () => {
    await payload.updateGlobal({
      slug: 'catalog',
      data: { _status: 'published', foreword: richText('Forord') as never, title: 'Modelkatalog' },
    })
    const lists = async () => {
      const { body } = await app.graphql(
        '{ Catalog { forewordSignatories { name } partnersListed { name } } }',
      )
      return body.data.Catalog
    }
    expect(await lists()).toEqual({
      forewordSignatories: [{ name: 'Styre Kommune' }],
      partnersListed: [{ name: 'Arbejds Region' }, { name: 'Styre Kommune' }],
    })
    await payload.update({
      id: world.partners.working.id,
      collection: 'partners',
      data: { tier: 'steering' },
    })
    expect((await lists()).forewordSignatories).toEqual([
      { name: 'Arbejds Region' },
      { name: 'Styre Kommune' },
    ])
    await payload.update({
      id: world.partners.working.id,
      collection: 'partners',
      data: { tier: 'working' },
    })
  })
})

describe('GET /api/tiers', () => {
  it('tells a "become a partner" page each tier’s fee, rights and seats taken, on REST and GraphQL', async () => {
    const { body, status } = await app.api('/api/tiers')
    expect(status).toBe(200)
    expect(body.tiers).toMatchObject([
      {
        fee: 120000,
        key: 'steering',
        label: { da: 'Styregruppen' },
        rights: { blog: true },
        seats: { offered: 4, taken: 1 },
      },
      {
        fee: 40000,
        key: 'working',
        label: { da: 'Arbejdsgruppen' },
        rights: { blog: false },
        seats: { offered: 20, taken: 1 },
      },
    ])
    const gql = await app.graphql(
      '{ Tiers { key fee seats { offered taken } rights { logoAndPresentation } } }',
    )
    expect(gql.body.data.Tiers).toEqual([
      {
        fee: 120000,
        key: 'steering',
        rights: { logoAndPresentation: true },
        seats: { offered: 4, taken: 1 },
      },
      {
        fee: 40000,
        key: 'working',
        rights: { logoAndPresentation: false },
        seats: { offered: 20, taken: 1 },
      },
    ])
  })
})

describe('partner users upload their own logo where the tier allows', () => {
  it('over REST: the steering partner may, the working partner may not', async () => {
    const file = await png()
    const upload = (token?: string) =>
      app.api('/api/logos', {
        body: uploadForm(file, 'eget-logo.png', 'image/png', {
          alt: 'Eget logo',
          partner: world.partners.working.id,
        }),
        method: 'POST',
        token,
      })
    const before = await count('logos')
    const refused = await upload(world.viewers.workingUser.token)
    expect(refused.status).toBe(403)
    expect(JSON.stringify(refused.body)).toContain('logoAndPresentation')
    const allowed = await upload(world.viewers.steeringUser.token)
    expect(allowed.status, JSON.stringify(allowed.body)).toBe(201)
    expect(allowed.body.doc.partner).toMatchObject({ id: world.partners.steering.id })
    expect(await count('logos')).toBe(before + 1)
  })
})

describe('partner users upload media for their cases and posts', () => {
  it('with the showcase or blog right, as their own partner; they change only their own', async () => {
    const upload = async (token?: string) =>
      app.api('/api/media', {
        body: uploadForm(await png(), 'billede.png', 'image/png', {
          alt: 'Et billede',
          partner: world.partners.working.id,
        }),
        method: 'POST',
        token,
      })
    const before = await count('media')
    const refused = await upload(world.viewers.workingUser.token)
    expect(refused.status).toBe(403)
    expect(JSON.stringify(refused.body)).toMatch(/showcase.*blog/)
    expect(await count('media')).toBe(before)

    const allowed = await upload(world.viewers.steeringUser.token)
    expect(allowed.status, JSON.stringify(allowed.body)).toBe(201)
    expect(allowed.body.doc.partner).toMatchObject({ id: world.partners.steering.id })
    const editorsOwn = await payload.create({
      collection: 'media',
      data: { alt: 'Redaktionens' },
      file: { name: 'redaktion.png', data: await png(), mimetype: 'image/png', size: 1 },
    })
    const rename = (id: number) =>
      app.api(`/api/media/${id}`, {
        body: { alt: 'Ændret' },
        method: 'PATCH',
        token: world.viewers.steeringUser.token,
      })
    expect((await rename(allowed.body.doc.id)).status).toBe(200)
    expect((await rename(editorsOwn.id)).status).toBe(403)
    const renameGraphQL = await app.graphql(
      'mutation ($id: Int!) { updateMedia(id: $id, data: { alt: "Ændret" }) { id } }',
      { id: editorsOwn.id },
      world.viewers.steeringUser.token,
    )
    expect(
      (renameGraphQL.body.errors?.[0]?.extensions as { statusCode?: number } | undefined)
        ?.statusCode,
    ).toBe(403)
    expect((await payload.findByID({ id: editorsOwn.id, collection: 'media' })).alt).toBe(
      'Redaktionens',
    )
  })
})

describe("a partner user's own account", () => {
  it('carries its partner’s current rights, for the admin UI and frontends', async () => {
    const me = async (token?: string) => (await app.api('/api/users/me', { token })).body.user
    // What the working tier grants, in the order of the rights.
    const working = ['nameAndLinkInPublication', 'nameAndLinkOnWebsite', 'panelNominations']
    expect((await me(world.viewers.steeringUser.token)).rights).toEqual(
      expect.arrayContaining(['blog', 'showcase', 'panelData']),
    )
    expect((await me(world.viewers.workingUser.token)).rights).toEqual(working)
    expect((await me(world.viewers.editor.token)).rights ?? undefined).toBeUndefined()
    const { body: graph } = await app.graphql(
      '{ meUser { user { rights } } }',
      undefined,
      world.viewers.workingUser.token,
    )
    expect(graph.data.meUser.user.rights).toEqual(working)
    // Login and refresh hand the account over too (what the admin holds as its user).
    const email = String(world.viewers.workingUser.user?.email)
    const login = await app.api('/api/users/login', {
      body: { email, password: PASSWORD },
      method: 'POST',
    })
    expect(login.body.user.rights).toEqual(working)
    const { body: graphLogin } = await app.graphql(
      `mutation { loginUser(email: "${email}", password: "${PASSWORD}") { user { rights } } }`,
    )
    expect(graphLogin.data.loginUser.user.rights).toEqual(working)
    const refresh = await app.api('/api/users/refresh-token', {
      method: 'POST',
      token: login.body.token,
    })
    expect(refresh.body.user.rights).toEqual(working)
    // Other people's accounts carry none (and cost no lookup).
    const { body } = await app.api('/api/users?limit=100', { token: world.viewers.editor.token })
    expect(
      body.docs.every(
        (user: { rights?: unknown }) => user.rights === undefined || user.rights === null,
      ),
    ).toBe(true)
  })
})

describe('a case a partner user owns', () => {
  it('can be edited as a draft by its partner, not by another', async () => {
    const kase = await create(payload, 'cases', {
      _status: 'draft',
      partner: world.partners.steering.id,
      title: 'Kladde',
    })
    const own = await app.api(`/api/cases/${kase.id}?draft=true`, {
      body: { title: 'Rettet kladde' },
      method: 'PATCH',
      token: world.viewers.steeringUser.token,
    })
    expect(own.status).toBe(200)
    const other = await app.api(`/api/cases/${kase.id}?draft=true`, {
      body: { title: 'Kapret' },
      method: 'PATCH',
      token: world.viewers.workingUser.token,
    })
    expect([403, 404]).toContain(other.status)
    expect((await payload.findByID({ id: kase.id, collection: 'cases', draft: true })).title).toBe(
      'Rettet kladde',
    )
  })
})
