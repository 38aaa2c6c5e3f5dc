/**
 * Uploads in object storage (issue 16, item 4): with S3_BUCKET set every upload collection's
 * files go to the bucket (an S3-protocol server started here, looked at over S3 past the app),
 * none to local disk, and are still served by Payload, so the tier rules on logo files hold.
 */
import type { Payload } from 'payload'

import { readdir } from 'node:fs/promises'
import net from 'node:net'
import path from 'node:path'
import sharp from 'sharp'
import { afterAll, describe, expect, it } from 'vitest'

import type { TestApp } from '../helpers/testApp'
import type { Viewer } from '../helpers/transports'

import { poolOf } from '../../src/server/pool'
import { objectStorageSettings } from '../../src/uploads/objectStorageSettings'
import { pdf, png, uploadForm } from '../helpers/content'
import { type PartnerWorld, partnerWorldPerFile } from '../helpers/partnerWorld'
import { readPdf } from '../helpers/poppler'
import { type S3Server, startS3Server } from '../helpers/s3Server'
import { spawnServer } from '../helpers/serverProcess'

const PREFIX = 'cms'

const freePort = (): Promise<number> =>
  new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })

let app: TestApp
let payload: Payload
let world: PartnerWorld
let s3: S3Server

partnerWorldPerFile((context) => ({ app, payload, world } = context), {
  env: async () => {
    s3 = await startS3Server()
    // A known address: Payload reads a file it duplicates from its own SERVER_URL.
    const port = await freePort()
    return {
      ...s3.env,
      PORT: String(port),
      S3_PREFIX: PREFIX,
      SERVER_URL: `http://127.0.0.1:${port}`,
    }
  },
})
afterAll(() => s3?.stop())

type Stored = {
  filename?: null | string
  sizes?: null | Record<string, { filename?: null | string }>
}

/** The bucket's keys of a document's files: the original and each size. */
const keysOf = (collection: string, doc: Stored): string[] =>
  [doc.filename, ...Object.values(doc.sizes ?? {}).map((size) => size.filename)]
    .filter((name): name is string => Boolean(name))
    .map((name) => `${PREFIX}/${collection}/${name}`)

const inBucket = async (keys: string[]) => Promise.all(keys.map((key) => s3.has(key)))

const viewer = (name: keyof PartnerWorld['viewers']): Viewer => world.viewers[name]

const fileAt = (
  url: string,
  { headers = {}, token }: { headers?: Record<string, string>; token?: string } = {},
) =>
  fetch(new URL(url, app.url()), {
    headers: { ...headers, ...(token ? { Authorization: `JWT ${token}` } : {}) },
  })

const upload = (
  collection: string,
  file: Buffer,
  filename: string,
  type: string,
  data: Record<string, unknown>,
) =>
  app.api(`/api/${collection}`, {
    body: uploadForm(file, filename, type, data),
    method: 'POST',
    token: viewer('editor').token,
  })

describe('where files go', () => {
  it('every upload collection stores its file and image sizes in the bucket under its own folder, nothing on local disk', async () => {
    const logo = world.partners.steering.logo as Stored
    expect(keysOf('logos', logo)).toHaveLength(4)
    expect(await inBucket(keysOf('logos', logo))).toEqual([true, true, true, true])

    // A partner user's own logo, as the partner's page uploads it.
    const own = await app.api('/api/logos', {
      body: uploadForm(await png(800, 300), 'eget-logo.png', 'image/png', {
        alt: 'Eget logo',
        partner: world.partners.steering.id,
      }),
      method: 'POST',
      token: viewer('steeringUser').token,
    })
    expect(own.status, JSON.stringify(own.body)).toBe(201)
    expect(await inBucket(keysOf('logos', own.body.doc))).toEqual([true, true, true, true])

    const media = await upload('media', await png(1000, 500), 'foto.png', 'image/png', {
      alt: 'Foto',
    })
    expect(media.status, JSON.stringify(media.body)).toBe(201)
    expect(Object.keys(media.body.doc.sizes)).toEqual(['thumbnail', 'card', 'wide'])
    expect(await inBucket(keysOf('media', media.body.doc))).toEqual([true, true, true, true])
    // The storage plugin writes the stored file's data back to the row: not an event of its own.
    const audit = await payload.find({
      collection: 'audit-log',
      where: { collection: { equals: 'media' }, documentId: { equals: String(media.body.doc.id) } },
    })
    expect(audit.docs.map((entry) => entry.action)).toEqual(['create'])

    const survey = await upload('panel-surveys', pdf(), 'maaling.pdf', 'application/pdf', {
      title: 'Panelmåling',
    })
    expect(survey.status, JSON.stringify(survey.body)).toBe(201)
    expect(await inBucket(keysOf('panel-surveys', survey.body.doc))).toEqual([true])

    const meeting = await payload.create({
      collection: 'meetings',
      data: {
        allDay: true,
        kind: 'conference',
        startsAt: '2027-01-24T23:00:00.000Z',
        title: 'Konference',
      } as never,
    })
    const material = await upload('meeting-materials', pdf(), 'oplaeg.pdf', 'application/pdf', {
      meeting: meeting.id,
      title: 'Oplæg',
    })
    expect(material.status, JSON.stringify(material.body)).toBe(201)
    expect(await inBucket(keysOf('meeting-materials', material.body.doc))).toEqual([true])

    // Neither the server nor the Local API in this process wrote a file of their own.
    expect(await readdir(path.join(process.env.DATA_DIR!, 'uploads')).catch(() => [])).toEqual([])
  })
})

