/**
 * Meetings by tier (DESIGN.md: 6 steering / 5 working meetings; the conference): what each viewer
 * sees of each kind of meeting, their files and registrations, over REST, GraphQL and the Local
 * API (overrideAccess: false); who may register whom; and the calendar feed behind a secret URL.
 */
import type { Payload } from 'payload'

import ICAL from 'ical.js'
import { beforeAll, describe, expect, it } from 'vitest'

import type { Meeting } from '../../payload-types'
import type { TestApp } from '../helpers/testApp'
import type { FindArgs, Transport, Viewer } from '../helpers/transports'

import { create, pdf, richText } from '../helpers/content'
import { type PartnerWorld, partnerWorldPerFile, visible } from '../helpers/partnerWorld'
import { previewAccount } from '../helpers/users'

let app: TestApp
let payload: Payload
let world: PartnerWorld
let via: Transport[]

partnerWorldPerFile((context) => ({ app, payload, via, world } = context))

type MeetingName = 'conference' | 'planned' | 'steering' | 'working'
type ViewerName = keyof PartnerWorld['viewers']

const meetings = {} as Record<MeetingName, Meeting>
const materials = {} as Record<MeetingName, { id: number; url: string }>

beforeAll(async () => {
  const theme = await create(payload, 'themes', { title: 'Teknologi' })
  const members = {
    agenda: richText('Dagsorden: velkomst og drøftelse'),
    minutes: richText('Referat: enighed om næste skridt'),
    place: 'Mandag Morgen, Valkendorfsgade 30',
  }
  meetings.steering = await create(payload, 'meetings', {
    ...members,
    endsAt: '2011-06-14T14:00:00.000Z',
    kind: 'steering',
    number: 1,
    startsAt: '2011-06-14T08:00:00.000Z',
    title: 'Styregruppeseminar',
  })
  meetings.working = await create(payload, 'meetings', {
    ...members,
    kind: 'working',
    number: 4,
    startsAt: '2011-11-10T08:00:00.000Z',
    theme: theme.id,
    title: 'Arbejdsmøde 4: Teknologi',
  })
  meetings.conference = await create(payload, 'meetings', {
    ...members,
    allDay: true,
    kind: 'conference',
    // Midnight in Copenhagen: the day, with no time.
    startsAt: '2012-01-24T23:00:00.000Z',
    tentative: true,
    title: 'Velfærdens Innovationsdag 2012',
  })
  meetings.planned = await create(payload, 'meetings', {
    ...members,
    kind: 'working',
    number: 5,
    plannedMonth: '2011-12',
    title: 'Arbejdsmøde 5: Samarbejde med andre',
  })
  for (const kind of Object.keys(meetings) as MeetingName[]) {
    const doc = await payload.create({
      collection: 'meeting-materials',
      data: { meeting: meetings[kind].id, title: `Oplæg (${kind})` },
      file: { name: `oplaeg-${kind}.pdf`, data: pdf(), mimetype: 'application/pdf', size: 1 },
    })
    materials[kind] = { id: doc.id, url: doc.url! }
  }
  for (const kind of Object.keys(meetings) as MeetingName[]) {
    const partner = kind === 'steering' ? world.partners.steering : world.partners.working
    await create(payload, 'meeting-registrations', {
      name: `Deltager fra ${partner.name}`,
      email: `${kind}@${partner.slug}.example`,
      meeting: meetings[kind].id,
      partner: partner.id,
    })
  }
})

const PUBLIC_FIELDS = ['kind', 'number', 'title', 'startsAt', 'theme'] as const
const MEMBERS_FIELDS = ['place', 'agenda', 'minutes', 'materials', 'participants'] as const
const GRAPHQL_FIELDS =
  'id kind number title startsAt theme { id } place agenda minutes materials { docs { id } } participants { docs { id } }'

const ALL: MeetingName[] = ['conference', 'planned', 'steering', 'working']
const OPEN: MeetingName[] = ['conference', 'planned', 'working']

/** Which meetings each viewer finds, and of which it reads the members' part. */
const SEES: Record<ViewerName, { listed: MeetingName[]; member: MeetingName[] }> = {
  admin: { listed: ALL, member: ALL },
  anonymous: { listed: OPEN, member: [] },
  editor: { listed: ALL, member: ALL },
  steeringUser: { listed: ALL, member: ALL },
  workingUser: { listed: OPEN, member: OPEN },
}

const viewer = (name: ViewerName): Viewer => world.viewers[name]
/** Every meeting has a registration and a material: a join field shown is a non-empty list (GraphQL answers a hidden one with an empty list). */
const shown = (value: unknown): boolean =>
  visible(value) &&
  !(
    Array.isArray((value as { docs?: unknown[] }).docs) &&
    (value as { docs: unknown[] }).docs.length === 0
  )
