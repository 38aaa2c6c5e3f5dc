import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { generateDemo } from '../../seed/demo'
import { seed } from '../../seed/seed'
import { startApp, type TestApp } from '../helpers/testApp'

let app: TestApp
let payload: Payload
const quiet = { log: () => {}, reset: false, resetUsers: false, users: true }

beforeAll(async () => {
  app = await startApp()
  payload = await app.payload()
})
afterAll(() => app?.stop())

describe('npm run seed', () => {
  it('fills an empty database with the project’s own content, in Danish', async () => {
    expect((await seed(payload, quiet)).length).toBeGreaterThan(30)
    const count = async (collection: 'cases' | 'dilemmas' | 'models' | 'principles' | 'themes') =>
      (await payload.count({ collection, draft: true } as never)).totalDocs
    expect([
      await count('themes'),
      await count('principles'),
      await count('cases'),
      await count('dilemmas'),
      await count('models'),
    ]).toEqual([11, 12, 3, 2, 3])

    const fredericia = await app.api(
      '/api/cases?where[slug][equals]=rehabilitering-i-fredericia-kommune',
    )
    expect(fredericia.body.docs[0]).toMatchObject({
      organisation: 'Fredericia Kommune',
      results: { economy: { figure: 15, unit: 'mio. kr. om året' } },
    })
    const principle = await app.graphql(
      '{ Principles(where: { number: { equals: 11 } }) { docs { title text } } }',
    )
    expect(principle.body.data.Principles.docs[0].title).toBe('Mål på tre bundlinjer')

    const { body } = await app.graphql(`{
      Cases(sort: "title") { docs { title organisation themes { title } } }
      Principles { totalDocs }
      Themes(where: { kind: { equals: meeting } }, sort: "meetingNumber") { docs { title meetingDate } }
      Dilemmas(sort: "title") { docs { title discussedAt { title } perspectives { position } } }
    }`)
    expect(body.data.Cases.docs.map((kase: { organisation: string }) => kase.organisation)).toEqual(
      ['Kulturhuset i Skanderborg', 'Fredericia Kommune', 'Region Nordjylland'],
    )
    expect(body.data.Cases.docs[2].themes.map((theme: { title: string }) => theme.title)).toEqual([
      'Teknologi',
      'Teknologierne',
    ])
    expect(body.data.Principles.totalDocs).toBe(12)
    expect(body.data.Themes.docs.map((theme: { title: string }) => theme.title)).toEqual([
      'Fagområder og ydelser',
      'Normal- og specialgruppen',
      'Medarbejderen og den aktive borger',
      'Teknologi',
      'Samarbejde med andre',
    ])
    expect(body.data.Dilemmas.docs[1]).toMatchObject({
      discussedAt: { title: 'Medarbejderen og den aktive borger' },
      title: 'Fru Pedersens strømper',
    })
  })

  it('keeps draft models from the public and shows the published cases, dilemmas and newsletter', async () => {
    expect((await app.api('/api/models')).body.docs).toEqual([])
    expect((await app.api('/api/cases')).body.totalDocs).toBe(3)
    expect((await app.api('/api/dilemmas')).body.totalDocs).toBe(2)
    const { docs } = (await app.api('/api/newsletters')).body
    const html = await (
      await fetch(new URL(`/api/newsletters/${docs[0].id}/html`, app.url()))
    ).text()
    expect(html).toContain('Den aktive borger går i gang')
  })

  it('gives the demo partners their tiers and logos, and the steering partner its mention', async () => {
    const { body } = await app.api('/api/partners?sort=name')
    expect(
      body.docs.map((partner: { name: string; tier: string }) => [partner.name, partner.tier]),
    ).toEqual([
      ['Demo Kommune', 'steering'],
      ['Demo Region', 'working'],
    ])
    expect(body.docs[0].logo).toMatchObject({ mimeType: 'image/png' })
    expect(body.docs[1].logo).toBeUndefined()
    const token = await app.login('styregruppe@demo.example', 'demo-styregruppe-2011')
    expect((await app.api('/api/users/me', { token })).body.user.roles).toEqual(['partner'])
  })

  it('changes nothing when run again, and --reset empties content but keeps the users', async () => {
    expect(await seed(payload, quiet)).toEqual([])
    await seed(payload, { ...quiet, reset: true, users: false })
    expect((await payload.count({ collection: 'users' })).totalDocs).toBe(5)
    expect((await payload.count({ collection: 'cases' })).totalDocs).toBe(3)
  })
})

describe('npm run seed -- --demo N', () => {
  it('adds N readable cases with partners, themes and comments, and only what is missing on a rerun', async () => {
    await generateDemo(payload, 120, () => {})
    await generateDemo(payload, 150, () => {})
    const { body } = await app.api(
      '/api/cases?where[slug][like]=demo-case-&limit=1&sort=slug&depth=1',
    )
    expect(body.totalDocs).toBe(150)
    expect(body.docs[0]).toMatchObject({
      _status: 'published',
      partner: { name: expect.stringMatching(/^Demo Partner/) },
      title: 'Demo-case 1',
    })
    expect(body.docs[0].themes).toHaveLength(1)
    const gql = await app.graphql(
      '{ Comments(limit: 1) { totalDocs docs { target { value { ... on Case { slug } } } } } }',
    )
    expect(gql.body.data.Comments.totalDocs).toBe(75)
    expect(gql.body.data.Comments.docs[0].target.value.slug).toMatch(/^demo-case-/)
  })
})
