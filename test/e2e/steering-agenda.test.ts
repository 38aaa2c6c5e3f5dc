/**
 * The steering group's say in Chromium: a steering partner (Demo Kommune) finds "Forslag" and
 * "Anbefalinger" in its navigation, proposes a theme, supports another steering partner's proposal
 * and withdraws the support, and endorses a recommendation draft with a note; a working partner
 * (Demo Region) is told in Danish why proposals are closed to it; an editor declines a proposal
 * with a note. Each screen also in English, screenshots in `test-results/agenda-*`.
 */
import type { Page } from 'playwright-core'

import { beforeAll, describe, expect, it } from 'vitest'

import {
  expectDanish,
  expectStatus,
  expectToast,
  formReady,
  idBySlug,
  type Journey,
  journeyPerFile,
  loginAs,
  save,
  shot,
} from '../helpers/adminJourney'
import { create, richText } from '../helpers/content'

let journey: Journey
let otherProposal: number
let recommendation: number
let demoKommune: number

journeyPerFile((context) => (journey = context))

type Login = Parameters<typeof loginAs>[1]

/**
 * Opens an admin page and waits for it to load (the steps then wait for what they look for). Not
 * `visit`'s network idle: a partner user's list asks Payload's `limit=250` for the partner names in
 * its cells, which the project's page bounds refuse (400), and that unread answer keeps the
 * network busy for Chromium.
 */
const open = (page: Page, pathname: string) =>
  page.goto(new URL(pathname, journey.app.url()).toString(), { waitUntil: 'load' })

/** Logged in, with patience for a machine busy with other servers (pages wait for the network to settle). */
const as = async (email: Login, language: 'da' | 'en' = 'da'): Promise<Page> => {
  const page = await loginAs(journey, email, language)
  page.setDefaultTimeout(90_000)
  return page
}

beforeAll(async () => {
  const { payload } = journey
  demoKommune = await idBySlug(journey, 'partners', 'demo-kommune')
  // A second steering partner, whose proposal Demo Kommune supports.
  const other = await create(payload, 'partners', {
    name: 'Nabo Kommune',
    status: 'active',
    tier: 'steering',
  })
  otherProposal = (
    await create(payload, 'proposals', {
      description: 'Hvordan får frivillige og kommunen til at arbejde sammen om de ældre?',
      kind: 'problem',
      partner: other.id,
      title: 'Frivillige og hjemmeplejen',
    })
  ).id
  recommendation = (
    await create(payload, 'recommendations', {
      _status: 'draft',
      body: richText('Kommunerne bør sætte borgernes egne mål først.'),
      summary: 'Borgernes egne mål først.',
      title: 'Borgernes mål først',
    })
  ).id
})

const supports = async () =>
  (
    await journey.payload.find({
      collection: 'proposal-supports',
      depth: 0,
      where: { proposal: { equals: otherProposal } },
    })
  ).docs.map((support) => support.partner)

describe('a steering partner in Danish', () => {
  let page: Page
  beforeAll(async () => {
    page = await as('styregruppe@demo.example')
  })

  it('finds Forslag and Anbefalinger in its navigation, and the other partners’ proposals', async () => {
    const nav = page.locator('nav')
    await nav.getByRole('link', { name: 'Forslag', exact: true }).waitFor()
    await nav.getByRole('link', { name: 'Anbefalinger', exact: true }).waitFor()
    await open(page, '/admin/collections/proposals')
    await page.getByRole('link', { name: 'Frivillige og hjemmeplejen' }).waitFor()
    await expectDanish(page)
    await shot(page, 'agenda-steering-proposals-da')
  })

  it('proposes a theme, as its own partner', async () => {
    await open(page, '/admin/collections/proposals/create')
    await formReady(page)
    await page.fill('#field-title', 'Velfærdsteknologi i eget hjem')
    await page.fill(
      '#field-description',
      'Et tema om teknologi, der lader borgerne klare sig selv.',
    )
    // The owner is shown, not offered; a theme is what the form starts with.
    await page.locator('#field-partner').getByText('Demo Kommune').waitFor()
    await page.locator('#field-kind').getByText('Et tema').waitFor()
    await expectDanish(page)
    await expectStatus(await save(page), 201)
    await expectToast(page, /oprettet/)
    await shot(page, 'agenda-steering-proposal-created-da')
    const { docs } = await journey.payload.find({
      collection: 'proposals',
      depth: 0,
      where: { title: { equals: 'Velfærdsteknologi i eget hjem' } },
    })
    expect(docs.map((doc) => [doc.kind, doc.partner])).toEqual([['theme', demoKommune]])
  })

  it('supports another partner’s proposal with one button, and can withdraw it', async () => {
    await open(page, `/admin/collections/proposals/${otherProposal}`)
    const box = page.locator('.partner-backing')
    await box.getByText('Ingen partnere støtter forslaget endnu.').waitFor()
    await box.getByRole('button', { name: 'Støt forslaget' }).click()
    await box.getByText('I støtter forslaget.').waitFor()
    await box.getByText('Støttet af: Demo Kommune').waitFor()
    expect(await supports()).toEqual([demoKommune])
    await expectDanish(page)
    await shot(page, 'agenda-steering-supported-da')

    await box.getByRole('button', { name: 'Træk jeres støtte tilbage' }).click()
    await box.getByRole('button', { name: 'Støt forslaget' }).waitFor()
    expect(await supports()).toEqual([])
    await box.getByRole('button', { name: 'Støt forslaget' }).click()
    await box.getByText('I støtter forslaget.').waitFor()
    expect(await supports()).toEqual([demoKommune])
  })

  it('endorses a recommendation draft with a note', async () => {
    await open(page, `/admin/collections/recommendations/${recommendation}`)
    const box = page.locator('.partner-backing')
    await box.getByText('Ingen partnere har tilsluttet sig endnu.').waitFor()
    await box.locator('textarea').fill('Vi bakker op; afsnit 2 kan gerne blive kortere.')
    await box.getByRole('button', { name: 'Tilslut jer anbefalingen' }).click()
    await box.getByText('I har tilsluttet jer anbefalingen.').waitFor()
    await expectDanish(page)
    await shot(page, 'agenda-steering-endorsed-da')
    const { docs } = await journey.payload.find({
      collection: 'endorsements',
      depth: 0,
      where: { recommendation: { equals: recommendation } },
    })
    expect(docs.map((doc) => [doc.partner, doc.note])).toEqual([
      [demoKommune, 'Vi bakker op; afsnit 2 kan gerne blive kortere.'],
    ])
  })
})