const nameOf = (id: number) =>
  (Object.keys(meetings) as MeetingName[]).find((name) => meetings[name].id === id)

describe.each(['REST', 'GraphQL', 'Local API'])('%s', (transportName) => {
  const transport = () => via.find((candidate) => candidate.name === transportName)!

  it.each(Object.entries(SEES))(
    '%s finds the meetings it may see, the members’ part of those it belongs to only',
    async (viewerName, { listed, member }) => {
      const outcome = await transport().find(
        viewer(viewerName as ViewerName),
        'meetings',
        { depth: 0, sort: 'id' },
        GRAPHQL_FIELDS,
      )
      expect(outcome.ok ? 'ok' : outcome.message).toBe('ok')
      if (!outcome.ok) {
        return
      }
      expect(outcome.docs.map((doc) => nameOf(Number(doc.id))).sort()).toEqual([...listed].sort())
      for (const doc of outcome.docs) {
        const name = nameOf(Number(doc.id))!
        for (const field of PUBLIC_FIELDS) {
          const expected =
            !(field === 'theme' && name !== 'working') &&
            !(field === 'startsAt' && name === 'planned') &&
            !(field === 'number' && name === 'conference')
          expect(visible(doc[field]), `${name}.${field}`).toBe(expected)
        }
        for (const field of MEMBERS_FIELDS) {
          expect(shown(doc[field]), `${name}.${field}`).toBe(member.includes(name))
        }
      }
    },
  )

  it.each(['anonymous', 'workingUser', 'steeringUser'] as const)(
    '%s cannot tell a meeting’s place or minutes by filtering or sorting on them',
    async (viewerName) => {
      const probes: FindArgs[] = [
        { where: { place: { like: 'Valkendorfsgade' } } },
        { where: { minutes: { like: 'enighed' } } },
        { sort: 'place', where: { id: { equals: meetings.steering.id } } },
      ]
      for (const args of probes) {
        const outcome = await transport().find(viewer(viewerName), 'meetings', args, 'id')
        if (outcome.ok) {
          expect(outcome.docs).toEqual([])
        } else {
          expect(outcome.status).toBeGreaterThanOrEqual(400)
          expect(outcome.status).toBeLessThan(500)
        }
      }
    },
  )

  it('members see who comes from other partners, not their email', async () => {
    const outcome = await transport().find(
      viewer('steeringUser'),
      'meeting-registrations',
      { depth: 0 },
      'id email partner { id }',
    )
    expect(outcome.ok).toBe(true)
    if (!outcome.ok) {
      return
    }
    for (const doc of outcome.docs) {
      const partner = Number(typeof doc.partner === 'object' ? doc.partner.id : doc.partner)
      expect(visible(doc.email)).toBe(partner === world.partners.steering.id)
    }
    expect(outcome.docs.some((doc) => visible(doc.email))).toBe(true)
    expect(outcome.docs.some((doc) => !visible(doc.email))).toBe(true)
  })

  it.each(Object.entries(SEES))(
    '%s reads the registrations of the meetings it belongs to',
    async (viewerName, { member }) => {
      const outcome = await transport().find(
        viewer(viewerName as ViewerName),
        'meeting-registrations',
        { depth: 0 },
        'id name meeting { id }',
      )
      expect(outcome.ok).toBe(true)
      if (!outcome.ok) {
        return
      }
      const seen = outcome.docs.map((doc) =>
        nameOf(Number(typeof doc.meeting === 'object' ? doc.meeting.id : doc.meeting)),
      )
      expect(seen.sort()).toEqual([...member].sort())
    },
  )

  describe('registering people', () => {
    const fields = 'id name partner { id } meeting { id }'

    it('a partner user registers its own people for a meeting its tier includes, never for another partner', async () => {
      const outcome = await transport().create(
        viewer('workingUser'),
        'meeting-registrations',
        {
          name: `Kollega (${transportName})`,
          meeting: meetings.working.id,
          partner: world.partners.steering.id,
        },
        fields,
      )
      expect(outcome.ok).toBe(true)
      if (!outcome.ok) {
        return
      }
      const [doc] = outcome.docs
      const partner = typeof doc.partner === 'object' ? doc.partner.id : doc.partner
      expect(Number(partner)).toBe(world.partners.working.id)
      await payload.delete({ id: Number(doc.id), collection: 'meeting-registrations' })
    })

    it('a working-tier user is told in Danish why a steering-group meeting is closed to it, and nothing is written', async () => {
      const before = (await payload.count({ collection: 'meeting-registrations' })).totalDocs
      const outcome = await transport().create(
        viewer('workingUser'),
        'meeting-registrations',
        { name: 'Kollega', meeting: meetings.steering.id },
        fields,
      )
      expect(outcome.ok).toBe(false)
      if (outcome.ok) {
        return
      }
      expect(outcome.status).toBe(403)
      expect(outcome.message).toContain(
        '“Styregruppemøde” er ikke med i jeres partnerniveau (Arbejdsgruppen)',
      )
      expect(outcome.message).toContain('Styregruppen')
      expect((await payload.count({ collection: 'meeting-registrations' })).totalDocs).toBe(before)
    })

    it('anonymous registers nobody', async () => {
      const outcome = await transport().create(
        viewer('anonymous'),
        'meeting-registrations',
        { name: 'Ukendt', meeting: meetings.working.id, partner: world.partners.working.id },
        fields,
      )
      expect(outcome.ok).toBe(false)
      if (!outcome.ok) {
        expect([401, 403]).toContain(outcome.status)
      }
    })

    it('a partner user cannot change another partner’s registration', async () => {
      const { docs } = await payload.find({
        collection: 'meeting-registrations',
        where: { partner: { equals: world.partners.working.id } },
      })
      const outcome = await transport().update(
        viewer('steeringUser'),
        'meeting-registrations',
        docs[0].id,
        { name: 'Overtaget' },
        fields,
      )
      expect(outcome.ok).toBe(false)
      if (!outcome.ok) {
        expect([403, 404]).toContain(outcome.status)
      }
    })
  })
})

