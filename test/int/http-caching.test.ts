/**
 * HTTP caching from the outside (issue 16, item 1): every anonymous public GET — REST JSON,
 * `/api/tiers`, newsletter HTML, upload files — carries an ETag and a Cache-Control a shared
 * cache may use, and answers a still-valid If-None-Match with 304; nothing answered for a login,
 * an API key or a draft is cacheable by a shared cache; errors and hidden files stay as they were.
 */
import type { Payload } from 'payload'

import { describe, expect, it } from 'vitest'

import type { TestApp } from '../helpers/testApp'

import { recomputeLogosShown } from '../../plugins/profiling-rights/hooks/logoShown'
import { resolveOptions } from '../../plugins/profiling-rights/resolveOptions'
import { rightsOptions } from '../../src/plugins/rightsOptions'
import { appPerFile } from '../helpers/appPerFile'
import { create, png, richText, uploadForm } from '../helpers/content'
import { previewAccount } from '../helpers/users'

let admin: string
let app: TestApp
let editor: string
let payload: Payload

appPerFile((context) => ({ admin, app, editor, payload } = context), {
  env: { CACHE_MAX_AGE: '30', CACHE_STALE_WHILE_REVALIDATE: '120' },
})

const PUBLIC = 'public, max-age=30, stale-while-revalidate=120'

/**
 * GET as a browser or CDN would: the raw answer, with optional conditional headers. A revalidation
 * says `Cache-Control: max-age=0`; without it fetch adds `no-cache` to any conditional request (the
 * Fetch standard), which asks for a full answer (RFC 9111 §5.2.1.4, as express treats it).
 */
const get = (path: string, headers: Record<string, string> = {}) =>
  fetch(new URL(path, app.url()), { headers: { 'Cache-Control': 'max-age=0', ...headers } })

/** The first answer is 200 with a validator and a shared-cache policy; asked again with it, 304 and no body. */
const expectRevalidates = async (path: string) => {
  const first = await get(path)
  expect(first.status, path).toBe(200)
  const tag = first.headers.get('etag')
  expect(tag, path).toMatch(/^W\/".+"$/)
  expect(first.headers.get('cache-control'), path).toBe(PUBLIC)
  expect(first.headers.get('vary'), path).toContain('Authorization')
  const again = await get(path, { 'If-None-Match': tag! })
  expect(again.status, path).toBe(304)
  expect(await again.text()).toBe('')
  expect(again.headers.get('etag')).toBe(tag)
  return { first, tag: tag! }
}

const publishedCase = (title: string) =>
  create(payload, 'cases', { _status: 'published', summary: 'Kort', title } as never)

describe('anonymous public reads', () => {
  it('REST lists: ETag and Last-Modified, 304 while unchanged, 200 with a new tag after a change', async () => {
    const kase = await publishedCase('Telekat')
    const { first, tag } = await expectRevalidates('/api/cases?depth=0')
    expect(new Date(first.headers.get('last-modified')!).getTime()).toBe(
      Math.floor(Date.parse(kase.updatedAt) / 1000) * 1000,
    )
    // Only the tag decides: a date cannot see a related document's change.
    const since = await get('/api/cases?depth=0', {
      'If-Modified-Since': first.headers.get('last-modified')!,
    })
    expect(since.status).toBe(200)

    await app.api(`/api/cases/${kase.id}`, {
      body: { title: 'Telekat i Vejle' },
      method: 'PATCH',
      token: editor,
    })
    const changed = await get('/api/cases?depth=0', { 'If-None-Match': tag })
    expect(changed.status).toBe(200)
    expect(changed.headers.get('etag')).not.toBe(tag)
    expect((await changed.json()).docs[0].title).toBe('Telekat i Vejle')
  })

  it('a change the listed documents do not record (a partner’s tier) changes the tag too', async () => {
    const partner = await create(payload, 'partners', {
      name: 'Aarhus Kommune',
      presentation: richText('Vi samler borgerne om velfærden.'),
      status: 'active',
      tier: 'steering',
    } as never)
    await create(payload, 'cases', {
      _status: 'published',
      partner: partner.id,
      summary: 'Kort',
      title: 'Med partner',
    } as never)
    const { tag } = await expectRevalidates('/api/cases?depth=1')
    await app.api(`/api/partners/${partner.id}`, {
      body: { tier: 'working' },
      method: 'PATCH',
      token: editor,
    })
    const after = await get('/api/cases?depth=1', { 'If-None-Match': tag })
    expect(after.status).toBe(200)
    expect((await after.json()).docs[0].partner.presentation).toBeUndefined()
  })

  it('a document keeps its version tag (If-Match, docs/api.md) and is sent in full', async () => {
    const kase = await publishedCase('Versioneret')
    const first = await get(`/api/cases/${kase.id}?depth=0`)
    expect(first.headers.get('etag')).toBe(`"${kase.updatedAt}"`)
    expect(first.headers.get('cache-control')).toBe(PUBLIC)
    expect(
      (await get(`/api/cases/${kase.id}?depth=0`, { 'If-None-Match': first.headers.get('etag')! }))
        .status,
    ).toBe(200)
  })

  it('the tiers, the newsletter as HTML and an uploaded image', async () => {
    await expectRevalidates('/api/tiers')
    const image = await payload.create({
      collection: 'media',
      data: { alt: 'Måling' },
      file: { name: 'maaling.png', data: await png(), mimetype: 'image/png', size: 100 },
    })
    const newsletter = await create(payload, 'newsletters', {
      _status: 'published',
      body: richText('Velkommen.'),
      date: '2011-09-15',
      issue: 1,
      title: 'Nyhedsbrev 1',
    } as never)
    await expectRevalidates(`/api/newsletters/${newsletter.id}/html`)
    const file = await expectRevalidates(
      `/api/media/file/${encodeURIComponent(String(image.filename))}`,
    )
    expect(
      Buffer.from(await file.first.arrayBuffer())
        .subarray(1, 4)
        .toString(),
    ).toBe('PNG')
  })

  it('GraphQL over GET is left alone', async () => {
    const response = await get(`/api/graphql?query=${encodeURIComponent('{ Tiers { key } }')}`)
    expect(response.headers.get('cache-control') ?? '').not.toContain('public')
  })
})

