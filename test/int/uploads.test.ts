import type { Payload } from 'payload'

import { readdir } from 'node:fs/promises'
import path from 'node:path'
import { beforeEach, describe, expect, it } from 'vitest'

import type { TestApp } from '../helpers/testApp'

import { poolOf } from '../../src/server/pool'
import { appPerFile } from '../helpers/appPerFile'
import { create, pdf, png, pngDeclaring, uploadForm } from '../helpers/content'

/** Small enough to test a refusal without pushing megabytes through. */
const LIMIT = 200 * 1024

let app: TestApp
let payload: Payload
let editor: string
let partnerId: number

appPerFile((context) => ({ app, editor, payload } = context), {
  env: { UPLOAD_MAX_BYTES: String(LIMIT) },
})
beforeEach(async () => {
  partnerId = (
    await create(payload, 'partners', { name: 'Demo Kommune', status: 'active', tier: 'steering' })
  ).id
})

const storedFiles = async (collection: string) =>
  readdir(path.join(process.env.DATA_DIR!, 'uploads', collection)).catch(() => [] as string[])

const uploadLogo = async (file: Buffer | string, filename: string, type: string) =>
  app.api('/api/logos', {
    body: uploadForm(file, filename, type, { alt: 'Logo', partner: partnerId }),
    method: 'POST',
    token: editor,
  })

/** Refused with a 4xx and a message (matching `reason`, if given), and neither a document nor a file is left. */
const expectRefused = async (response: Awaited<ReturnType<typeof uploadLogo>>, reason?: RegExp) => {
  expect(response.status, JSON.stringify(response.body)).toBeGreaterThanOrEqual(400)
  expect(response.status).toBeLessThan(500)
  expect(response.body.errors?.[0]?.message).toBeTruthy()
  if (reason) {
    expect(JSON.stringify(response.body.errors)).toMatch(reason)
  }
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
    await expectRefused(
      await uploadLogo('<html><script>alert(1)</script></html>', 'logo.png', 'image/png'),
    )
  })

  it('refuses SVG, which can carry script', async () => {
    const svg =
      '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><rect width="10" height="10"/></svg>'
    await expectRefused(await uploadLogo(svg, 'logo.svg', 'image/svg+xml'))
  })

  it('refuses a file over the size limit', async () => {
    const big = await png(2000, 2000).then(async () =>
      // Random pixels do not compress: comfortably over the limit.
      (await import('sharp'))
        .default(
          Buffer.from(Array.from({ length: 700 * 700 * 3 }, () => Math.floor(Math.random() * 256))),
          {
            raw: { channels: 3, height: 700, width: 700 },
          },
        )
        .png()
        .toBuffer(),
    )
    expect(big.length).toBeGreaterThan(LIMIT)
    await expectRefused(await uploadLogo(big, 'stor.png', 'image/png'))
  })
})

describe('hostile files', () => {
  it('refuses a decompression bomb: a small PNG declaring 50 000 × 50 000 pixels', async () => {
    const bomb = pngDeclaring(50_000, 50_000)
    expect(bomb.length).toBeLessThan(1024)
    await expectRefused(
      await uploadLogo(bomb, 'bombe.png', 'image/png'),
      /50000 × 50000 pixels.*40000000/,
    )
  })

  it('refuses an empty file, naming it', async () => {
    await expectRefused(
      await uploadLogo(Buffer.alloc(0), 'tom.png', 'image/png'),
      /tom\.png.*(0 bytes)/,
    )
  })

  it.each([
    [
      'a script',
      'logo.svg',
      'image/svg+xml',
      '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script><rect width="1" height="1"/></svg>',
    ],
    [
      'an external reference',
      'logo.svg',
      'image/svg+xml',
      '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"><image xlink:href="http://169.254.169.254/latest" width="1" height="1"/></svg>',
    ],
    [
      'an event handler, named and sent as PNG',
      'logo.png',
      'image/png',
      '<svg xmlns="http://www.w3.org/2000/svg"><rect width="1" height="1" onclick="alert(1)"/></svg>',
    ],
  ])('refuses SVG with %s', async (_what, filename, type, svg) => {
    await expectRefused(await uploadLogo(svg, filename, type))
  })

  it('stores a PNG named .jpg as the PNG its bytes are', async () => {
    const { body, status } = await uploadLogo(await png(), 'logo.jpg', 'image/jpeg')
    expect(status, JSON.stringify(body)).toBe(201)
    expect(body.doc.mimeType).toBe('image/png')
    const file = await fetch(new URL(body.doc.url, app.url()))
    expect(file.headers.get('content-type')).toBe('image/png')
  })

  it('keeps a path in the filename from leaving the upload folder', async () => {
    const { body, status } = await uploadLogo(await png(), '../../../x.png', 'image/png')
    expect(status, JSON.stringify(body)).toBeLessThan(500)
    const root = await readdir(process.env.DATA_DIR!)
    expect(root.filter((name) => name.startsWith('x'))).toEqual([])
    if (status === 201) {
      expect(body.doc.filename).not.toMatch(/[/\\]|\.\./)
      expect(await storedFiles('logos')).toContain(body.doc.filename)
    }
  })
})