describe('meeting materials', () => {
  it('are fetched by URL by the members of the meeting’s kind only', async () => {
    const status = async (url: string, name: ViewerName) => {
      const { token } = viewer(name)
      return (
        await fetch(new URL(url, app.url()), {
          headers: token ? { Authorization: `JWT ${token}` } : {},
        })
      ).status
    }
    expect(await status(materials.steering.url, 'steeringUser')).toBe(200)
    expect(await status(materials.working.url, 'workingUser')).toBe(200)
    expect([403, 404]).toContain(await status(materials.steering.url, 'workingUser'))
    expect([403, 404]).toContain(await status(materials.steering.url, 'anonymous'))
    expect([403, 404]).toContain(await status(materials.working.url, 'anonymous'))
    expect([403, 404]).toContain(await status(materials.conference.url, 'anonymous'))
    expect(await status(materials.conference.url, 'workingUser')).toBe(200)
  })
})

describe('select', () => {
  it('gives a member the members’ fields it selects (the kind they depend on is always read)', async () => {
    const { body } = await app.api(
      `/api/meetings/${meetings.working.id}?select[place]=true&select[agenda]=true`,
      { token: world.viewers.workingUser.token },
    )
    expect(body.place).toBe('Mandag Morgen, Valkendorfsgade 30')
    expect(body.agenda).toBeTruthy()
    const anonymous = await app.api(`/api/meetings/${meetings.working.id}?select[place]=true`)
    expect(anonymous.body).not.toHaveProperty('place')
  })
})

describe('a tier change', () => {
  it('opens and closes the steering-group meetings at once', async () => {
    const kinds = async () => {
      const { body } = await app.api('/api/meetings?depth=0&limit=100', {
        token: world.viewers.workingUser.token,
      })
      return (body.docs as Meeting[]).map((doc) => doc.kind)
    }
    expect(await kinds()).not.toContain('steering')
    await payload.update({
      id: world.partners.working.id,
      collection: 'partners',
      data: { tier: 'steering' },
    })
    try {
      expect(await kinds()).toContain('steering')
    } finally {
      await payload.update({
        id: world.partners.working.id,
        collection: 'partners',
        data: { tier: 'working' },
      })
    }
    expect(await kinds()).not.toContain('steering')
  })
})