describe('what a shared cache must not keep', () => {
  it('answers for a login or an API key, and drafts: private, no-store; and no validators of ours', async () => {
    const kase = await publishedCase('Kun for de indloggede')
    const anonymous = await get(`/api/cases/${kase.id}?depth=0`)
    const asEditor = await app.api(`/api/cases/${kase.id}?depth=0`, { token: editor })
    expect(asEditor.status).toBe(200)
    expect(asEditor.headers.get('cache-control')).toBe('private, no-store')
    const draft = await app.api(`/api/cases/${kase.id}?depth=0&draft=true`, { token: editor })
    expect(draft.headers.get('cache-control')).toBe('private, no-store')
    const anonymousDraft = await get(`/api/cases/${kase.id}?depth=0&draft=true`)
    expect(anonymousDraft.headers.get('cache-control')).toBe('private, no-store')
    const { authorization } = await previewAccount(app, admin)
    const asKey = await get(`/api/cases/${kase.id}?depth=0`, {
      Authorization: authorization,
    })
    expect(asKey.status).toBe(200)
    expect(asKey.headers.get('cache-control')).toBe('private, no-store')
    // No validator of ours on an answer for a login: a shared cache has nothing to revalidate it with.
    const editorsList = await app.api('/api/cases?depth=0', { token: editor })
    expect(editorsList.headers.get('cache-control')).toBe('private, no-store')
    expect(editorsList.headers.get('etag')).toBeNull()
    expect(anonymous.headers.get('cache-control')).toBe(PUBLIC)
  })

  it('a server start leaves the logos’ ETag and Last-Modified alone', async () => {
    for (const [name, tier] of [
      ['Aarhus Kommune', 'steering'],
      ['Vejle Kommune', 'working'],
    ]) {
      const partner = await create(payload, 'partners', { name, status: 'active', tier } as never)
      const logo = await app.api('/api/logos', {
        body: uploadForm(await png(), `${tier}.png`, 'image/png', {
          alt: name,
          partner: partner.id,
        }),
        method: 'POST',
        token: editor,
      })
      expect(logo.status, JSON.stringify(logo.body)).toBe(201)
    }
    const { first, tag } = await expectRevalidates('/api/logos?depth=0')
    // What every server runs when it starts: the flags follow the configured tiers.
    await recomputeLogosShown(payload, resolveOptions(rightsOptions))
    const again = await get('/api/logos?depth=0', { 'If-None-Match': tag })
    expect(again.status).toBe(304)
    expect(again.headers.get('last-modified')).toBe(first.headers.get('last-modified'))
  })

  it('errors and files the public may not see are answered as before, with no cache headers of ours', async () => {
    const missing = await get('/api/cases/999999')
    expect(missing.status).toBe(404)
    expect(missing.headers.get('cache-control') ?? '').not.toContain('public')
    expect(missing.headers.get('etag')).toBeNull()

    // A working-tier partner's logo is kept but not shown: its file is refused, with or without a tag.
    const partner = await create(payload, 'partners', {
      name: 'Vejle Kommune',
      status: 'active',
      tier: 'working',
    } as never)
    const logo = await app.api('/api/logos', {
      body: uploadForm(await png(), 'vejle.png', 'image/png', {
        alt: 'Vejle',
        partner: partner.id,
      }),
      method: 'POST',
      token: editor,
    })
    expect(logo.status, JSON.stringify(logo.body)).toBe(201)
    const path = `/api/logos/file/${logo.body.doc.filename}`
    const asEditor = await app.api(path, { token: editor })
    expect(asEditor.status).toBe(200)
    expect(asEditor.headers.get('cache-control')).toBe('private, no-store')
    for (const headers of [{}, { 'If-None-Match': asEditor.headers.get('etag')! }] as Array<
      Record<string, string>
    >) {
      const refused = await get(path, headers)
      expect(refused.status).toBeGreaterThanOrEqual(400)
      expect(refused.status).toBeLessThan(500)
      expect(refused.headers.get('etag')).toBeNull()
    }
  })
})
