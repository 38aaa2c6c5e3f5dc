import type { Payload } from 'payload'

import { readdir } from 'node:fs/promises'
import path from 'node:path'
import { beforeEach, describe, expect, it } from 'vitest'

import { create, pdf, png, uploadForm } from '../helpers/content'
import { appPerFile } from '../helpers/appPerFile'
import type { TestApp } from '../helpers/testApp'

/** Small enough to test a refusal without pushing megabytes through. */
const LIMIT = 200 * 1024

let app: TestApp
let payload: Payload
let editor: string
let partnerId: number

appPerFile((context) => ({ app, editor, payload } = context), { env: { UPLOAD_MAX_BYTES: String(LIMIT) } })
beforeEach(async () => {
  partnerId = (await create(payload, 'partners', { name: 'Demo Kommune', status: 'active', tier: 'steering' })).id
})

const storedFiles = async (collection: string) =>
  readdir(path.join(process.env.DATA_DIR!, 'uploads', collection)).catch(() => [] as string[])

const uploadLogo = async (file: Buffer | string, filename: string, type: string) =>
  app.api('/api/logos', { body: uploadForm(file, filename, type, { alt: 'Logo', partner: partnerId }), method: 'POST', token: editor })

/** Refused with a 4xx and a message, and neither a document nor a file is left. */
const expectRefused = async (response: Awaited<ReturnType<typeof uploadLogo>>) => {
  expect(response.status, JSON.stringify(response.body)).toBeGreaterThanOrEqual(400)
  expect(response.status).toBeLessThan(500)
  expect(response.body.errors?.[0]?.message).toBeTruthy()
  expect((await payload.count({ collection: 'logos' })).totalDocs).toBe(0)
  expect(await storedFiles('logos')).toEqual([])
}

describe('logos', () => {
  it('stores a PNG with sizes for the web and for print', async () => {
    const { body, status } = await uploadLogo(await png(1200, 600), 'demo.png', 'image/png')
    expect(status, JSON.stringify(body)).toBe(201)
    expect(body.doc.mimeType).toBe('image/png')
    expect(body.doc.sizes.web).toMatchObject({ mimeType: 'image/webp', width: 800 })
    expect(body.doc.sizes.print).toMatchObject({ mimeType: 'image/png', width: 1200 })
    const file = await fetch(new URL(body.doc.url, app.url()))
    expect(file.status).toBe(200)
    expect(file.headers.get('content-type')).toBe('image/png')
  })

  it('refuses a text file dressed up as a PNG', async () => {
    await expectRefused(await uploadLogo('<html><script>alert(1)</script></html>', 'logo.png', 'image/png'))
  })

  it('refuses SVG, which can carry script', async () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><rect width="10" height="10"/></svg>'
    await expectRefused(await uploadLogo(svg, 'logo.svg', 'image/svg+xml'))
  })

  it('refuses a file over the size limit', async () => {
    const big = await png(2000, 2000).then(async () =>
      // Random pixels do not compress: comfortably over the limit.
      (await import('sharp')).default(Buffer.from(Array.from({ length: 700 * 700 * 3 }, () => Math.floor(Math.random() * 256))), {
        raw: { channels: 3, height: 700, width: 700 },
      })
        .png()
        .toBuffer(),
    )
    expect(big.length).toBeGreaterThan(LIMIT)
    await expectRefused(await uploadLogo(big, 'stor.png', 'image/png'))
  })
})

describe('media', () => {
  it('takes images and PDF, and refuses other documents', async () => {
    const ok = await app.api('/api/media', { body: uploadForm(pdf(), 'bilag.pdf', 'application/pdf', {}), method: 'POST', token: editor })
    expect(ok.status, JSON.stringify(ok.body)).toBe(201)

    const html = await app.api('/api/media', { body: uploadForm('<p>hej</p>', 'side.html', 'text/html', {}), method: 'POST', token: editor })
    expect(html.status).toBe(400)
    expect((await payload.count({ collection: 'media' })).totalDocs).toBe(1)
  })
})

describe('upload from a URL', () => {
  it('is switched off, so uploaders cannot make the server fetch addresses', async () => {
    for (const collection of ['logos', 'media', 'panel-surveys']) {
      const { body, status } = await app.api(`/api/${collection}/paste-url?src=${encodeURIComponent(new URL('/healthz', app.url()).toString())}`, {
        token: editor,
      })
      expect(status, collection).toBe(400)
      expect(JSON.stringify(body)).toContain('not enabled')
    }
  })
})
