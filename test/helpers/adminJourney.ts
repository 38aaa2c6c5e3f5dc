import type { Payload } from 'payload'
import type { Browser, BrowserContext, Locator, Page, Response } from 'playwright-core'

import path from 'node:path'
import { afterAll, afterEach, beforeAll, expect } from 'vitest'

import { demoUsers } from '../../seed/content/demo'
import { seed } from '../../seed/seed'
import { projectRoot } from '../../src/runtime/settings'
import { launchBrowser } from './browser'
import { startApp, type TestApp } from './testApp'

export type Journey = { app: TestApp; browser: Browser; payload: Payload }

/** Each logged-in browser's writes to the API (method, URL, status, a refusal's body), for a failed step's log. */
const writes = new WeakMap<BrowserContext, string[]>()

const recordWrites = (context: BrowserContext) => {
  const log: string[] = []
  writes.set(context, log)
  context.on('response', async (response) => {
    const method = response.request().method()
    if (method === 'GET' || !new URL(response.url()).pathname.startsWith('/api/')) {
      return
    }
    const body = response.ok() ? '' : await response.text().catch(() => '')
    log.push(`${method} ${response.url()} → ${response.status()} ${body.slice(0, 1_000)}`.trim())
  })
}

/**
 * One app per journey file on the seeded database (the project's content, the demo partners and
 * logins, as `npm run seed` makes them), and one Chromium.
 */
export const journeyPerFile = (
  use: (journey: Journey) => void,
  { env = {} }: { env?: Record<string, string> } = {},
) => {
  let app: TestApp | undefined
  let browser: Browser | undefined
  beforeAll(async () => {
    ;[app, browser] = await Promise.all([startApp({ env }), launchBrowser()])
    const payload = await app.payload()
    await seed(payload, { log: () => {}, reset: false, resetUsers: false, users: true })
    use({ app, browser, payload })
  })
  // What each open page showed when a step failed: CI keeps the log, not the screenshots.
  afterEach(async ({ task }) => {
    if (task.result?.state !== 'fail' || !browser) {
      return
    }
    for (const context of browser.contexts()) {
      for (const page of context.pages()) {
        const text = await page
          .locator('body')
          .innerText({ timeout: 5_000 })
          .catch(() => '(no text)')
        console.error(`[journey] ${page.url()}\n${text.slice(0, 3_000)}`)
      }
      console.error(`[journey] writes to the API:\n${(writes.get(context) ?? []).join('\n')}`)
    }
  })
  afterAll(async () => {
    await browser?.close()
    await app?.stop()
  })
}

/** A seeded document's id by its slug (drafts included). */
export const idBySlug = async (
  { payload }: Journey,
  collection: 'models' | 'partners',
  slug: string,
): Promise<number> =>
  (await payload.find({ collection, draft: true, where: { slug: { equals: slug } } })).docs[0].id

type DemoLogin =
  | 'admin@demo.example'
  | 'arbejdsgruppe@demo.example'
  | 'redaktion@demo.example'
  | 'styregruppe@demo.example'

/** A browser as a Danish (or English) user in Denmark has it, logged in to the admin with a demo login. */
export const loginAs = async (
  { app, browser }: Journey,
  email: DemoLogin,
  language: 'da' | 'en' = 'da',
): Promise<Page> => {
  const { password } = demoUsers.find((user) => user.email === email)!
  const context = await browser.newContext({
    locale: language === 'da' ? 'da-DK' : 'en-GB',
    timezoneId: 'Europe/Copenhagen',
    viewport: { height: 1000, width: 1400 },
  })
  recordWrites(context)
  const page = await context.newPage()
  page.setDefaultTimeout(30_000)
  await page.goto(new URL('/admin/login', app.url()).toString())
  // The first admin page of a fresh server renders slowly on a busy machine (two test files at a time on two cores).
  await page.locator('#field-email').waitFor({ timeout: 90_000 })
  await formReady(page)
  await page.fill('#field-email', email)
  await page.fill('#field-password', password)
  await page.click('button[type="submit"]')
  await page.waitForURL((url) => url.pathname === '/admin')
  return page
}

