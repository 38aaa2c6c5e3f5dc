import type { Browser, Page } from 'playwright-core'

import path from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'

import { projectRoot } from '../../src/runtime/settings'
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
