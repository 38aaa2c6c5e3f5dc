/**
 * The steering partner's journey (Demo Kommune, `styregruppe@demo.example`) in Chromium, in Danish:
 * its own page with website, logo and presentation; editing and saving it; a new logo uploaded
 * from the page; a case with results and an image handed to the editors in one action; the
 * editors' message when it comes back; a blog post; reading a dilemma and commenting on it.
 */
import type { Page } from 'playwright-core'

import { writeFile } from 'node:fs/promises'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'

import { projectRoot } from '../../src/runtime/settings'
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
  visit,
} from '../helpers/adminJourney'
import { png } from '../helpers/content'

let journey: Journey
let page: Page
let partnerId: number

journeyPerFile((context) => (journey = context))

beforeAll(async () => {
  page = await loginAs(journey, 'styregruppe@demo.example')
  partnerId = await idBySlug(journey, 'partners', 'demo-kommune')
})

const file = async (name: string, width = 800, height = 300) => {
  const location = path.join(projectRoot, 'test-results', name)
  await writeFile(location, await png(width, height))
  return location
}

describe('a steering partner in the admin', () => {
  it('sees its dashboard and its own page with website, logo and presentation, in Danish', async () => {
    await page.getByRole('heading', { name: 'Partnere' }).first().waitFor()
    await expectDanish(page)
    await shot(page, 'steering-dashboard')

    await visit(page, journey.app, `/admin/collections/partners/${partnerId}`)
    await expect
      .poll(() => page.locator('#field-website').inputValue())
      .toBe('https://demo-kommune.example')
    await page.getByText('demo-kommune.png').first().waitFor()
    await page.locator('[data-field-path="presentation"] [contenteditable="true"]').waitFor()
    await page.getByText('Det giver jeres partnerskab').waitFor()
    await expectDanish(page)
    await shot(page, 'steering-partner-page')
  })

  it('edits its presentation and contacts, saves, and finds them after a reload', async () => {
    await page.locator('[data-field-path="presentation"] [contenteditable="true"]').click()
    await page.keyboard.type('Demo Kommune arbejder med aktive borgere i hele kommunen.')
    await page.getByText('Tilføj Kontaktperson').click()
    await page.locator('#field-contacts__0__name').fill('Karen Kontakt')
    await page.locator('#field-contacts__0__email').fill('karen@demo-kommune.example')
    await expectStatus(await save(page))
    await expectToast(page, 'Opdateret')

    await page.reload()
    await formReady(page)
    await page.getByText('Demo Kommune arbejder med aktive borgere i hele kommunen.').waitFor()
    await expect
      .poll(() => page.locator('#field-contacts__0__name').inputValue())
      .toBe('Karen Kontakt')
    await expectDanish(page)
    await shot(page, 'steering-partner-saved')
  })

  it('uploads a new logo from its page; the logo is its own and attached', async () => {
    const logo = await file('demo-kommune-nyt-logo.png')
    await page.locator('#field-logo .upload-relationship-details__remove').click()
    await page.locator('#field-logo').getByRole('button', { name: 'Opret ny' }).click()
    const drawer = page.locator('.drawer__content').last()
    await drawer.locator('input[type="file"]').setInputFiles(logo)
    await drawer.locator('#field-alt').fill('Demo Kommunes nye logo')
    // The owner is shown, not offered.
    await drawer.getByText('Demo Kommune').first().waitFor()
    await expectDanish(page)
    await shot(page, 'steering-logo-drawer')
    await drawer.getByRole('button', { name: 'Gem' }).click()
    await page.locator('#field-logo').getByText('demo-kommune-nyt-logo').waitFor()
    await expectStatus(await save(page))
    await expectToast(page, 'Opdateret')

    const stored = await journey.payload.findByID({
      id: partnerId,
      collection: 'partners',
      depth: 1,
    })
    expect(stored.logo).toMatchObject({ alt: 'Demo Kommunes nye logo', partner: partnerId })
  })

  it('writes a case with results and an image, and hands it to the editors in one action', async () => {
    await visit(page, journey.app, '/admin/collections/cases/create')
    await page.fill('#field-title', 'Borgerne passer selv pladsen')
    await page.fill('#field-summary', 'Beboerne i Demo Kommune passer selv det grønne område.')
    // The owner is shown, not offered.
    await page.locator('#field-partner').getByText('Demo Kommune').waitFor()
    await page.locator('#field-images').getByRole('button', { name: 'Opret ny' }).click()
    const drawer = page.locator('.drawer__content').last()
    await drawer.locator('input[type="file"]').setInputFiles(await file('pladsen.png', 640, 480))
    await drawer.locator('#field-alt').fill('Beboere på pladsen')
    await drawer.getByRole('button', { name: 'Gem' }).click()
    await page.locator('#field-images').getByText('pladsen').first().waitFor()
    await page.locator('.tabs-field__tab-button', { hasText: 'Resultater' }).click()
    await page.fill('#field-results__individual__text', 'Beboerne mødes oftere.')
    await page.fill('#field-results__economy__figure', '2,5')
    await page.fill('#field-results__economy__unit', 'mio. kr. om året')
    await expectDanish(page)
    await page.locator('#action-submit-for-review').click()
    await expectToast(page, 'Sendt til redaktionen')
    // One confirmation, saying it was handed in (not Payload's "Case oprettet").
    expect(await page.locator('.payload-toast-container').getByText('oprettet').count()).toBe(0)
    await page.locator('#action-submit-for-review').getByText('Sendt til redaktionen').waitFor()
    await expect.poll(() => page.locator('#action-submit-for-review').isDisabled()).toBe(true)
    await expectDanish(page)
    await shot(page, 'steering-case-submitted')

    const { docs } = await journey.payload.find({
      collection: 'cases',
      draft: true,
      where: { title: { equals: 'Borgerne passer selv pladsen' } },
    })
    expect(docs[0]).toMatchObject({
      _status: 'draft',
      partner: { id: partnerId },
      results: {
        economy: { figure: 2.5, unit: 'mio. kr. om året' },
        individual: { text: 'Beboerne mødes oftere.' },
      },
      reviewStatus: 'submitted',
    })
    expect(docs[0].images).toHaveLength(1)
  })

  it('sees the editors’ message on its dashboard when the case comes back', async () => {
    const { docs } = await journey.payload.find({
      collection: 'cases',
      draft: true,
      where: { title: { equals: 'Borgerne passer selv pladsen' } },
    })
    const editor = await journey.app.login('redaktion@demo.example', 'demo-redaktion-2011')
    const returned = await journey.app.api(`/api/cases/${docs[0].id}?draft=true`, {
      body: {
        reviewMessage: 'Tilføj gerne, hvor mange beboere der er med.',
        reviewStatus: 'returned',
      },
      method: 'PATCH',
      token: editor,
    })
    expect(returned.status).toBe(200)
    await visit(page, journey.app, '/admin')
    await page.getByText('Jeres indhold under arbejde').waitFor()
    await page.getByText('Tilføj gerne, hvor mange beboere der er med.').waitFor()
    await page.getByText('Sendt tilbage').first().waitFor()
    await expectDanish(page)
    await shot(page, 'steering-dashboard-returned')
    // And on the case itself, beside the form.
    await page.getByRole('link', { name: 'Borgerne passer selv pladsen' }).click()
    await expect
      .poll(() => page.locator('#field-reviewMessage').inputValue())
      .toBe('Tilføj gerne, hvor mange beboere der er med.')
  })

  it('writes a blog post and hands it in', async () => {
    await visit(page, journey.app, '/admin/collections/posts/create')
    await page.fill('#field-title', 'Hvad vi lærte af pladsen')
    await page.fill('#field-summary', 'Tre ting, vi tager med.')
    await page.locator('#field-partner').getByText('Demo Kommune').waitFor()
    await page.locator('#action-submit-for-review').click()
    await expectToast(page, 'Sendt til redaktionen')
    await expectDanish(page)
    await shot(page, 'steering-post-submitted')
    const { docs } = await journey.payload.find({
      collection: 'posts',
      draft: true,
      where: { title: { equals: 'Hvad vi lærte af pladsen' } },
    })
    expect(docs[0]).toMatchObject({
      author: { email: 'styregruppe@demo.example' },
      partner: { id: partnerId },
      reviewStatus: 'submitted',
    })
  })

  it('reads a published dilemma and comments on it; the public sees its name and organisation', async () => {
    await visit(page, journey.app, '/admin/collections/dilemmas')
    await page.getByRole('link', { name: 'Fru Pedersens strømper' }).first().click()
    await page.waitForURL(/\/admin\/collections\/dilemmas\/\d+/)
    await page.getByText('Fru Pedersens strømper').first().waitFor()
    // Read, not edit: no save button.
    expect(await page.locator('#action-save').count()).toBe(0)
    await expectDanish(page)
    await shot(page, 'steering-dilemma')

    await visit(page, journey.app, '/admin/collections/comments/create')
    await page.fill(
      '#field-body',
      'Vi har prøvet det i Demo Kommune: det virker, når borgeren selv vælger.',
    )
    await page.locator('#field-target').click()
    await page.locator('.rs__menu').getByText('Fru Pedersens strømper').click()
    await page.locator('#action-save').click()
    await expectToast(page, /oprettet/i)
    await expectDanish(page)
    await shot(page, 'steering-comment')

    const { body } = await journey.app.api(
      '/api/comments?where[authorOrganisation][equals]=Demo%20Kommune&depth=0',
    )
    expect(
      body.docs.map(({ authorName, authorOrganisation, body: text }: Record<string, string>) => ({
        authorName,
        authorOrganisation,
        text,
      })),
    ).toEqual([
      {
        authorName: 'Demo Styregruppe',
        authorOrganisation: 'Demo Kommune',
        text: 'Vi har prøvet det i Demo Kommune: det virker, når borgeren selv vælger.',
      },
    ])
    expect(JSON.stringify(body)).not.toContain('@demo.example')
  })
})
