/**
 * The steering group's say (the `shapeAgenda` right): proposals and their supports, joint
 * recommendations and their endorsements, over REST, GraphQL and the Local API
 * (`overrideAccess: false`), as anonymous, a working-tier partner user, two steering-tier partner
 * users (of two partners), an editor and an admin. Each rule has a test that fails if it breaks.
 */
import type { CollectionSlug, Payload } from 'payload'

import { extractID } from 'payload/shared'
import { beforeAll, beforeEach, describe, expect, it } from 'vitest'

import type { TestApp } from '../helpers/testApp'

import { create, richText } from '../helpers/content'
import { type PartnerWorld, partnerWorldPerFile } from '../helpers/partnerWorld'
import { graphQLNames, type Outcome, type Transport, type Viewer } from '../helpers/transports'
import { PASSWORD, previewAccount } from '../helpers/users'
import { waitFor } from '../helpers/waitFor'
import { type Receiver, receiverPerFile } from '../helpers/webhookReceiver'

let app: TestApp
let payload: Payload
let world: PartnerWorld
let via: Transport[]

let receiver: Receiver
const startReceiver = receiverPerFile((started) => (receiver = started))

partnerWorldPerFile((context) => ({ app, payload, via, world } = context), {
  env: async () => {
    await startReceiver()
    return { JOBS_INTERVAL: '1' }
  },
})

/** A second steering partner and its user: steering partners see and support each other's proposals. */
let other: { partner: { id: number; name: string }; viewer: Viewer }
let preview: string

beforeAll(async () => {
  const partner = await create(payload, 'partners', {
    name: 'Anden Kommune',
    status: 'active',
    tier: 'steering',
  })
  const email = 'othersteering@example.dk'
  const user = await payload.create({
    collection: 'users',
    data: { email, partner: partner.id, password: PASSWORD, roles: ['partner'] },
  })
  other = {
    partner,
    viewer: {
      name: 'otherSteeringUser',
      token: await app.login(email, PASSWORD),
      user: { ...user, collection: 'users' } as never,
    },
  }
  preview = (await previewAccount(app, world.viewers.admin.token!)).authorization
})

beforeEach(async () => {
  for (const collection of [
    'proposal-supports',
    'endorsements',
    'proposals',
    'recommendations',
  ] as const) {
    await payload.delete({ collection, where: { id: { exists: true } } })
  }
})

const idOf = (value: unknown) => Number(extractID(value as number))
const count = async (collection: CollectionSlug) => (await payload.count({ collection })).totalDocs
const refused = (outcome: Outcome) => (outcome.ok ? 'allowed' : outcome.status)
const messageOf = (outcome: Outcome) => (outcome.ok ? '' : outcome.message)

const proposal = (partner: number, title = 'Et forslag') =>
  create(payload, 'proposals', {
    description: 'Fordi det er vigtigt.',
    kind: 'theme',
    partner,
    title,
  })

/** Withdrawing a support or endorsement (a delete), the way each transport does it. */
const remove = async (
  transport: Transport['name'],
  viewer: Viewer,
  collection: 'endorsements' | 'proposal-supports',
  id: number,
): Promise<Outcome> => {
  if (transport === 'REST') {
    const { body, status } = await app.api(`/api/${collection}/${id}`, {
      method: 'DELETE',
      token: viewer.token,
    })
    return status < 300
      ? { docs: [body.doc], ok: true }
      : { message: body.errors?.[0]?.message ?? '', ok: false, status }
  }
  if (transport === 'GraphQL') {
    const { singularName } = graphQLNames(payload, collection)
    const { body } = await app.graphql(
      `mutation ($id: Int!) { delete${singularName}(id: $id) { id } }`,
      { id },
      viewer.token,
    )
    const error = body.errors?.[0]
    return error
      ? {
          message: error.message,
          ok: false,
          status: (error.extensions as { statusCode?: number } | undefined)?.statusCode ?? 400,
        }
      : { docs: [body.data[`delete${singularName}`]], ok: true }
  }
  try {
    return {
      docs: [await payload.delete({ id, collection, overrideAccess: false, user: viewer.user })],
      ok: true,
    }
  } catch (error) {
    const { message, status } = error as { message: string; status?: number }
    return { message, ok: false, status: status ?? 500 }
  }
}

