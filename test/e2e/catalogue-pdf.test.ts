/**
 * The catalogue's print from the admin (issue 17, item 1): on the catalogue's edit screen the
 * editor downloads the latest draft, and once it is published the public PDF, with the button's
 * label in the admin's language. The seeded catalogue's pages go to `test-results/catalogue-pdf/`.
 */
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

import {
  expectDanish,
  formReady,
  type Journey,
  journeyPerFile,
  loginAs,
  shot,
  visit,
} from '../helpers/adminJourney'
import { pdfToPngs, readPdf } from '../helpers/poppler'

let journey: Journey

journeyPerFile((context) => (journey = context))

const RESULTS = path.resolve('test-results/catalogue-pdf')

/** Publishes the seed's draft models and catalogue, as an editor would before printing. */
const publishSeeded = async () => {
  const { payload } = journey
  const catalog = await payload.findGlobal({ slug: 'catalog', depth: 0, draft: true })
  for (const id of catalog.models ?? []) {
    await payload.update({ id: id as number, collection: 'models', data: { _status: 'published' } })
  }
  await payload.updateGlobal({ slug: 'catalog', data: { _status: 'published' } })
}

describe('the catalogue’s PDF in the admin', () => {
  it('an editor downloads the draft, and after publishing the public PDF, in Danish', async () => {
    const page = await loginAs(journey, 'redaktion@demo.example')
    await visit(page, journey.app, '/admin/globals/catalog')
    await formReady(page)
    const draftButton = page.locator('#catalog-pdf-draft')
    await expect.poll(() => draftButton.innerText()).toBe('Hent kladden som PDF')
    // Not published yet: no public PDF to offer.
    expect(await page.locator('#catalog-pdf').count()).toBe(0)
    const [draft] = await Promise.all([page.waitForEvent('download'), draftButton.click()])
    expect(draft.suggestedFilename()).toBe('den-aktive-borger-katalog-kladde.pdf')
    const draftText = (await readPdf(await readFile(await draft.path()))).text
    expect(draftText).toContain('KLADDE')

    await publishSeeded()
    await visit(page, journey.app, '/admin/globals/catalog')
    await formReady(page)
    const button = page.locator('#catalog-pdf')
    await expect.poll(() => button.innerText()).toBe('Hent PDF')
    await expectDanish(page)
    await shot(page, 'catalogue-pdf-button-da')
    const [download] = await Promise.all([page.waitForEvent('download'), button.click()])
    expect(download.suggestedFilename()).toBe('den-aktive-borger-katalog.pdf')
    const pdf = await readFile(await download.path())
    const { pageCount, text } = await readPdf(pdf)
    expect(text).toContain('Indhold')
    expect(text).toContain('Partnerne')
    expect(text).not.toContain('KLADDE')
    expect(pageCount).toBeGreaterThan(5)
    await pdfToPngs(pdf, RESULTS, 'seeded')
    await page.context().close()
  })

  it('says it in English for an English admin', async () => {
    const page = await loginAs(journey, 'redaktion@demo.example', 'en')
    await visit(page, journey.app, '/admin/globals/catalog')
    await formReady(page)
    await expect.poll(() => page.locator('#catalog-pdf').innerText()).toBe('Download PDF')
    expect(await page.locator('#catalog-pdf-draft').innerText()).toBe('Download draft as PDF')
    await shot(page, 'catalogue-pdf-button-en')
    await page.context().close()
  })
})
