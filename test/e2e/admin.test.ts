import type { Browser, Page } from 'playwright-core'

import path from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'

import { projectRoot } from '../../src/runtime/settings'
import { formReady } from '../helpers/adminJourney'
import { launchBrowser } from '../helpers/browser'
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
  await page?.screenshot({
    fullPage: true,
    path: path.join(projectRoot, 'test-results', 'admin-last-page.png'),
  })
  await browser?.close()
  await app?.stop()
})

it('creates the first user, logs in and shows the dashboard in Danish', async () => {
  await page.goto(new URL('/admin', app.url()).toString())
  await page.waitForURL('**/admin/create-first-user')
  await formReady(page)
  await page.fill('#field-email', 'redaktion@example.dk')
  await page.fill('#field-password', PASSWORD)
  await page.fill('#field-confirm-password', PASSWORD)
  await page.click('button[type="submit"]')
  await page.waitForURL((url) => url.pathname === '/admin')

  await page.goto(new URL('/admin/logout', app.url()).toString())
  await page.waitForURL('**/admin/login**')
  await formReady(page)
  await page.fill('#field-email', 'redaktion@example.dk')
  await page.fill('#field-password', PASSWORD)
  await page.click('button[type="submit"]')
  await page.waitForURL((url) => url.pathname === '/admin')

  await page.getByRole('heading', { name: 'Brugere' }).first().waitFor({ state: 'visible' })
  await page.screenshot({
    fullPage: true,
    path: path.join(projectRoot, 'test-results', 'admin-dashboard.png'),
  })

  const { docs } = await (await app.payload()).find({ collection: 'users' })
  expect(docs.map(({ email, roles }) => ({ email, roles }))).toEqual([
    { email: 'redaktion@example.dk', roles: ['admin'] },
  ])
})

/**
 * A partner (from `partnerData`) with one user, logged in to the admin in a browser context of its own.
 * An administrator is made first when there is none, so the partner user does not become the first user.
 */
const partnerSession = async (
  partnerData: Record<string, unknown>,
  email: string,
  locale = 'da-DK',
) => {
  const payload = await app.payload()
  if ((await payload.count({ collection: 'users' })).totalDocs === 0) {
    await payload.create({
      collection: 'users',
      data: { email: 'admin@demo.example', password: PASSWORD, roles: ['admin'] },
    })
  }
  const partner = await payload.create({
    collection: 'partners',
    data: { status: 'active', ...partnerData } as never,
  })
  await payload.create({
    collection: 'users',
    data: { email, partner: partner.id, password: PASSWORD, roles: ['partner'] },
  })
  const context = await browser.newContext({ locale, timezoneId: 'Europe/Copenhagen' })
  const partnerPage = await context.newPage()
  partnerPage.setDefaultTimeout(30_000)
  await partnerPage.goto(new URL('/admin/login', app.url()).toString())
  await formReady(partnerPage)
  await partnerPage.fill('#field-email', email)
  await partnerPage.fill('#field-password', PASSWORD)
  await partnerPage.click('button[type="submit"]')
  await partnerPage.waitForURL((url) => url.pathname === '/admin')
  return { context, partner, partnerPage, payload }
}

it('speaks English to an English-speaking partner user: labels, entitlements, dates and refusals', async () => {
  const { context, partner, partnerPage } = await partnerSession(
    { name: 'Demo Region', slug: 'demo-region', ticketsExtra: 0, tier: 'working' },
    'partner@demo.example',
    'en-GB',
  )
  try {
    await partnerPage.goto(
      new URL(`/admin/collections/partners/${partner.id}`, app.url()).toString(),
    )
    await partnerPage.getByText('What your partnership includes').waitFor({ state: 'visible' })
    await partnerPage.getByText('Blog on the project website').waitFor({ state: 'visible' })
    await partnerPage
      .getByText('Your partner tier does not include “Show own cases and put them up for debate”')
      .waitFor({ state: 'visible' })
    // Dates the Danish way for everyone (dd.MM.yyyy HH.mm), the admin's own words in English.
    // The dates are filled in after hydration: wait for them (bounded by the default timeout).
    await partnerPage
      .locator('.doc-controls', { hasText: /Last Modified:\s*\d{2}\.\d{2}\.\d{4} \d{2}\.\d{2}/ })
      .waitFor({ state: 'visible' })
  } finally {
    await partnerPage.screenshot({
      fullPage: true,
      path: path.join(projectRoot, 'test-results', 'partner-english.png'),
    })
    await context.close()
  }
})