const PROPOSAL_FIELDS = 'id title kind partner { id } decision decisionNote'

describe.each(['REST', 'GraphQL', 'Local API'] as const)('%s', (transportName) => {
  const transport = () => via.find((candidate) => candidate.name === transportName)!

  describe('proposals', () => {
    it('a steering partner user proposes, always for its own partner', async () => {
      const outcome = await transport().create(
        world.viewers.steeringUser,
        'proposals',
        {
          description: 'Ældre og teknologi',
          kind: 'theme',
          partner: other.partner.id,
          title: 'Velfærdsteknologi',
        },
        PROPOSAL_FIELDS,
      )
      expect(outcome.ok).toBe(true)
      const stored = await payload.find({ collection: 'proposals', depth: 0 })
      expect(stored.docs.map((doc) => [doc.title, doc.kind, doc.partner])).toEqual([
        ['Velfærdsteknologi', 'theme', world.partners.steering.id],
      ])
    })

    it('steering partners see each other’s proposals', async () => {
      await proposal(world.partners.steering.id, 'Fra Styre Kommune')
      const outcome = await transport().find(other.viewer, 'proposals', {}, 'id title')
      expect(outcome.ok && outcome.docs.map((doc) => doc.title)).toEqual(['Fra Styre Kommune'])
    })

    it('a working partner user reads no proposals, and anonymous is refused', async () => {
      await proposal(world.partners.steering.id)
      const working = await transport().find(world.viewers.workingUser, 'proposals', {}, 'id')
      expect(working.ok && working.docs).toEqual([])
      expect(refused(await transport().find(world.viewers.anonymous, 'proposals', {}, 'id'))).toBe(
        403,
      )
    })

    it('a working partner user cannot propose: 403 in Danish naming the right and the steering group', async () => {
      const outcome = await transport().create(
        world.viewers.workingUser,
        'proposals',
        { description: 'Noget', kind: 'problem', title: 'Et problem' },
        PROPOSAL_FIELDS,
      )
      expect(refused(outcome)).toBe(403)
      expect(messageOf(outcome)).toMatch(
        /shapeAgenda.*Kun Styregruppen har den.*kontakt sekretariatet/s,
      )
      expect(await count('proposals')).toBe(0)
    })

    it('anonymous cannot propose', async () => {
      const outcome = await transport().create(
        world.viewers.anonymous,
        'proposals',
        { description: 'Noget', kind: 'case', title: 'En case' },
        PROPOSAL_FIELDS,
      )
      expect(refused(outcome)).toBe(403)
      expect(await count('proposals')).toBe(0)
    })

    it('a partner user cannot set the editors’ decision: 403 naming the fields', async () => {
      const made = await transport().create(
        world.viewers.steeringUser,
        'proposals',
        { decision: 'adopted', description: 'Noget', kind: 'case', title: 'En case' },
        PROPOSAL_FIELDS,
      )
      expect(refused(made)).toBe(403)
      expect(messageOf(made)).toContain('“Beslutning” (decision)')
      const own = await proposal(world.partners.steering.id)
      const changed = await transport().update(
        world.viewers.steeringUser,
        'proposals',
        own.id,
        { decisionNote: 'Vedtaget af os selv' },
        PROPOSAL_FIELDS,
      )
      expect(refused(changed)).toBe(403)
      expect(messageOf(changed)).toContain('(decisionNote)')
      expect(
        (await payload.findByID({ id: own.id, collection: 'proposals' })).decisionNote ?? null,
      ).toBeNull()
    })

    it('an editor adopts or declines with a note, which the steering partners read', async () => {
      const own = await proposal(world.partners.steering.id)
      const decided = await transport().update(
        world.viewers.editor,
        'proposals',
        own.id,
        { decision: 'declined', decisionNote: 'Ligger uden for projektet.' },
        PROPOSAL_FIELDS,
      )
      expect(decided.ok).toBe(true)
      const read = await transport().find(other.viewer, 'proposals', {}, PROPOSAL_FIELDS)
      expect(read.ok && read.docs.map((doc) => [doc.decision, doc.decisionNote])).toEqual([
        ['declined', 'Ligger uden for projektet.'],
      ])
    })

    it('a steering partner user edits its own partner’s proposals only', async () => {
      const own = await proposal(world.partners.steering.id)
      const mine = await transport().update(
        world.viewers.steeringUser,
        'proposals',
        own.id,
        { title: 'Rettet' },
        'id title',
      )
      expect(mine.ok).toBe(true)
      const theirs = await transport().update(
        other.viewer,
        'proposals',
        own.id,
        { title: 'Kapret' },
        'id',
      )
      expect([403, 404]).toContain(refused(theirs))
      expect((await payload.findByID({ id: own.id, collection: 'proposals' })).title).toBe('Rettet')
    })
  })

  describe('supports', () => {
    it('one support per partner per proposal: twice is a 409 saying so; withdrawn, it can be given again', async () => {
      const theirs = await proposal(world.partners.steering.id)
      const fields = 'id partner { id } proposal { id }'
      const first = await transport().create(
        other.viewer,
        'proposal-supports',
        { partner: world.partners.steering.id, proposal: theirs.id },
        fields,
      )
      expect(first.ok).toBe(true)
      const again = await transport().create(
        other.viewer,
        'proposal-supports',
        { proposal: theirs.id },
        fields,
      )
      expect(refused(again)).toBe(409)
      expect(messageOf(again)).toContain('støtter allerede')
      const stored = await payload.find({ collection: 'proposal-supports', depth: 0 })
      // Given for the supporter's own partner, whatever the body said.
      expect(stored.docs.map((doc) => doc.partner)).toEqual([other.partner.id])
      expect(
        (await remove(transportName, other.viewer, 'proposal-supports', stored.docs[0].id)).ok,
      ).toBe(true)
      expect(await count('proposal-supports')).toBe(0)
      expect(
        (
          await transport().create(
            other.viewer,
            'proposal-supports',
            { proposal: theirs.id },
            fields,
          )
        ).ok,
      ).toBe(true)
    })

    it('a partner does not support its own proposal: a 409 saying so, nothing written', async () => {
      const own = await proposal(world.partners.steering.id)
      const outcome = await transport().create(
        world.viewers.steeringUser,
        'proposal-supports',
        { proposal: own.id },
        'id',
      )
      expect(refused(outcome)).toBe(409)
      expect(messageOf(outcome)).toContain('Det er jeres eget forslag')
      expect(await count('proposal-supports')).toBe(0)
    })

    it('steering partners see each other’s supports; the proposal lists them', async () => {
      const theirs = await proposal(world.partners.steering.id)
      await create(payload, 'proposal-supports', { partner: other.partner.id, proposal: theirs.id })
      const supports = await transport().find(
        world.viewers.steeringUser,
        'proposal-supports',
        {},
        'id partner { id }',
      )
      expect(supports.ok && supports.docs.map((doc) => idOf(doc.partner))).toEqual([
        other.partner.id,
      ])
      const listed = await transport().find(
        world.viewers.steeringUser,
        'proposals',
        { depth: 1 },
        'id supports { docs { id } }',
      )
      expect(listed.ok && listed.docs[0].supports.docs).toHaveLength(1)
    })

    it('a steering partner user cannot withdraw another partner’s support', async () => {
      const theirs = await proposal(world.partners.steering.id)
      const support = await create(payload, 'proposal-supports', {
        partner: other.partner.id,
        proposal: theirs.id,
      })
      expect([403, 404]).toContain(
        refused(
          await remove(transportName, world.viewers.steeringUser, 'proposal-supports', support.id),
        ),
      )
      expect(await count('proposal-supports')).toBe(1)
    })

    it('a working partner user cannot support (403 in Danish saying why) nor see supports', async () => {
      const theirs = await proposal(world.partners.steering.id)
      const outcome = await transport().create(
        world.viewers.workingUser,
        'proposal-supports',
        { proposal: theirs.id },
        'id',
      )
      expect(refused(outcome)).toBe(403)
      expect(messageOf(outcome)).toContain('Kun Styregruppen har den')
      expect(await count('proposal-supports')).toBe(0)
      expect(
        refused(await transport().find(world.viewers.workingUser, 'proposal-supports', {}, 'id')),
      ).toBe(403)
    })
  })

  describe('recommendations', () => {
    const draft = (title = 'Udkast til anbefaling') =>
      create(payload, 'recommendations', { _status: 'draft', body: richText('Tekst'), title })

    it('steering partner users read the drafts; working partner users and anonymous only what is published', async () => {
      await draft()
      const steering = await transport().find(
        world.viewers.steeringUser,
        'recommendations',
        {},
        'id title',
      )
      expect(steering.ok && steering.docs.map((doc) => doc.title)).toEqual([
        'Udkast til anbefaling',
      ])
      for (const viewer of [world.viewers.workingUser, world.viewers.anonymous]) {
        const outcome = await transport().find(viewer, 'recommendations', {}, 'id')
        expect(outcome.ok && outcome.docs).toEqual([])
      }
    })

    it('partner users never write recommendations', async () => {
      const made = await transport().create(
        world.viewers.steeringUser,
        'recommendations',
        { title: 'Vores egen' },
        'id',
      )
      expect(refused(made)).toBe(403)
      const own = await draft()
      const changed = await transport().update(
        world.viewers.steeringUser,
        'recommendations',
        own.id,
        { title: 'Ændret' },
        'id',
      )
      expect(refused(changed)).toBe(403)
    })

    it('each steering partner endorses once, with a note, and may withdraw; a working partner user cannot', async () => {
      const recommendation = await draft()
      const fields = 'id note partner { id }'
      const endorsed = await transport().create(
        world.viewers.steeringUser,
        'endorsements',
        { note: 'Vi står bag.', recommendation: recommendation.id },
        fields,
      )
      expect(endorsed.ok).toBe(true)
      const twice = await transport().create(
        world.viewers.steeringUser,
        'endorsements',
        { recommendation: recommendation.id },
        fields,
      )
      expect(refused(twice)).toBe(409)
      expect(messageOf(twice)).toContain('allerede tilsluttet')
      const working = await transport().create(
        world.viewers.workingUser,
        'endorsements',
        { recommendation: recommendation.id },
        fields,
      )
      expect(refused(working)).toBe(403)
      expect(messageOf(working)).toContain('Kun Styregruppen har den')
      const [mine] = (await payload.find({ collection: 'endorsements', depth: 0 })).docs
      // Another steering partner reads the note, but cannot change it.
      const seen = await transport().find(other.viewer, 'endorsements', {}, fields)
      expect(seen.ok && seen.docs.map((doc) => doc.note)).toEqual(['Vi står bag.'])
      expect([403, 404]).toContain(
        refused(
          await transport().update(other.viewer, 'endorsements', mine.id, { note: 'Nej' }, 'id'),
        ),
      )
      expect(
        (
          await transport().update(
            world.viewers.steeringUser,
            'endorsements',
            mine.id,
            { note: 'Vi står fuldt bag.' },
            'id',
          )
        ).ok,
      ).toBe(true)
      expect(
        (await remove(transportName, world.viewers.steeringUser, 'endorsements', mine.id)).ok,
      ).toBe(true)
      expect(await count('endorsements')).toBe(0)
    })

    it('published, it lists the endorsing partners for the public, and nothing else of the process', async () => {
      const recommendation = await draft('Fælles anbefaling')
      for (const partner of [world.partners.steering.id, other.partner.id]) {
        await create(payload, 'endorsements', {
          note: 'Intern bemærkning',
          partner,
          recommendation: recommendation.id,
        })
      }
      const published = await transport().update(
        world.viewers.editor,
        'recommendations',
        recommendation.id,
        { _status: 'published' },
        'id',
      )
      expect(published.ok).toBe(true)
      const seen = await transport().find(
        world.viewers.anonymous,
        'recommendations',
        { depth: 1 },
        'title endorsedBy { name } endorsements { docs { id } }',
      )
      expect(seen.ok).toBe(true)
      if (!seen.ok) {
        return
      }
      expect(
        seen.docs.map((doc) => [
          doc.title,
          doc.endorsedBy.map((partner: { name: string }) => partner.name),
        ]),
      ).toEqual([['Fælles anbefaling', ['Anden Kommune', 'Styre Kommune']]])
      expect(JSON.stringify(seen.docs)).not.toContain('Intern bemærkning')
      // Absent (REST, Local API) or empty (GraphQL): the list of endorsements is not the public's.
      expect(seen.docs[0].endorsements?.docs ?? []).toEqual([])
      const endorsements = await transport().find(world.viewers.anonymous, 'endorsements', {}, 'id')
      expect(endorsements.ok && endorsements.docs).toEqual([])
    })
  })
})