describe('a write that fails after the files are written', () => {
  it('leaves neither the files nor the document when the database refuses the row', async () => {
    const pool = poolOf(payload)!
    await pool.query(`CREATE FUNCTION refuse_row() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'refused by test'; END $$;
      CREATE TRIGGER refuse_logos BEFORE INSERT ON logos FOR EACH ROW EXECUTE FUNCTION refuse_row();`)
    try {
      const { status } = await uploadLogo(await png(1200, 600), 'demo.png', 'image/png')
      expect(status).toBeGreaterThanOrEqual(400)
      expect((await payload.count({ collection: 'logos' })).totalDocs).toBe(0)
      expect(await storedFiles('logos')).toEqual([])
    } finally {
      await pool.query('DROP TRIGGER refuse_logos ON logos; DROP FUNCTION refuse_row();')
    }
  })

  it('keeps the old file, and removes the replacement, when the update is refused (validation) or fails (database)', async () => {
    const first = await uploadLogo(await png(), 'first.png', 'image/png')
    expect(first.status).toBe(201)
    const before = (await storedFiles('logos')).sort()
    expect(before.length).toBeGreaterThan(1)
    for (const alt of ['x'.repeat(500), 'Logo med \u0000 i']) {
      const form = uploadForm(await png(300, 100), 'second.png', 'image/png', { alt })
      const { status } = await app.api(`/api/logos/${first.body.doc.id}`, {
        body: form,
        method: 'PATCH',
        token: editor,
      })
      expect(status).toBe(400)
      expect((await storedFiles('logos')).sort()).toEqual(before)
      expect(
        (await payload.findByID({ id: first.body.doc.id, collection: 'logos' })).filename,
      ).toBe('first.png')
      expect((await fetch(new URL(first.body.doc.url, app.url()))).status).toBe(200)
    }
    // A replacement that commits leaves neither the old files nor their kept copies.
    const replaced = await app.api(`/api/logos/${first.body.doc.id}`, {
      body: uploadForm(await png(300, 100), 'second.png', 'image/png', {}),
      method: 'PATCH',
      token: editor,
    })
    expect(replaced.status).toBe(200)
    expect(
      (await storedFiles('logos')).filter(
        (name) => name.startsWith('first') || name.includes('.replaced-'),
      ),
    ).toEqual([])
  })
})

describe('media', () => {
  it('stores a photo upright: EXIF orientation applied to the original and the tag removed', async () => {
    const sharp = (await import('sharp')).default
    // 1200 × 600 pixels as stored, tagged "rotate 90° clockwise to show" (orientation 6): a portrait photo.
    const photo = await sharp({
      create: { background: '#336699', channels: 3, height: 600, width: 1200 },
    })
      .jpeg()
      .withMetadata({ orientation: 6 })
      .toBuffer()
    const { body, status } = await app.api('/api/media', {
      body: uploadForm(photo, 'foto.jpg', 'image/jpeg', { alt: 'Foto' }),
      method: 'POST',
      token: editor,
    })
    expect(status, JSON.stringify(body)).toBe(201)
    expect(body.doc).toMatchObject({ height: 1200, width: 600 })
    expect(body.doc.sizes.card).toMatchObject({ height: 600, width: 300 })
    const stored = await sharp(
      Buffer.from(await (await fetch(new URL(body.doc.url, app.url()))).arrayBuffer()),
    ).metadata()
    expect({ height: stored.height, orientation: stored.orientation, width: stored.width }).toEqual(
      { height: 1200, orientation: undefined, width: 600 },
    )
  })

  it('takes images and PDF, and refuses other documents', async () => {
    const ok = await app.api('/api/media', {
      body: uploadForm(pdf(), 'bilag.pdf', 'application/pdf', {}),
      method: 'POST',
      token: editor,
    })
    expect(ok.status, JSON.stringify(ok.body)).toBe(201)

    const html = await app.api('/api/media', {
      body: uploadForm('<p>hej</p>', 'side.html', 'text/html', {}),
      method: 'POST',
      token: editor,
    })
    expect(html.status).toBe(400)
    expect((await payload.count({ collection: 'media' })).totalDocs).toBe(1)
  })
})

describe('upload from a URL', () => {
  it('is switched off, so uploaders cannot make the server fetch addresses', async () => {
    for (const collection of ['logos', 'media', 'panel-surveys']) {
      const { body, status } = await app.api(
        `/api/${collection}/paste-url?src=${encodeURIComponent(new URL('/healthz', app.url()).toString())}`,
        {
          token: editor,
        },
      )
      expect(status, collection).toBe(400)
      expect(JSON.stringify(body)).toContain('not enabled')
    }
  })
})
