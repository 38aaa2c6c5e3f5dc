/**
 * The working partner's journey (Demo Region, `arbejdsgruppe@demo.example`) in Chromium, in Danish:
 * what its tier includes beside what the steering tier adds (from `/api/tiers`); a named attendee
 * within its tickets, and a clear refusal past them; and wherever it cannot act, a reason.
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
  visit,
} from '../helpers/adminJourney'

let journey: Journey
let page: Page
let partnerId: number

journeyPerFile((context) => (journey = context))

beforeAll(async () => {
  page = await loginAs(journey, 'arbejdsgruppe@demo.example')
  partnerId = await idBySlug(journey, 'partners', 'demo-region')
})

/** A row of the entitlements table: the right, then each tier's answer (own tier first). */
const entitlement = async (label: string) =>
  (
    await page.locator('.entitlements tr', { hasText: label }).first().locator('td').allInnerTexts()
  ).map((text) => text.trim())

describe('a working partner in the admin', () => {
  it('sees what its tier includes and what the steering tier adds, in Danish', async () => {
    await visit(page, journey.app, `/admin/collections/partners/${partnerId}`)
    await page.getByText('Det giver jeres partnerskab').waitFor()
    await page.locator('.entitlements th', { hasText: 'Styregruppen' }).waitFor()
    expect(await page.locator('.entitlements th').allInnerTexts()).toEqual([
      '',
      'Jeres niveau',
      'Styregruppen',
    ])
    expect(await entitlement('Blog på projektets website')).toEqual([
      'Blog på projektets website',
      'Nej',
      'Ja',
    ])
    expect(await entitlement('Navn og link på websitet')).toEqual([
      'Navn og link på websitet',
      'Ja',
      'Ja',
    ])
    expect(await entitlement('Billetter til Velfærdens Innovationsdag')).toEqual([
      'Billetter til Velfærdens Innovationsdag',
      '1',
      '5',
    ])
    // No cases of its own: a reason instead of an empty list with a dead "Tilføj ny".
    await page
      .getByText(
        'Jeres partnerniveau giver ikke retten “Fremvise egne cases og sætte dem til debat”',
      )
      .waitFor()
    expect(await page.getByText('Opret ny Case').count()).toBe(0)
    // Logo and presentation stay editable, and it says why they do not show on the website.
    await page.getByText('I kan stadig holde logo og præsentation ajour her').waitFor()
    await expectDanish(page)
    await shot(page, 'working-partner-page')
  })

  it('names an attendee within its tickets; one more is refused with the reason', async () => {
    await formReady(page)
    await page.getByText('Tilføj Deltager').click()
    await page.locator('#field-attendees__0__name').fill('Rasmus Region')
    await expectStatus(await save(page))
    await expectToast(page, 'Opdateret')
    await page.reload()
    await formReady(page)
    await expect
      .poll(() => page.locator('#field-attendees__0__name').inputValue())
      .toBe('Rasmus Region')

    await page.getByText('Tilføj Deltager').click()
    await page.locator('#field-attendees__1__name').fill('Rikke Region')
    await expect
      .poll(() => page.locator('#field-attendees__1__name').inputValue())
      .toBe('Rikke Region')
    // Refused in the browser or by the server, whichever validates first: the reason shows either way.
    // The reason is the field's own error, a tooltip Payload shows while the field is in view. Under
    // load the error can vanish again before it is read, the form re-initialised (seen only when the
    // whole suite runs on two cores; cause not found): the user then saves once more and is told.
    const attendees = page.locator('#field-attendees')
    const reason = attendees.getByText('Højst 1 deltager (1 billet + 0 ekstra)').first()
    for (let attempt = 0; attempt < 3; attempt++) {
      await formReady(page)
      await page.waitForLoadState('networkidle')
      // The form may have been re-initialised (nothing to save): the user types the name again.
      if (await page.locator('#action-save').isDisabled()) {
        await page.locator('#field-attendees__1__name').fill(`Rikke Region ${attempt}`)
      }
      await page.locator('#action-save').click()
      await expectToast(page, /Deltagere/)
      await attendees.scrollIntoViewIfNeeded()
      if (
        await reason.waitFor({ timeout: 10_000 }).then(
          () => true,
          () => false,
        )
      ) {
        break
      }
    }
    await reason.waitFor()
    await expectDanish(page)
    await shot(page, 'working-attendees-refused')
    const stored = await journey.payload.findByID({ id: partnerId, collection: 'partners' })
    expect(stored.attendees?.map(({ name }) => name)).toEqual(['Rasmus Region'])
  })

  it('reads the published cases for the debate, told why it cannot add its own', async () => {
    await visit(page, journey.app, '/admin/collections/cases')
    await page.getByText('Jeres partnerniveau giver ikke retten').waitFor()
    await page.getByText('Telekat').first().waitFor()
    expect(await page.getByRole('link', { name: /Opret ny/ }).count()).toBe(0)
    await expectDanish(page)
    await shot(page, 'working-cases')

    // The blog is listed too, saying which tier has it.
    await visit(page, journey.app, '/admin/collections/posts')
    await page
      .getByText(
        'Jeres partnerniveau giver ikke retten “Blog på projektets website”. Den følger med Styregruppen.',
      )
      .waitFor()
    await expectDanish(page)
    await shot(page, 'working-posts')

    // Typed by hand, the create page says why and what to do, not "Intet fundet".
    await visit(page, journey.app, '/admin/collections/cases/create')
    await page.getByText('Jeres adgang omfatter ikke denne side').waitFor()
    expect(await page.getByText('Intet fundet').count()).toBe(0)
    await expectDanish(page)
    await shot(page, 'working-case-create')
  })

  it('gets a Danish refusal naming the right over the API too', async () => {
    const token = await journey.app.login('arbejdsgruppe@demo.example', 'demo-arbejdsgruppe-2011')
    const { body, status } = await journey.app.api('/api/cases', {
      body: { title: 'Forsøg' },
      method: 'POST',
      token,
    })
    expect(status).toBe(403)
    expect(body.errors[0].message).toContain(
      'Jeres partnerniveau giver ikke retten “Fremvise egne cases og sætte dem til debat” (showcase)',
    )
    const english = await journey.app.api('/api/cases', {
      body: { title: 'Attempt' },
      headers: { 'Accept-Language': 'en' },
      method: 'POST',
      token,
    })
    expect(english.body.errors[0].message).toContain(
      "Your partner's tier does not include the right “Show own cases and put them up for debate” (showcase)",
    )
  })
})
