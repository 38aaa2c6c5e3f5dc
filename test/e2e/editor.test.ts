/**
 * The editor's journey (`redaktion@demo.example`) in Chromium, in Danish: a model published with
 * its examples and checklist; a newsletter dated the Danish way, previewed as the email with the
 * steering partner's mention; a partner moved to another tier; a partner user invited and the
 * invitation resent; a submitted case sent back with a message and another published. Then the
 * invitee: the emailed link, a page to choose a first password, and the admin.
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
import { PASSWORD } from '../helpers/users'

let journey: Journey
let page: Page

journeyPerFile((context) => (journey = context))

beforeAll(async () => {
  page = await loginAs(journey, 'redaktion@demo.example')
})

describe('an editor in the admin', () => {
  it('publishes a model with its examples and checklist, in Danish throughout', async () => {
    const id = await idBySlug(journey, 'models', 'rehabilitering-foer-hjaelp')
    const seeded = await journey.payload.findByID({ id, collection: 'models', depth: 0 })
    const points = seeded.checklist?.where?.map(({ item }) => item) ?? []
    await visit(page, journey.app, `/admin/collections/models/${id}`)
    // The new row is added once the form shows every stored row: on a slow machine the page was
    // still rendering them, and the journey typed into a stored row instead of the new one.
    await formReady(page)
    const where = page.locator('#field-checklist__where')
    const rows = where.locator('.array-field__row')
    await expect.poll(() => rows.count()).toBe(points.length)
    const before = points.length
    await where.locator('.array-field__add-row').click()
    // Typed only once the new row stands with its label, as a person would.
    await rows
      .nth(before)
      .getByText(`Punkt ${String(before + 1).padStart(2, '0')}`)
      .waitFor()
    const item = page.locator(`#field-checklist__where__${before}__item`)
    await item.fill('I kommunens hjemmepleje')
    expect(await item.inputValue()).toBe('I kommunens hjemmepleje')
    await expectDanish(page)
    await shot(page, 'editor-model')
    await expectStatus(await save(page))
    await expectToast(page, /Opdateret|offentliggjort/i)
    const stored = await journey.payload.findByID({ id, collection: 'models' })
    expect(stored._status).toBe('published')
    expect(stored.checklist?.where?.map(({ item }) => item)).toEqual([
      ...points,
      'I kommunens hjemmepleje',
    ])
    expect(stored.examples?.length).toBeGreaterThan(0)
  })

  it('sees at a glance which published models the catalogue leaves out, and adds them in one action', async () => {
    // The seed's catalogue holds its three models; a fourth is published since.
    const telekat = (
      await journey.payload.find({ collection: 'cases', where: { slug: { equals: 'telekat' } } })
    ).docs[0]
    const added = await journey.payload.create({
      collection: 'models',
      data: { _status: 'published', examples: [telekat.id], title: 'Borgeren måler selv' } as never,
    })
    await visit(page, journey.app, '/admin/globals/catalog')
    const missing = page.locator('.missing-models')
    await missing.getByText('Udgivne modeller, der ikke er med i kataloget').waitFor()
    await missing.getByRole('link', { name: 'Borgeren måler selv' }).waitFor()
    expect(await missing.getByRole('link').count()).toBe(1)
    await expectDanish(page)
    await shot(page, 'editor-catalogue-missing')
    await page.locator('#action-add-missing-models').click()
    await missing.getByText('Alle udgivne modeller er med i kataloget.').waitFor()
    await expectStatus(await save(page, '#action-save-draft'))
    await expectToast(page, 'Kladde gemt')
    const catalog = await journey.payload.findGlobal({ slug: 'catalog', depth: 0, draft: true })
    expect(catalog.models?.at(-1)).toBe(added.id)
  })

  it('dates a newsletter the Danish way, numbers it, and previews the email with the steering partner’s mention', async () => {
    await visit(page, journey.app, '/admin/collections/newsletters/create')
    await page.fill('#field-title', 'Den aktive borger – september')
    const date = page.locator('#field-date input')
    await date.fill('01.09.2011')
    await date.press('Enter')
    await expectStatus(await save(page), 201)
    await page.waitForURL(/\/admin\/collections\/newsletters\/\d+/)
    await expect.poll(() => date.inputValue()).toBe('01.09.2011')
    await expectDanish(page)
    await shot(page, 'editor-newsletter')
    const id = Number(/newsletters\/(\d+)/.exec(page.url())![1])
    const stored = await journey.payload.findByID({ id, collection: 'newsletters' })
    expect(stored.date.slice(0, 10)).toBe('2011-09-01')
    // The seed's first issue is number 1: this one is the next.
    expect(stored.issue).toBe(2)

    const preview = page.locator('#preview-button')
    await preview.waitFor()
    const [email] = await Promise.all([page.context().waitForEvent('page'), preview.click()])
    await email.waitForLoadState()
    const html = await email.content()
    expect(html).toContain('1. september 2011')
    expect(html).toContain('Nr. 2')
    expect(html).toContain('Partnerne bag Den aktive borger')
    // The steering partner with its logo (its tier grants it), linked to its website; no working partner.
    expect(html).toMatch(
      /<a href="https:\/\/demo-kommune\.example"[^>]*><img src="[^"]+demo-kommune[^"]*" alt="Demo Kommunes logo"/,
    )
    expect(html).not.toContain('Demo Region')
    await email.screenshot({ fullPage: true, path: 'test-results/editor-newsletter-email.png' })
    await email.close()
  })

  it('moves a partner to the steering tier and sees its rights change', async () => {
    const id = await idBySlug(journey, 'partners', 'demo-region')
    await visit(page, journey.app, `/admin/collections/partners/${id}`)
    const blog = () =>
      page
        .locator('.entitlements tr', { hasText: 'Blog på projektets website' })
        .locator('td')
        .nth(1)
        .innerText()
    expect(await blog()).toBe('Nej')
    await page.locator('#field-tier').click()
    await page.locator('.rs__menu').getByText('Styregruppen', { exact: true }).click()
    await expectStatus(await save(page))
    await expectToast(page, 'Opdateret')
    await page.reload()
    await formReady(page)
    await expect.poll(blog).toBe('Ja')
    await expectDanish(page)
    await shot(page, 'editor-tier-changed')
    const { body } = await journey.app.api(`/api/partners/${id}?depth=0`)
    expect(body.logo).toBeDefined()
  })

  it('invites a partner user and resends the invitation from the admin', async () => {
    await visit(page, journey.app, '/admin/collections/invitations/create')
    await page.fill('#field-email', 'ny.bruger@demo-region.example')
    await page.fill('#field-name', 'Nina Ny')
    await page.locator('#field-partner').click()
    await page.locator('.rs__menu').getByText('Demo Region').click()
    await expectStatus(await save(page), 201)
    await page.waitForURL(/\/admin\/collections\/invitations\/\d+/)
    await page.locator('#action-resend-invitation').click()
    await page.getByText('Send invitationen igen?').waitFor()
    await expectDanish(page)
    await shot(page, 'editor-invitation-resend')
    await page
      .locator('.confirmation-modal')
      .getByRole('button', { name: 'Send invitationen igen' })
      .click()
    await expectToast(page, 'Invitationen er sendt igen til ny.bruger@demo-region.example')
    // Two emails: the invitation and the resent one; the first link is dead, the second works.
    await expect
      .poll(() => (journey.app.output().match(/\/admin\/reset\/[0-9a-f]+/g) ?? []).length)
      .toBe(2)
  })

  it('sends a submitted case back with a message, and publishes another', async () => {
    const partner = await journey.app.login('styregruppe@demo.example', 'demo-styregruppe-2011')
    const submit = async (title: string) => {
      const { body } = await journey.app.api('/api/cases?draft=true', {
        body: { reviewStatus: 'submitted', title },
        method: 'POST',
        token: partner,
      })
      return body.doc.id as number
    }
    const back = await submit('Et forsøg med nabohjælp')
    const ready = await submit('Frivillige kører borgere til lægen')

    await visit(page, journey.app, '/admin')
    await page.getByText('Til gennemsyn').waitFor()
    await page.getByRole('link', { name: 'Et forsøg med nabohjælp' }).click()
    await page.waitForURL(`**/admin/collections/cases/${back}`)
    await page.locator('#field-reviewStatus').click()
    await page.locator('.rs__menu').getByText('Sendt tilbage', { exact: true }).click()
    await page.locator('#action-save-draft').click()
    // Without a message it is refused, naming the field by its label.
    await page.getByText('Besked fra redaktionen').first().waitFor()
    await expectToast(page, /Besked fra redaktionen/)
    await page.fill('#field-reviewMessage', 'Skriv gerne, hvor mange der er med.')
    await expectStatus(await save(page, '#action-save-draft'))
    await expectToast(page, 'Kladde gemt')
    await expectDanish(page)
    await shot(page, 'editor-case-returned')
    expect(
      (await journey.payload.findByID({ id: back, collection: 'cases', draft: true })).reviewStatus,
    ).toBe('returned')

    await visit(page, journey.app, `/admin/collections/cases/${ready}`)
    await expectStatus(await save(page))
    await expectToast(page, /Opdateret|offentliggjort/i)
    expect(await journey.payload.findByID({ id: ready, collection: 'cases' })).toMatchObject({
      _status: 'published',
      reviewStatus: 'published',
    })
  })
})

describe('an invitee', () => {
  it('opens the emailed link, chooses a first password on a Danish page, and is in the admin', async () => {
    const links = journey.app.output().match(/\/admin\/reset\/[0-9a-f]+/g) ?? []
    const context = await journey.browser.newContext({
      locale: 'da-DK',
      timezoneId: 'Europe/Copenhagen',
    })
    const invitee = await context.newPage()
    await invitee.goto(new URL(links.at(-1)!, journey.app.url()).toString())
    await invitee.getByRole('heading', { name: 'Vælg adgangskode' }).waitFor()
    await expectDanish(invitee)
    await shot(invitee, 'invitee-choose-password')
    await formReady(invitee)
    await invitee.fill('#field-password', PASSWORD)
    await invitee.fill('#field-confirm-password', PASSWORD)
    await invitee.locator('button[type="submit"]').click()
    await invitee.waitForURL((url) => url.pathname === '/admin')
    await invitee.getByRole('heading', { name: 'Partnere' }).first().waitFor()
    await expectDanish(invitee)
    await shot(invitee, 'invitee-dashboard')
    const invitation = (
      await journey.payload.find({
        collection: 'invitations',
        where: { email: { equals: 'ny.bruger@demo-region.example' } },
      })
    ).docs[0]
    expect(invitation.acceptedAt).toBeTruthy()
    await context.close()
  })
})

describe('an editor and an admin in one document', () => {
  it('meets a colleague in the same document: told who edits it, takes over, and the colleague is told', async () => {
    const id = await idBySlug(journey, 'models', 'rehabilitering-foer-hjaelp')
    await visit(page, journey.app, `/admin/collections/models/${id}`)
    await formReady(page)
    // Payload locks the document on the first change.
    await page.locator('#field-title').fill('Rehabilitering før hjælp (under redigering)')
    const locksOnIt = async () =>
      (
        await journey.payload.find({
          collection: 'payload-locked-documents',
          depth: 0,
          overrideAccess: true,
          pagination: false,
        })
      ).docs.filter(({ document }) => document?.relationTo === 'models' && document.value === id)
        .length
    await expect.poll(locksOnIt).toBe(1)

    const colleague = await loginAs(journey, 'admin@demo.example')
    await visit(colleague, journey.app, `/admin/collections/models/${id}`)
    const locked = colleague.locator('.document-locked')
    await locked.getByText('Dette dokument er låst').waitFor()
    // Who is editing, by login; never the English date Payload writes there (custom.css).
    await locked.getByText('redaktion@demo.example redigerer dokumentet lige nu').waitFor()
    await expectDanish(colleague)
    await shot(colleague, 'editor-document-locked')
    await locked.getByRole('button', { name: 'Overtag' }).click()
    await colleague.locator('#field-title').fill('Rehabilitering før hjælp')

    // The first editor learns it on the next change, before anything of theirs is saved over the colleague's.
    await page.locator('#field-title').fill('Rehabilitering før hjælp (igen)')
    await page.getByText('En anden bruger har overtaget redigeringen af dette dokument').waitFor()
    await page.getByRole('button', { name: 'Tilbage til oversigten' }).waitFor()
    await expectDanish(page)
    await shot(page, 'editor-document-taken-over')
    await colleague.context().close()
  })
})