describe('serving', () => {
  it('serves the bucket’s bytes through Payload, with an ETag a revalidation gets 304 for', async () => {
    const logo = world.partners.steering.logo as {
      sizes: Record<string, { url: string }>
      url: string
    } & Stored
    for (const [url, key] of [
      [logo.url, keysOf('logos', logo)[0]],
      [logo.sizes.web.url, `${PREFIX}/logos/${logo.sizes.web.filename}`],
    ]) {
      expect(new URL(url).pathname).toMatch(/^\/api\/logos\/file\//)
      const response = await fileAt(url)
      expect(response.status).toBe(200)
      expect(Buffer.from(await response.arrayBuffer()).equals(await s3.read(key))).toBe(true)
      expect(response.headers.get('cache-control')).toMatch(/^public, max-age=\d+/)
      const tag = response.headers.get('etag')
      expect(tag).toBeTruthy()
      const again = await fileAt(url, { headers: { 'If-None-Match': tag! } })
      expect(again.status).toBe(304)
      expect(await again.text()).toBe('')
      expect(again.headers.get('cache-control')).toMatch(/^public/)
    }
    // Asked with a login: never for a shared cache.
    const mine = await fileAt(logo.url, { token: viewer('steeringUser').token })
    expect(mine.status).toBe(200)
    expect(mine.headers.get('cache-control')).toBe('private, no-store')
  })

  it('a hidden logo’s file (and every size) is not served publicly; its partner and staff still get it', async () => {
    const logo = world.partners.working.logo as {
      sizes: Record<string, { url: string }>
      url: string
    }
    const urls = [logo.url, ...Object.values(logo.sizes).map((size) => size.url)]
    for (const url of urls) {
      expect([403, 404], `anonymous ${url}`).toContain((await fileAt(url)).status)
      expect([403, 404], `other partner ${url}`).toContain(
        (await fileAt(url, { token: viewer('steeringUser').token })).status,
      )
      for (const allowed of ['workingUser', 'editor', 'admin'] as const) {
        expect(
          (await fileAt(url, { token: viewer(allowed).token })).status,
          `${allowed} ${url}`,
        ).toBe(200)
      }
    }
  })

  it('the catalogue PDF still prints the public logo, read from the bucket', async () => {
    await payload.updateGlobal({
      slug: 'catalog',
      data: { _status: 'published', title: 'Den aktive borger – modelkatalog' } as never,
    })
    const response = await fetch(new URL('/api/globals/catalog/pdf', app.url()))
    expect(response.status).toBe(200)
    const { images, text } = await readPdf(new Uint8Array(await response.arrayBuffer()))
    expect(text).toContain('Styre Kommune')
    // The steering partner's logo; the working partner's is hidden from the public.
    expect(images).toBe(1)
    expect(app.output()).not.toMatch(/logo file could not be read/)
  })
})

describe('replacing and deleting', () => {
  it('a replaced file’s objects go once the new ones are stored; a refused replacement keeps them; deleting removes them all', async () => {
    const first = await upload('media', await png(900, 600), 'foerste.png', 'image/png', {
      alt: 'Første',
    })
    expect(first.status).toBe(201)
    const id = first.body.doc.id as number
    const firstKeys = keysOf('media', first.body.doc)

    const refused = await app.api(`/api/media/${id}`, {
      body: uploadForm(await png(300, 200), 'afvist.png', 'image/png', { alt: 'x'.repeat(5000) }),
      method: 'PATCH',
      token: viewer('editor').token,
    })
    expect(refused.status).toBe(400)
    expect(await inBucket(firstKeys)).toEqual(firstKeys.map(() => true))
    expect((await fileAt(first.body.doc.url)).status).toBe(200)

    const replaced = await app.api(`/api/media/${id}`, {
      body: uploadForm(await png(300, 200), 'anden.png', 'image/png', {}),
      method: 'PATCH',
      token: viewer('editor').token,
    })
    expect(replaced.status, JSON.stringify(replaced.body)).toBe(200)
    const secondKeys = keysOf('media', replaced.body.doc)
    expect(await inBucket(firstKeys)).toEqual(firstKeys.map(() => false))
    expect(await inBucket(secondKeys)).toEqual(secondKeys.map(() => true))
    const served = await fileAt(replaced.body.doc.url)
    expect(served.status).toBe(200)
    expect(Buffer.from(await served.arrayBuffer()).equals(await s3.read(secondKeys[0]))).toBe(true)

    const deleted = await app.api(`/api/media/${id}`, {
      method: 'DELETE',
      token: viewer('editor').token,
    })
    expect(deleted.status).toBe(200)
    expect(await inBucket(secondKeys)).toEqual(secondKeys.map(() => false))
  })
})

describe('copying and recropping', () => {
  it('a duplicate gets files of its own in the bucket, read from the original’s', async () => {
    const original = await upload('media', await png(900, 600), 'original.png', 'image/png', {
      alt: 'Original',
    })
    expect(original.status).toBe(201)
    const copy = await app.api(`/api/media/${original.body.doc.id}/duplicate`, {
      body: {},
      method: 'POST',
      token: viewer('editor').token,
    })
    expect(copy.status, JSON.stringify(copy.body)).toBe(200)
    expect(copy.body.doc.filename).not.toBe('original.png')
    const copyKeys = keysOf('media', copy.body.doc)
    expect(await inBucket(copyKeys)).toEqual(copyKeys.map(() => true))
    expect(
      (await s3.read(copyKeys[0])).equals(await s3.read(keysOf('media', original.body.doc)[0])),
    ).toBe(true)
  })

  it('a new focal point recrops the image sizes from the original in the bucket', async () => {
    // Red on the left, blue on the right: a square crop shows which side it was taken from.
    const halves = await sharp({
      create: { background: '#00f', channels: 3, height: 600, width: 1200 },
    })
      .composite([
        {
          input: { create: { background: '#f00', channels: 3, height: 600, width: 600 } },
          left: 0,
          top: 0,
        },
      ])
      .png()
      .toBuffer()
    const image = await upload('media', halves, 'halvdele.png', 'image/png', { alt: 'Halvdele' })
    expect(image.status).toBe(201)
    const thumbnail = `${PREFIX}/media/${image.body.doc.sizes.thumbnail.filename}`
    const before = await s3.read(thumbnail)
    // As the admin's focal point editor sends it.
    const moved = await app.api(
      `/api/media/${image.body.doc.id}?uploadEdits[focalPoint][x]=5&uploadEdits[focalPoint][y]=50`,
      {
        body: {},
        method: 'PATCH',
        token: viewer('editor').token,
      },
    )
    expect(moved.status, JSON.stringify(moved.body)).toBe(200)
    expect(moved.body.doc.sizes.thumbnail.filename).toBe(image.body.doc.sizes.thumbnail.filename)
    const after = await s3.read(thumbnail)
    expect(after.equals(before)).toBe(false)
    const { dominant } = await sharp(after).stats()
    expect(dominant.r).toBeGreaterThan(dominant.b)
  })
})

describe('a write that fails after the objects are stored', () => {
  it('leaves no new objects, and a replaced file’s objects back where they were', async () => {
    const first = await upload('media', await png(900, 600), 'beholdt.png', 'image/png', {
      alt: 'Beholdt',
    })
    expect(first.status).toBe(201)
    const firstKeys = keysOf('media', first.body.doc)
    const pool = poolOf(payload)!
    // A hook after the storage plugin's fails (the audit entry cannot be written): the write
    // rolls back after the plugin has stored the new objects and deleted the replaced ones.
    await pool.query(`CREATE FUNCTION refuse_row() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'refused by test'; END $$;
      CREATE TRIGGER refuse_audit BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION refuse_row();`)
    try {
      const created = await upload('media', await png(900, 600), 'ny.png', 'image/png', {
        alt: 'Ny',
      })
      expect(created.status).toBeGreaterThanOrEqual(400)
      const replaced = await app.api(`/api/media/${first.body.doc.id}`, {
        body: uploadForm(await png(300, 200), 'erstatning.png', 'image/png', {}),
        method: 'PATCH',
        token: viewer('editor').token,
      })
      expect(replaced.status).toBeGreaterThanOrEqual(400)
    } finally {
      await pool.query('DROP TRIGGER refuse_audit ON audit_log; DROP FUNCTION refuse_row();')
    }
    expect(
      await inBucket(
        ['ny.png', 'ny-300x300.png', 'erstatning.png', 'erstatning-300x300.png'].map(
          (name) => `${PREFIX}/media/${name}`,
        ),
      ),
    ).toEqual([false, false, false, false])
    expect(await inBucket(firstKeys)).toEqual(firstKeys.map(() => true))
    expect(
      (await payload.count({ collection: 'media', where: { alt: { equals: 'Ny' } } })).totalDocs,
    ).toBe(0)
    const served = await fileAt(first.body.doc.url)
    expect(served.status).toBe(200)
    expect(Buffer.from(await served.arrayBuffer()).equals(await s3.read(firstKeys[0]))).toBe(true)
  })
})

describe('settings', () => {
  const settings = (env: Record<string, string>) => () =>
    objectStorageSettings(env as NodeJS.ProcessEnv)
  const bucket = { S3_ACCESS_KEY_ID: 'key', S3_BUCKET: 'uploads', S3_SECRET_ACCESS_KEY: 'secret' }

  it('unset: files stay on disk; set: each mistake stops the start with what to do', () => {
    expect(settings({})()).toBeUndefined()
    expect(settings({ ...bucket, S3_REGION: 'eu-north-1' })()).toMatchObject({
      bucket: 'uploads',
      client: { forcePathStyle: false, region: 'eu-north-1' },
      prefix: '',
    })
    expect(
      settings({ ...bucket, S3_ENDPOINT: 'https://s3.example.dk', S3_PREFIX: '/cms/' })(),
    ).toMatchObject({
      client: { endpoint: 'https://s3.example.dk', forcePathStyle: true, region: 'us-east-1' },
      prefix: 'cms',
    })
    expect(settings({ S3_BUCKET: 'uploads', S3_REGION: 'eu-north-1' })).toThrow(
      'S3_BUCKET is set but S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY are not',
    )
    expect(settings({ S3_ENDPOINT: 'https://s3.example.dk' })).toThrow(
      'S3_ENDPOINT is set but S3_BUCKET is not',
    )
    expect(settings(bucket)).toThrow('S3_BUCKET is set but S3_REGION is not')
    expect(settings({ ...bucket, S3_BUCKET: 'My_Bucket', S3_REGION: 'x' })).toThrow(
      /S3_BUCKET must be a bucket's name/,
    )
    expect(settings({ ...bucket, S3_ENDPOINT: 's3.example.dk' })).toThrow(
      /S3_ENDPOINT must be an http/,
    )
    expect(settings({ ...bucket, S3_ENDPOINT: 'http://x', S3_FORCE_PATH_STYLE: 'yes' })).toThrow(
      'S3_FORCE_PATH_STYLE must be "true" or "false", not "yes".',
    )
    expect(settings({ ...bucket, S3_ENDPOINT: 'http://x', S3_PREFIX: 'a/../b' })).toThrow(
      /S3_PREFIX must be a folder/,
    )
  })

  it('a setting left out, or a bucket that cannot be written, stops the start in one paragraph', async () => {
    const startFailure = (env: Record<string, string>) =>
      spawnServer(env).then(
        (server) => server.stop().then(() => 'started'),
        (error: Error) => error.message,
      )
    const failures = await Promise.all([
      startFailure({ ...s3.env, S3_SECRET_ACCESS_KEY: '' }),
      startFailure({ ...s3.env, S3_BUCKET: 'missing-bucket' }),
    ])
    expect(failures[0]).toContain(
      'S3_BUCKET is set but S3_SECRET_ACCESS_KEY is not: uploads to bucket "uploads" need the key pair',
    )
    expect(failures[1]).toContain(
      `The bucket "missing-bucket" at ${s3.env.S3_ENDPOINT} could not be used for uploads (404 NoSuchBucket). Check that it exists`,
    )
    for (const failure of failures) {
      expect(failure).not.toMatch(/^\s+at /m)
    }
  })
})
