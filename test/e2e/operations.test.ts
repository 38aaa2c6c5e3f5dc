/**
 * Operating the CMS in the admin, in Danish: an administrator adds a webhook for the website and
 * sees its signing secret once, follows its deliveries and sends one again, reads the audit log
 * and the background jobs; an editor schedules a publication in Danish time.
 */
import type { Page } from 'playwright-core'

import { beforeAll, describe, expect, it } from 'vitest'

import {
  expectDanish,
  expectToast,
  formReady,
  type Journey,
  journeyPerFile,
  loginAs,
  save,
  shot,
  visit,
} from '../helpers/adminJourney'
import { waitFor } from '../helpers/waitFor'
import { type Receiver, receiverPerFile } from '../helpers/webhookReceiver'

let journey: Journey
let admin: Page
let receiver: Receiver
const startReceiver = receiverPerFile((started) => (receiver = started))

journeyPerFile((context) => (journey = context), { env: { JOBS_INTERVAL: '1' } })

beforeAll(async () => {
  await startReceiver()
  admin = await loginAs(journey, 'admin@demo.example')
})

describe('an administrator', () => {
  let webhookId: number

  it('adds a webhook for the website and sees its signing secret once', async () => {
    await visit(admin, journey.app, '/admin/collections/webhooks/create')
    await formReady(admin)
    await admin
      .getByText('Gem webhooken; derefter kan du se dens signeringsnøgle én gang.')
      .waitFor()
    await admin.locator('#field-url').fill(receiver.url)
    await admin.locator('#field-collections').click()
    await admin.locator('.rs__option', { hasText: /^Cases$/ }).click()
    await expectDanish(admin)
    await shot(admin, 'admin-webhook-new')
    expect((await save(admin)).status()).toBe(201)
    await admin.waitForURL(/\/admin\/collections\/webhooks\/\d+/)
    webhookId = Number(/webhooks\/(\d+)/.exec(admin.url())![1])

    await formReady(admin)
    await admin.locator('#action-show-secret').click()
    const secret = await admin.locator('#webhook-secret').innerText()
    expect(secret).toMatch(/^whsec_/)
    await admin.getByText('den vises ikke igen').waitFor()
    await expectDanish(admin)
    await shot(admin, 'admin-webhook-secret')

    // Never again: after a reload only a new one can be made.
    await admin.reload()
    await formReady(admin)
    await admin.getByText(/Nøglen blev vist \d\d\.\d\d\.\d{4} \d\d\.\d\d/).waitFor()
    expect(await admin.locator('#webhook-secret').count()).toBe(0)
    await admin.locator('#action-rotate-secret').waitFor()
    await expectDanish(admin)
  })

  it('follows the deliveries and sends one again', async () => {
    const editor = (
      await journey.payload.find({
        collection: 'users',
        where: { email: { equals: 'redaktion@demo.example' } },
      })
    ).docs[0]
    const cases = await journey.payload.find({
      collection: 'cases',
      limit: 1,
      where: { _status: { equals: 'published' } },
    })
    await journey.payload.update({
      id: cases.docs[0].id,
      collection: 'cases',
      data: { title: `${cases.docs[0].title} ` },
      user: editor,
    })
    await waitFor('a delivery', async () => receiver.received.length === 1)
    const delivered = async () =>
      (
        await journey.payload.find({
          collection: 'webhook-deliveries',
          where: { status: { equals: 'delivered' } },
        })
      ).docs
    await waitFor('the delivery marked delivered', async () => (await delivered()).length === 1)

    await visit(admin, journey.app, '/admin/collections/webhook-deliveries')
    await admin.locator('tbody').getByText('Leveret', { exact: true }).waitFor()
    await admin.locator('tbody').getByText('Cases', { exact: true }).waitFor()
    await expectDanish(admin)
    await shot(admin, 'admin-webhook-deliveries')
    await visit(
      admin,
      journey.app,
      `/admin/collections/webhook-deliveries/${(await delivered())[0].id}`,
    )
    await admin.locator('#action-resend-delivery').click()
    await expectToast(admin, 'Beskeden sendes igen.')
    await waitFor('a second delivery', async () => receiver.received.length === 2)
    expect(receiver.received[1].headers['webhook-id']).toBe(
      receiver.received[0].headers['webhook-id'],
    )
    await expectDanish(admin)
    await shot(admin, 'admin-webhook-delivery')
    expect(webhookId).toBeGreaterThan(0)
  })

  it('reads who changed what in the audit log, and the background jobs', async () => {
    await visit(admin, journey.app, '/admin/collections/audit-log')
    await admin.locator('tbody').getByText('Offentliggjort', { exact: true }).first().waitFor()
    await admin.locator('tbody').getByText('redaktion@demo.example').first().waitFor()
    await expectDanish(admin)
    await shot(admin, 'admin-audit-log')
    const [entry] = (
      await journey.payload.find({
        collection: 'audit-log',
        limit: 1,
        where: { collection: { equals: 'cases' } },
      })
    ).docs
    await visit(admin, journey.app, `/admin/collections/audit-log/${entry.id}`)
    await admin.locator('.json-view th', { hasText: 'Før' }).waitFor()
    // Nothing to save or delete: the entry is read only.
    expect(await admin.locator('#action-save').count()).toBe(0)
    await expectDanish(admin)
    await shot(admin, 'admin-audit-entry')

    // In English for an English-speaking administrator.
    const english = await loginAs(journey, 'admin@demo.example', 'en')
    await visit(english, journey.app, `/admin/collections/audit-log/${entry.id}`)
    await english.getByText('Changed fields: before → after').waitFor()
    await english.locator('.json-view th', { hasText: 'Before' }).waitFor()
    await shot(english, 'admin-audit-entry-en')
    await english.context().close()

    await visit(admin, journey.app, '/admin/collections/payload-jobs')
    await admin.getByText('Baggrundsjob').first().waitFor()
    await expectDanish(admin)
    await shot(admin, 'admin-jobs')
  })
})