describe('preview keys', () => {
  it('read no proposals, supports, endorsements or draft recommendations, and write none', async () => {
    await proposal(world.partners.steering.id)
    await create(payload, 'recommendations', { _status: 'draft', title: 'Udkast' })
    const headers = { Authorization: preview }
    await create(payload, 'endorsements', {
      partner: world.partners.steering.id,
      recommendation: (await payload.find({ collection: 'recommendations', draft: true })).docs[0]
        .id,
    })
    for (const collection of ['proposals', 'proposal-supports']) {
      expect((await app.api(`/api/${collection}`, { headers })).status).toBe(403)
    }
    expect((await app.api('/api/endorsements', { headers })).body.docs).toEqual([])
    const drafts = await app.api('/api/recommendations?draft=true', { headers })
    expect([drafts.status, drafts.body.docs]).toEqual([200, []])
    const write = await app.api('/api/proposals', {
      body: { description: 'x', kind: 'case', title: 'x' },
      headers,
      method: 'POST',
    })
    expect(write.status).toBe(403)
    expect(await count('proposals')).toBe(1)
  })
})

describe('the database holds one support per partner and proposal', () => {
  it('whatever the hooks: a second row for the same pair is refused by the unique index', async () => {
    const theirs = await proposal(world.partners.steering.id)
    const row = { partner: other.partner.id, proposal: theirs.id }
    await payload.db.create({ collection: 'proposal-supports', data: row })
    await expect(
      payload.db.create({ collection: 'proposal-supports', data: row }),
    ).rejects.toThrow()
    expect(await count('proposal-supports')).toBe(1)
  })

  it('two supports sent at once: one is stored, the other is a 4xx', async () => {
    const theirs = await proposal(world.partners.steering.id)
    const send = () =>
      app.api('/api/proposal-supports', {
        body: { proposal: theirs.id },
        method: 'POST',
        token: other.viewer.token,
      })
    const statuses = (await Promise.all([send(), send()])).map(({ status }) => status).sort()
    expect(statuses[0]).toBe(201)
    expect(statuses[1]).toBeGreaterThanOrEqual(400)
    expect(statuses[1]).toBeLessThan(500)
    expect(await count('proposal-supports')).toBe(1)
  })
})

