import type { Payload } from 'payload'

import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { create, png, richText } from '../helpers/content'
import { startApp, type TestApp } from '../helpers/testApp'

const SITE = 'https://denaktiveborger.example'
const SERVER = 'https://cms.denaktiveborger.example'

let app: TestApp
let payload: Payload

beforeAll(async () => {
  app = await startApp({ env: { SERVER_URL: SERVER, SITE_URL: SITE } })
  payload = await app.payload()
})
afterAll(() => app?.stop())
beforeEach(() => app.reset())

const newsletter = async (status: 'draft' | 'published') => {
  const kase = await create(payload, 'cases', {
    _status: 'published',
    summary: 'Patienter med nedsat lungefunktion måler selv.',
    title: 'Telekat',
  })
  const image = await payload.create({
    collection: 'media',
    data: { alt: 'Borger ved målestation' },
    file: { name: 'maaling.png', data: await png(), mimetype: 'image/png', size: 100 },
  })
  const body = richText('Velkommen til første nummer.', 'Læs om <Telekat> & andre cases.')
  body.root.children.push({
    type: 'upload',
    fields: null,
    format: '',
    relationTo: 'media',
    value: image.id,
    version: 3,
  } as never)
  return create(payload, 'newsletters', {
    _status: status,
    body,
    date: '2011-09-15',
    featured: [{ relationTo: 'cases', value: kase.id }],
    intro: 'Projektet er i gang <b>nu</b>.',
    issue: 1,
    title: 'Den aktive borger – nyhedsbrev 1',
  })
}

describe('newsletter as email HTML', () => {
  it('renders a published issue with inline styles, absolute links and images, all text escaped', async () => {
    const { id } = await newsletter('published')
    const response = await fetch(new URL(`/api/newsletters/${id}/html`, app.url()))
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8')
    const html = await response.text()

    expect(html).toMatch(/^<!DOCTYPE html>/)
    expect(html).toContain('<h1 style="')
    expect(html).toContain('Den aktive borger – nyhedsbrev 1')
    expect(html).toContain('15. september 2011')
    expect(html).toContain(`<a href="${SITE}/cases/telekat"`)
    expect(html).toContain(`<img src="${SERVER}/api/media/file/maaling.png"`)
    expect(html).toContain('Projektet er i gang &lt;b&gt;nu&lt;/b&gt;.')
    expect(html).toContain('Læs om &lt;Telekat&gt; &amp; andre cases.')
    expect(html).not.toContain('<b>')
    expect(html).not.toMatch(/<style|class="/)
  })

  it('answers 404 for a draft, a missing issue and a malformed id', async () => {
    const { id } = await newsletter('draft')
    for (const path of [
      `/api/newsletters/${id}/html`,
      '/api/newsletters/999/html',
      '/api/newsletters/abc/html',
    ]) {
      const response = await fetch(new URL(path, app.url()))
      expect(response.status, path).toBe(404)
    }
  })
})