describe('an editor', () => {
  it('schedules a publication in Danish time', async () => {
    const editor = await loginAs(journey, 'redaktion@demo.example')
    const draft = await journey.payload.create({
      collection: 'cases',
      data: { _status: 'draft', summary: 'Planlægges', title: 'Planlagt case' } as never,
    })
    await visit(editor, journey.app, `/admin/collections/cases/${draft.id}`)
    await formReady(editor)
    await editor
      .locator(
        '#action-save .popup-button, #action-save ~ .popup-button, .form-submit .popup-button',
      )
      .first()
      .click()
    await editor.locator('#schedule-publish').click()
    await editor.getByText('Planlæg offentliggørelse').first().waitFor()
    await editor.locator('.schedule-publish__type li').first().click()
    await editor.locator('#time input, input#time').first().click()
    await editor.locator('.react-datepicker__day--today').click()
    await editor
      .locator('.react-datepicker__time-list-item:not(.react-datepicker__time-list-item--disabled)')
      .last()
      .click()
    // Danish notation in Danish time, as everywhere else in the admin (not `dec. 1, 2026 11:55 PM`).
    expect(await editor.locator('#time input, input#time').first().inputValue()).toMatch(
      /^\d\d\.\d\d\.\d{4} \d\d\.\d\d$/,
    )
    // The calendar may stay open over the save button on a slow machine (seen in CI); a user clicks beside it.
    await editor.locator('.schedule-publish__type').click({ position: { x: 1, y: 1 } })
    await editor.locator('.react-datepicker-popper').waitFor({ state: 'detached' })
    await expectDanish(editor)
    await shot(editor, 'editor-schedule-picked')
    await editor.locator('#scheduled-publish-save').click()
    await editor.locator('.schedule-publish__upcoming').getByText('Offentliggør').waitFor()
    await shot(editor, 'editor-schedule-publish')
  })
})