describe('a tier change', () => {
  it('from steering to working takes the agenda rights away at once, and the endorsement off the next save', async () => {
    const theirs = await proposal(other.partner.id)
    const recommendation = await create(payload, 'recommendations', {
      _status: 'draft',
      title: 'Udkast',
    })
    await create(payload, 'endorsements', {
      partner: world.partners.steering.id,
      recommendation: recommendation.id,
    })
    const demote = (tier: string) =>
      app.api(`/api/partners/${world.partners.steering.id}`, {
        body: { tier },
        method: 'PATCH',
        token: world.viewers.editor.token,
      })
    expect((await demote('working')).status).toBe(200)
    try {
      const token = world.viewers.steeringUser.token
      expect((await app.api('/api/proposals', { token })).body.docs).toEqual([])
      expect((await app.api('/api/recommendations?draft=true', { token })).body.docs).toEqual([])
      expect((await app.api('/api/endorsements', { token })).body.docs).toEqual([])
      const support = await app.api('/api/proposal-supports', {
        body: { proposal: theirs.id },
        method: 'POST',
        token,
      })
      expect(support.status).toBe(403)
      const republished = await app.api(`/api/recommendations/${recommendation.id}`, {
        body: { _status: 'published' },
        method: 'PATCH',
        token: world.viewers.editor.token,
      })
      expect(republished.body.doc.endorsedBy).toEqual([])
    } finally {
      expect((await demote('steering')).status).toBe(200)
    }
    const back = await app.api('/api/proposals', { token: world.viewers.steeringUser.token })
    expect(back.body.docs).toHaveLength(1)
  })
})