describe('a working partner in Danish', () => {
  it('is told why proposals are closed to it, and reads only published recommendations', async () => {
    const page = await as('arbejdsgruppe@demo.example')
    await open(page, '/admin/collections/proposals')
    await page
      .getByText(
        'Jeres partnerniveau giver ikke retten “Vælge cases, temaer og problemstillinger og give fælles anbefalinger”. Den følger med Styregruppen.',
      )
      .waitFor()
    expect(await page.getByText('Frivillige og hjemmeplejen').count()).toBe(0)
    expect(await page.getByRole('link', { name: /Opret ny/ }).count()).toBe(0)
    await expectDanish(page)
    await shot(page, 'agenda-working-proposals-da')

    await open(page, '/admin/collections/recommendations')
    await page.getByText('Her kan I læse de udgivne anbefalinger.').waitFor()
    expect(await page.getByText('Borgernes mål først').count()).toBe(0)
    await expectDanish(page)
    await shot(page, 'agenda-working-recommendations-da')
  })
})

describe('an editor in Danish', () => {
  it('sees the proposals with their support, and declines one with a note', async () => {
    const page = await as('redaktion@demo.example')
    await open(page, `/admin/collections/proposals/${otherProposal}`)
    await formReady(page)
    await page.locator('#field-supports').getByText('Demo Kommune').waitFor()
    await page.locator('#field-decision').click()
    await page.locator('.rs__option', { hasText: 'Afvist' }).click()
    await page.fill('#field-decisionNote', 'Tages op på arbejdsmødet om frivillighed.')
    await expectStatus(await save(page))
    await expectToast(page, 'Opdateret')
    await expectDanish(page)
    await shot(page, 'agenda-editor-proposal-da')
    const stored = await journey.payload.findByID({ id: otherProposal, collection: 'proposals' })
    expect([stored.decision, stored.decisionNote]).toEqual([
      'declined',
      'Tages op på arbejdsmødet om frivillighed.',
    ])

    await open(page, `/admin/collections/recommendations/${recommendation}`)
    await page.locator('#field-endorsements').getByText('Demo Kommune').waitFor()
    await shot(page, 'agenda-editor-recommendation-da')
  })
})

describe('the same screens in English', () => {
  it('for a steering partner, a working partner and an editor', async () => {
    const steering = await as('styregruppe@demo.example', 'en')
    await steering.locator('nav').getByRole('link', { name: 'Proposals', exact: true }).waitFor()
    await open(steering, `/admin/collections/proposals/${otherProposal}`)
    await steering.getByText('You support the proposal.').waitFor()
    await shot(steering, 'agenda-steering-supported-en')
    await open(steering, `/admin/collections/recommendations/${recommendation}`)
    await steering.getByText('You endorse the recommendation.').waitFor()
    await shot(steering, 'agenda-steering-endorsed-en')

    const working = await as('arbejdsgruppe@demo.example', 'en')
    await open(working, '/admin/collections/proposals')
    await working
      .getByText(
        'Your partner tier does not include “Choose cases, themes and problems; joint recommendations”.',
      )
      .waitFor()
    await shot(working, 'agenda-working-proposals-en')

    const editor = await as('redaktion@demo.example', 'en')
    await open(editor, '/admin/collections/proposals')
    await editor.getByText('Declined').first().waitFor()
    await editor.getByText('Nabo Kommune').first().waitFor()
    await shot(editor, 'agenda-editor-proposals-en')
  })
})