/** Opens an admin path and waits for the page to settle. */
export const visit = async (page: Page, app: TestApp, pathname: string) => {
  await page.goto(new URL(pathname, app.url()).toString())
  await page.waitForLoadState('networkidle')
}

/**
 * Waits until a Payload form (edit view, login, first password) is hydrated and initialised
 * (Payload's own `data-form-ready`: mounted, not initialising, not submitting). Text typed before
 * that shows in the input but never reaches the form's state, and a click is lost.
 */
export const formReady = (page: Page) =>
  page.locator('form[data-form-ready="true"]').first().waitFor()

/**
 * Submits a form with `click` and waits for the answer to the form's own action (any status:
 * refusals are what some journeys look for). Only that answer: around a save the admin also POSTs
 * to the API to read a relationship's options (`X-Payload-HTTP-Method-Override: GET`) and to store
 * preferences, and one of those may come first.
 */
export const submitForm = async (form: Locator, click: () => Promise<void>): Promise<Response> => {
  const page = form.page()
  const { pathname } = new URL((await form.getAttribute('action')) ?? '', page.url())
  const written = page.waitForResponse((response) => {
    const request = response.request()
    return (
      new URL(response.url()).pathname === pathname &&
      ['PATCH', 'POST'].includes(request.method()) &&
      !request.headers()['x-payload-http-method-override']
    )
  })
  await click()
  return written
}

/** Saves the open document with one of the edit view's buttons once the form is ready; the write's answer. */
export const save = async (
  page: Page,
  button: '#action-save' | '#action-save-draft' = '#action-save',
) => {
  await formReady(page)
  return submitForm(page.locator('form[data-form-ready="true"]').first(), () =>
    page.locator(button).click(),
  )
}

/** Fails unless a write answered `status`, naming the status and the answer's body (the reason a save was refused). */
export const expectStatus = async (response: Response, status = 200) =>
  expect(
    response.status(),
    `${response.request().method()} ${response.url()}: ${await response.text()}`,
  ).toBe(status)

/** A full-page screenshot in `test-results/`, to look at. */
export const shot = (page: Page, name: string) =>
  page.screenshot({ fullPage: true, path: path.join(projectRoot, 'test-results', `${name}.png`) })

/**
 * Words that are English only: none may appear on a screen a Danish user sees (labels, empty
 * lists, messages, dates). Case matters: Danish months are lower case, English ones capitalised.
 */
export const ENGLISH_WORDS = [
  'the',
  'and',
  'No',
  'found',
  'Add',
  'Where',
  'When',
  'How',
  'Strength',
  'Weakness',
  'Item',
  'Point',
  'Submitted',
  'Published',
  'Draft',
  'Save',
  'Cancel',
  'Create',
  'Delete',
  'Only',
  'Please',
  'field',
  'invalid',
  'Dashboard',
  'dashboard',
  'Login',
  'Download',
  'Email',
  'Entitlements',
  'Yes',
  'All',
  'secretariat',
  'review',
  'Too',
  'AM',
  'PM',
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
]

/** Fails naming every English word on the page (its visible text, toasts included). */
export const expectDanish = async (page: Page) => {
  const text = await page.locator('body').innerText()
  const found = ENGLISH_WORDS.filter((word) =>
    new RegExp(`(^|[^\\p{L}])${word}([^\\p{L}]|$)`, 'u').test(text),
  )
  expect(found, `English on a Danish screen (${page.url()})`).toEqual([])
}

/** Waits (bounded) for a toast saying `text`. */
export const expectToast = (page: Page, text: RegExp | string) =>
  page.locator('.payload-toast-container').getByText(text).first().waitFor()