describe('the audit log', () => {
  it('records proposals, supports and their withdrawal like every other change', async () => {
    const theirs = await proposal(world.partners.steering.id)
    const made = await app.api('/api/proposal-supports', {
      body: { proposal: theirs.id },
      method: 'POST',
      token: other.viewer.token,
    })
    await app.api(`/api/proposal-supports/${made.body.doc.id}`, {
      method: 'DELETE',
      token: other.viewer.token,
    })
    const { docs } = await payload.find({
      collection: 'audit-log',
      pagination: false,
      where: { collection: { in: ['proposals', 'proposal-supports'] } },
    })
    expect(docs.map((entry) => [entry.collection, entry.action])).toEqual(
      expect.arrayContaining([
        ['proposals', 'create'],
        ['proposal-supports', 'create'],
        ['proposal-supports', 'delete'],
      ]),
    )
  })
})

describe('webhooks', () => {
  it('announce a recommendation when it is published, not its draft nor its endorsements', async () => {
    const made = await app.api('/api/webhooks', {
      body: {
        collections: ['recommendations'],
        events: ['publish', 'unpublish', 'delete'],
        url: receiver.url,
      },
      method: 'POST',
      token: world.viewers.admin.token,
    })
    expect(made.status).toBe(201)
    const editor = world.viewers.editor.token
    const draft = await app.api('/api/recommendations', {
      body: { title: 'Til offentliggørelse' },
      method: 'POST',
      token: editor,
    })
    expect(draft.status).toBe(201)
    const id = draft.body.doc.id as number
    const endorsed = await app.api('/api/endorsements', {
      body: { recommendation: id },
      method: 'POST',
      token: world.viewers.steeringUser.token,
    })
    expect(endorsed.status).toBe(201)
    const published = await app.api(`/api/recommendations/${id}`, {
      body: { _status: 'published' },
      method: 'PATCH',
      token: editor,
    })
    expect(published.status).toBe(200)
    await waitFor('the publish message', async () => receiver.received.length > 0)
    const messages = receiver.received.map(({ body }) => JSON.parse(body))
    expect(messages.map(({ id: doc, type, collection }) => [type, collection, doc])).toEqual([
      ['publish', 'recommendations', id],
    ])
    await app.api(`/api/webhooks/${made.body.doc.id}`, {
      method: 'DELETE',
      token: world.viewers.admin.token,
    })
  })
})
