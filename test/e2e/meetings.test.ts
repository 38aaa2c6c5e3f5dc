/**
 * The partners' meetings in Chromium, in Danish, on the seeded project (its seven meetings): a
 * steering partner opens a steering-group meeting's materials and registers a colleague; a working
 * partner registers for a working meeting and is told why the steering group's meetings are closed
 * to it; a calendar link is made, used and revoked from the account page.
 */
import type { Page } from 'playwright-core'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import {
  expectDanish,
  expectToast,
  formReady,
  type Journey,
  journeyPerFile,
  loginAs,
  shot,
  submitForm,
  visit,
} from '../helpers/adminJourney'
import { pdf } from '../helpers/content'

let journey: Journey
let steering: Page
let working: Page

journeyPerFile((context) => (journey = context))

const meetingId = async (title: string) => {
  const { docs } = await journey.payload.find({
    collection: 'meetings',
    limit: 1,
    where: { title: { equals: title } },
  })
  return docs[0].id
}

beforeAll(async () => {
  // Staff hand out the seminar's programme (the seed has no files).
  await journey.payload.create({
    collection: 'meeting-materials',
    data: {
      meeting: await meetingId('Styregruppeseminar: projektplanen'),
      title: 'Seminarprogram',
    },
    file: { name: 'seminarprogram.pdf', data: pdf(), mimetype: 'application/pdf', size: 1 },
  })
  steering = await loginAs(journey, 'styregruppe@demo.example')
  working = await loginAs(journey, 'arbejdsgruppe@demo.example')
})

afterAll(async () => {
  await steering?.context().close()
  await working?.context().close()
})

/** Registers a person from the meeting's "Deltagere" list and waits for the row to appear. */
const register = async (page: Page, name: string, role: string) => {
  const participants = page.locator('.field-type.join', { hasText: 'Deltagere' })
  await formReady(page)
  await participants.getByText('Opret ny Mødetilmelding').click()
  const drawer = page.locator('.drawer__content').last()
  await drawer.locator('#field-name').fill(name)
  await drawer.locator('#field-role').fill(role)
  const written = await submitForm(drawer.locator('form').first(), () =>
    drawer.getByRole('button', { name: 'Gem' }).click(),
  )
  expect(written.status()).toBe(201)
  await participants.getByText(name).waitFor()
}

describe('a steering partner', () => {
  it('opens a steering-group meeting’s materials and registers a colleague', async () => {
    const id = await meetingId('Styregruppeseminar: projektplanen')
    await visit(steering, journey.app, '/admin/collections/meetings')
    await steering.getByText('Styregruppeseminar: projektplanen').waitFor()
    // The seminar is dated as the source dates it: a month, no invented day.
    await steering.getByText('juni 2011 (dagen er ikke fastlagt, foreløbig)').waitFor()
    expect(await steering.locator('.right-notice').count()).toBe(0)
    await expectDanish(steering)
    await shot(steering, 'meetings-steering-list')

    await visit(steering, journey.app, `/admin/collections/meetings/${id}`)
    await steering.getByText('Den endelige projektplan lægges med partnerne.').waitFor()
    const materials = steering.locator('.field-type.join', { hasText: 'Materialer' })
    const href = await materials
      .getByRole('link', { name: 'Hent seminarprogram.pdf' })
      .getAttribute('href')
    // Fetched as the link's click fetches it: by the browser, with the login cookie.
    const file = await steering.evaluate(async (url) => {
      const response = await fetch(url)
      return { type: response.headers.get('content-type'), status: response.status }
    }, href!)
    expect(file).toEqual({ type: 'application/pdf', status: 200 })
    await shot(steering, 'meetings-steering-material')

    await register(steering, 'Kollega Kirsten Holm', 'Direktør')
    await expectDanish(steering)
    await shot(steering, 'meetings-steering-registered')
    const { docs } = await journey.payload.find({
      collection: 'meeting-registrations',
      depth: 1,
      where: { name: { equals: 'Kollega Kirsten Holm' } },
    })
    expect(docs.map((doc) => (doc.partner as { slug: string }).slug)).toEqual(['demo-kommune'])
    // Its own registrations, with the meeting and partner named (the admin asks for their titles 250 at a time).
    await visit(steering, journey.app, '/admin/collections/meeting-registrations')
    const row = steering.locator('tr', { hasText: 'Kollega Kirsten Holm' })
    await row.getByText('Styregruppeseminar: projektplanen').waitFor()
    await row.getByText('Demo Kommune').waitFor()
    await expectDanish(steering)
    await shot(steering, 'meetings-steering-registrations')
  })
})

describe('a working partner', () => {
  it('is told in Danish why the steering group’s meetings are closed to it, and registers for a working meeting', async () => {
    await visit(working, journey.app, '/admin/collections/meetings')
    await working
      .locator('.right-notice')
      .getByText(
        'Møder af slagsen “Styregruppemøde” er ikke med i jeres partnerniveau (Arbejdsgruppen); de er for Styregruppen.',
        { exact: false },
      )
      .waitFor()
    await working.getByText('Arbejdsmøde 1: Fagområder og ydelser').waitFor()
    expect(await working.getByText('Styregruppeseminar: projektplanen').count()).toBe(0)
    await expectDanish(working)
    await shot(working, 'meetings-working-list')

    await working.getByText('Arbejdsmøde 1: Fagområder og ydelser').click()
    await working.waitForURL(/\/admin\/collections\/meetings\/\d+/)
    await register(working, 'Demo Arbejdsgruppe', 'Udviklingskonsulent')
    await expectDanish(working)
    await shot(working, 'meetings-working-registered')
  })
})

describe('the calendar link', () => {
  it('is made on the account page, lists the meetings with a day, and stops when revoked', async () => {
    await visit(working, journey.app, '/admin/account')
    await working.getByText('Kalender med møder').waitFor()
    await working.locator('#action-calendar-feed').click()
    const url = await working.locator('#calendar-feed-url').innerText()
    const feed = await fetch(url.replace(/^https?:\/\/[^/]+/, journey.app.url().replace(/\/$/, '')))
    expect(feed.status).toBe(200)
    const text = await feed.text()
    expect(text).toContain('BEGIN:VCALENDAR')
    expect(text).toContain('SUMMARY:Velfærdens Innovationsdag 2012')
    expect(text).not.toContain('Styregruppeseminar')
    await expectDanish(working)
    await shot(working, 'meetings-calendar-link')

    await working.locator('#action-revoke-calendar-feed').click()
    await expectToast(working, 'Kalenderlinket er tilbagekaldt.')
    const gone = await fetch(url.replace(/^https?:\/\/[^/]+/, journey.app.url().replace(/\/$/, '')))
    expect(gone.status).toBe(404)
  })
})