describe('bad input', () => {
  const token = () => world.viewers.editor.token
  it.each([
    [{ kind: 'working', title: 'Uden dato' }, 'Angiv hvornår mødet begynder'],
    [{ kind: 'working', plannedMonth: '2011-13', title: 'Forkert måned' }, 'ÅÅÅÅ-MM'],
    [
      {
        endsAt: '2011-08-01T08:00:00.000Z',
        kind: 'working',
        startsAt: '2011-08-01T10:00:00.000Z',
        title: 'Baglæns',
      },
      'kan ikke slutte før det begynder',
    ],
    [{ kind: 'seminar', startsAt: '2011-08-01T10:00:00.000Z', title: 'Ukendt slags' }, ''],
  ])('%j is refused with a 400 in Danish, nothing written', async (data, message) => {
    const before = (await payload.count({ collection: 'meetings' })).totalDocs
    const { body, status } = await app.api('/api/meetings', {
      body: data,
      method: 'POST',
      token: token(),
    })
    expect(status).toBe(400)
    expect(JSON.stringify(body)).toContain(message)
    expect((await payload.count({ collection: 'meetings' })).totalDocs).toBe(before)
  })

  it('the conference seats a partner’s tickets plus its extras, no more (400 saying the limit)', async () => {
    // The working tier has one ticket; the world's partners bought one extra; one is registered already.
    const register = (name: string) =>
      app.api('/api/meeting-registrations', {
        body: { name, meeting: meetings.conference.id },
        method: 'POST',
        token: world.viewers.workingUser.token,
      })
    const second = await register('Anden deltager')
    expect(second.status).toBe(201)
    const third = await register('Tredje deltager')
    expect(third.status).toBe(400)
    expect(JSON.stringify(third.body)).toContain('Højst 2 deltagere (1 billet + 1 ekstra)')
    await payload.delete({ id: second.body.doc.id, collection: 'meeting-registrations' })
  })

  it('registering the same person twice is a 400, not a 500', async () => {
    const data = { name: 'Dobbelt Person', meeting: meetings.working.id }
    const first = await app.api('/api/meeting-registrations', {
      body: data,
      method: 'POST',
      token: world.viewers.workingUser.token,
    })
    expect(first.status).toBe(201)
    const second = await app.api('/api/meeting-registrations', {
      body: data,
      method: 'POST',
      token: world.viewers.workingUser.token,
    })
    expect(second.status).toBe(400)
    await payload.delete({ id: first.body.doc.id, collection: 'meeting-registrations' })
  })
})

describe('the calendar feed', () => {
  const makeLink = async (name: ViewerName) => {
    const { body, status } = await app.api('/api/users/calendar-feed', {
      method: 'POST',
      token: viewer(name).token,
    })
    expect(status).toBe(201)
    return new URL(body.url as string).pathname
  }
  const events = (text: string) =>
    new ICAL.Component(ICAL.parse(text))
      .getAllSubcomponents('vevent')
      .map((event) => new ICAL.Event(event))

  it('lists the meetings a user may attend, with a day, behind a secret URL nobody caches', async () => {
    const path = await makeLink('workingUser')
    const response = await fetch(new URL(path, app.url()))
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toContain('text/calendar')
    expect(response.headers.get('cache-control')).toContain('no-store')
    const found = events(await response.text())
    expect(found.map((event) => event.summary).sort()).toEqual(
      ['Arbejdsmøde 4: Teknologi', 'Velfærdens Innovationsdag 2012'].sort(),
    )
    const working = found.find((event) => event.summary.startsWith('Arbejdsmøde'))!
    expect(working.startDate.toJSDate().toISOString()).toBe(meetings.working.startsAt)
    expect(working.location).toBe('Mandag Morgen, Valkendorfsgade 30')
    expect(working.description).toContain('Dagsorden: velkomst')
    const conference = found.find((event) => event.summary.startsWith('Velfærdens'))!
    expect(conference.component.getFirstPropertyValue('status')).toBe('TENTATIVE')
    expect(conference.startDate.isDate).toBe(true)
    expect(conference.startDate.toString()).toBe('2012-01-25')
    expect(conference.endDate.toString()).toBe('2012-01-26')

    const steering = events(
      await (await fetch(new URL(await makeLink('steeringUser'), app.url()))).text(),
    )
    expect(steering.map((event) => event.summary)).toContain('Styregruppeseminar')
  })

  it('stops working when revoked or made anew; only a logged-in user makes one', async () => {
    const first = await makeLink('workingUser')
    const second = await makeLink('workingUser')
    expect((await fetch(new URL(first, app.url()))).status).toBe(404)
    expect((await fetch(new URL(second, app.url()))).status).toBe(200)
    const revoked = await app.api('/api/users/calendar-feed', {
      method: 'DELETE',
      token: world.viewers.workingUser.token,
    })
    expect(revoked.status).toBe(200)
    const gone = await app.api(second)
    expect(gone.status).toBe(404)
    expect(JSON.stringify(gone.body)).toContain('Kalenderlinket findes ikke')
    expect((await app.api('/api/users/calendar-feed', { method: 'POST' })).status).toBe(401)
  })

  it('is not made for a preview key (403 saying why)', async () => {
    const { body, status } = await app.api('/api/users/calendar-feed', {
      headers: {
        Authorization: (await previewAccount(app, world.viewers.admin.token!)).authorization,
      },
      method: 'POST',
    })
    expect(status).toBe(403)
    expect(JSON.stringify(body)).toContain('forhåndsvisningsnøgle')
  })

  it('never shows the key’s hash in an answer', async () => {
    await makeLink('steeringUser')
    const { body } = await app.api('/api/users/me', { token: world.viewers.steeringUser.token })
    expect(body.user.calendarFeedCreatedAt).toBeTruthy()
    expect(body.user).not.toHaveProperty('calendarFeedKey')
  })
})
