import type { Browser, Page } from 'playwright-core'

import { writeFile } from 'node:fs/promises'
import path from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'

import { projectRoot } from '../../src/runtime/settings'
import { launchBrowser } from '../helpers/browser'
import { png } from '../helpers/content'
import { startApp, type TestApp } from '../helpers/testApp'
import { PASSWORD } from '../helpers/users'

let app: TestApp
let browser: Browser
let page: Page

beforeAll(async () => {
  ;[app, browser] = await Promise.all([startApp(), launchBrowser()])
  const context = await browser.newContext({ locale: 'da-DK' })
  page = await context.newPage()
  page.setDefaultTimeout(30_000)
})
afterAll(async () => {
  // Whatever the outcome, the last page is kept for whoever reads the failure.
  await page?.screenshot({ fullPage: true, path: path.join(projectRoot, 'test-results', 'admin-last-page.png') })
  await browser?.close()
  await app?.stop()
})

it('creates the first user, logs in and shows the dashboard in Danish', async () => {
  await page.goto(new URL('/admin', app.url()).toString())
  await page.waitForURL('**/admin/create-first-user')
  await page.fill('#field-email', 'redaktion@example.dk')
  await page.fill('#field-password', PASSWORD)
  await page.fill('#field-confirm-password', PASSWORD)
  await page.click('button[type="submit"]')
  await page.waitForURL((url) => url.pathname === '/admin')

  await page.goto(new URL('/admin/logout', app.url()).toString())
  await page.waitForURL('**/admin/login**')
  await page.fill('#field-email', 'redaktion@example.dk')
  await page.fill('#field-password', PASSWORD)
  await page.click('button[type="submit"]')
  await page.waitForURL((url) => url.pathname === '/admin')

  await page.getByRole('heading', { name: 'Brugere' }).first().waitFor({ state: 'visible' })
  await page.screenshot({ fullPage: true, path: path.join(projectRoot, 'test-results', 'admin-dashboard.png') })

  const { docs } = await (await app.payload()).find({ collection: 'users' })
  expect(docs.map(({ email, roles }) => ({ email, roles }))).toEqual([
    { email: 'redaktion@example.dk', roles: ['admin'] },
  ])
})

/**
 * A partner (from `partnerData`) with one user, logged in to the admin in a browser context of its own.
 * An administrator is made first when there is none, so the partner user does not become the first user.
 */
const partnerSession = async (partnerData: Record<string, unknown>, email: string) => {
  const payload = await app.payload()
  if ((await payload.count({ collection: 'users' })).totalDocs === 0) {
    await payload.create({ collection: 'users', data: { email: 'admin@demo.example', password: PASSWORD, roles: ['admin'] } })
  }
  const partner = await payload.create({ collection: 'partners', data: { status: 'active', ...partnerData } as never })
  await payload.create({ collection: 'users', data: { email, partner: partner.id, password: PASSWORD, roles: ['partner'] } })
  const context = await browser.newContext({ locale: 'da-DK' })
  const partnerPage = await context.newPage()
  partnerPage.setDefaultTimeout(30_000)
  await partnerPage.goto(new URL('/admin/login', app.url()).toString())
  await partnerPage.fill('#field-email', email)
  await partnerPage.fill('#field-password', PASSWORD)
  await partnerPage.click('button[type="submit"]')
  await partnerPage.waitForURL((url) => url.pathname === '/admin')
  return { context, partner, partnerPage, payload }
}

it('shows a partner user its partner’s entitlements', async () => {
  const { context, partner, partnerPage } = await partnerSession(
    { name: 'Demo Kommune', slug: 'demo-kommune', ticketsExtra: 2, tier: 'steering' },
    'partner@demo.example',
  )
  try {
    await partnerPage.goto(new URL(`/admin/collections/partners/${partner.id}`, app.url()).toString())
    await partnerPage.getByText('Blog på projektets website').waitFor({ state: 'visible' })
    await partnerPage.getByText('Billetter inkl. ekstra').waitFor({ state: 'visible' })
  } finally {
    await partnerPage.screenshot({ fullPage: true, path: path.join(projectRoot, 'test-results', 'partner-entitlements.png') })
    await context.close()
  }
})

it('lets a partner user write a case with an image and submit it; an editor publishes it; the public reads it', async () => {
  const { context, partner, partnerPage, payload } = await partnerSession(
    { name: 'Case Kommune', slug: 'case-kommune', tier: 'steering' },
    'case@kommune.example',
  )
  const image = path.join(projectRoot, 'test-results', 'case-photo.png')
  await writeFile(image, await png(640, 480))
  try {
    // Only what concerns the partner: its cases, not the editors' catalogue.
    await partnerPage.locator('nav a[href="/admin/collections/cases"]').first().waitFor({ state: 'visible' })
    expect(await partnerPage.locator('nav a[href="/admin/collections/models"]').count()).toBe(0)

    await partnerPage.goto(new URL('/admin/collections/cases/create', app.url()).toString())
    await partnerPage.fill('#field-title', 'Naboer hjælper naboer')
    await partnerPage.locator('#field-images').getByRole('button', { name: 'Opret ny' }).click()
    const drawer = partnerPage.locator('.drawer__content').last()
    await drawer.locator('input[type="file"]').setInputFiles(image)
    await drawer.locator('#field-alt').fill('Naboer i gården')
    await drawer.getByRole('button', { name: 'Gem' }).click()
    await partnerPage.getByText('case-photo').first().waitFor({ state: 'visible' })

    await partnerPage.locator('#field-reviewStatus').click()
    await partnerPage.getByText('Indsendt til redaktionen', { exact: true }).click()
    await partnerPage.locator('#action-save-draft').click()
    await partnerPage.waitForURL(/\/admin\/collections\/cases\/\d+/)
    // Saved, the draft offers the partner no Publish button: editors publish.
    await partnerPage.locator('#action-save-draft').waitFor({ state: 'visible' })
    expect(await partnerPage.locator('#action-save').count()).toBe(0)
    const [submitted] = (await payload.find({ collection: 'cases', draft: true, where: { title: { equals: 'Naboer hjælper naboer' } } })).docs
    expect(submitted).toMatchObject({ _status: 'draft', partner: { id: partner.id }, reviewStatus: 'submitted' })
    expect(submitted.images).toHaveLength(1)

    // The editor (logged in on the main page) publishes it from the review queue on the dashboard.
    await page.goto(new URL('/admin', app.url()).toString())
    await page.getByRole('link', { name: 'Naboer hjælper naboer' }).click()
    await page.waitForURL(`**/admin/collections/cases/${submitted.id}`)
    await page.locator('#action-save').click()
    await page.getByText(/udgivet|Published/i).first().waitFor({ state: 'visible' })

    const { body } = await app.graphql(`{ Cases(where: { title: { equals: "Naboer hjælper naboer" } }) { docs { title reviewStatus partner { name } images { alt url } } } }`)
    expect(body.data.Cases.docs).toEqual([
      {
        images: [{ alt: 'Naboer i gården', url: expect.stringMatching(/case-photo.*\.png$/) }],
        partner: { name: 'Case Kommune' },
        reviewStatus: 'published',
        title: 'Naboer hjælper naboer',
      },
    ])
  } finally {
    await partnerPage.screenshot({ fullPage: true, path: path.join(projectRoot, 'test-results', 'partner-case.png') })
    await context.close()
  }
})
