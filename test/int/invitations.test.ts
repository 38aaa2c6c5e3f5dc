/**
 * Inviting users: the editor creates an invitation, the account exists at once, the invitee
 * gets an email (through a real SMTP server) with a link to choose a password, and logs in.
 */
import type { Payload } from 'payload'

import { describe, expect, it } from 'vitest'

import { appPerFile } from '../helpers/appPerFile'
import { create } from '../helpers/content'
import { type Mailbox, mailboxPerFile, resetLinkIn } from '../helpers/mailbox'
import { startApp, type TestApp } from '../helpers/testApp'
import { PASSWORD } from '../helpers/users'
import { waitFor } from '../helpers/waitFor'

let app: TestApp
let admin: string
let editor: string
let payload: Payload
let mailbox: Mailbox

appPerFile((context) => ({ admin, app, editor, payload } = context), {
  // Retries every 0.2 s at first (doubling), and the queue looked at every second, so an outage test is quick.
  env: mailboxPerFile((started) => (mailbox = started), {
    JOBS_INTERVAL: '1',
    JOBS_RETRY_DELAY_MS: '200',
    SERVER_URL: 'http://cms.example.dk',
  }),
})

const partner = () =>
  create(payload, 'partners', { name: 'Inviterende Kommune', status: 'active', tier: 'steering' })

const invite = (token: string | undefined, data: Record<string, unknown>) =>
  app.api('/api/invitations', { body: data, method: 'POST', token })

/** The messages to `address`, once the outbox has nothing left to send (emails go out after the request). */
const sentOnceIdle = async (address: string) => {
  await waitFor(
    'an empty outbox',
    async () => (await payload.count({ collection: 'payload-jobs' })).totalDocs === 0,
  )
  return mailbox.messages().filter(({ to }) => to.includes(address))
}

const tokenOf = (link: string) => link.split('/').pop()!

const counts = async () => ({
  invitations: (await payload.count({ collection: 'invitations' })).totalDocs,
  users: (await payload.count({ collection: 'users' })).totalDocs,
})

describe('an editor invites a partner user', () => {
  it('creates the account for the partner and emails a link that sets the password and logs in', async () => {
    const { id: partnerId } = await partner()
    const { body, status } = await invite(editor, {
      name: 'Anna Andersen',
      email: ' Anna@Kommune.DK ',
      partner: partnerId,
    })
    expect(status).toBe(201)
    expect(body.doc).toMatchObject({ acceptedAt: null, email: 'anna@kommune.dk', role: 'partner' })
    expect(Date.parse(body.doc.expiresAt) - Date.parse(body.doc.sentAt)).toBe(7 * 24 * 3600 * 1000)

    const user = await payload.findByID({
      id: body.doc.user.id ?? body.doc.user,
      collection: 'users',
      depth: 0,
    })
    expect(user).toMatchObject({
      name: 'Anna Andersen',
      email: 'anna@kommune.dk',
      partner: partnerId,
      roles: ['partner'],
    })

    const mail = await mailbox.waitFor('anna@kommune.dk', /Invitation/)
    expect(mail.text).toContain('Inviterende Kommune')
    expect(mail.html).toContain('Anna Andersen')
    const link = resetLinkIn(mail)
    expect(link.startsWith('http://cms.example.dk/admin/reset/')).toBe(true)

    const reset = await app.api('/api/users/reset-password', {
      body: { password: PASSWORD, token: tokenOf(link) },
      method: 'POST',
    })
    expect(reset.status).toBe(200)
    expect(reset.body.token).toBeTruthy()
    const invitation = await payload.findByID({ id: body.doc.id, collection: 'invitations' })
    expect(invitation.acceptedAt).toBeTruthy()
    await expect(app.login('anna@kommune.dk', PASSWORD)).resolves.toBeTruthy()
  })

  it('works through GraphQL too', async () => {
    const { id: partnerId } = await partner()
    const { body } = await app.graphql(
      `mutation ($data: mutationInvitationInput!) { createInvitation(data: $data) { email role sentAt user { email } } }`,
      { data: { email: 'bo@kommune.dk', partner: partnerId } },
      editor,
    )
    expect(body.errors).toBeUndefined()
    expect(body.data.createInvitation).toMatchObject({
      email: 'bo@kommune.dk',
      role: 'partner',
      user: { email: 'bo@kommune.dk' },
    })
    await mailbox.waitFor('bo@kommune.dk', /Invitation/)
  })

  it('resends with a new link; the old one stops working', async () => {
    const { id: partnerId } = await partner()
    const { body } = await invite(editor, { email: 'cia@kommune.dk', partner: partnerId })
    const first = resetLinkIn(await mailbox.waitFor('cia@kommune.dk'))
    mailbox.clear()
    const resend = await app.api(`/api/invitations/${body.doc.id}/resend`, {
      method: 'POST',
      token: editor,
    })
    expect(resend.status).toBe(200)
    const second = resetLinkIn(await mailbox.waitFor('cia@kommune.dk'))
    expect(second).not.toBe(first)
    const stale = await app.api('/api/users/reset-password', {
      body: { password: PASSWORD, token: tokenOf(first) },
      method: 'POST',
    })
    expect(stale.status).toBeGreaterThanOrEqual(400)
    expect(stale.status).toBeLessThan(500)
  })

  it('withdraws a pending invitation with its unused account', async () => {
    const { id: partnerId } = await partner()
    const before = await counts()
    const { body } = await invite(editor, { email: 'dan@kommune.dk', partner: partnerId })
    expect(
      (await app.api(`/api/invitations/${body.doc.id}`, { method: 'DELETE', token: editor }))
        .status,
    ).toBe(200)
    expect(await counts()).toEqual(before)
  })
})

describe('refusals write nothing and send nothing', () => {
  it.each([
    ['anonymous', undefined],
    ['a partner user', 'partner'],
  ])('%s cannot invite', async (_who, role) => {
    const { id: partnerId } = await partner()
    let token: string | undefined
    if (role) {
      await payload.create({
        collection: 'users',
        data: { email: 'p@kommune.dk', partner: partnerId, password: PASSWORD, roles: ['partner'] },
      })
      token = await app.login('p@kommune.dk', PASSWORD)
    }
    const before = await counts()
    const { status } = await invite(token, { email: 'eve@kommune.dk', partner: partnerId })
    expect(status).toBe(403)
    expect(await counts()).toEqual(before)
    expect(await sentOnceIdle('eve@kommune.dk')).toEqual([])
  })

  it('a partner user cannot invite over GraphQL either', async () => {
    const { id: partnerId } = await partner()
    await payload.create({
      collection: 'users',
      data: { email: 'g@kommune.dk', partner: partnerId, password: PASSWORD, roles: ['partner'] },
    })
    const before = await counts()
    const { body } = await app.graphql(
      `mutation ($data: mutationInvitationInput!) { createInvitation(data: $data) { id } }`,
      { data: { email: 'hans@kommune.dk', partner: partnerId } },
      await app.login('g@kommune.dk', PASSWORD),
    )
    expect((body.errors?.[0]?.extensions as { statusCode?: number } | undefined)?.statusCode).toBe(
      403,
    )
    expect(await counts()).toEqual(before)
    expect(await sentOnceIdle('hans@kommune.dk')).toEqual([])
  })

  it('an editor cannot invite an editor (403); an administrator can', async () => {
    const refused = await invite(editor, { email: 'red@mm.dk', role: 'editor' })
    expect(refused.status).toBe(403)
    expect(refused.body.errors[0].message).toContain('administratorer')
    const allowed = await invite(admin, { email: 'red@mm.dk', role: 'editor' })
    expect(allowed.status).toBe(201)
    const user = await payload.find({
      collection: 'users',
      where: { email: { equals: 'red@mm.dk' } },
    })
    expect(user.docs[0].roles).toEqual(['editor'])
  })

  it.each([
    ['an existing user', { email: 'editor@example.dk' }, 'email'],
    ['a partner user without a partner', { email: 'ny@kommune.dk' }, 'partner'],
    ['a malformed address', { email: 'ikke-en-adresse' }, 'email'],
  ])('400 for %s, naming the field', async (_case, data, path) => {
    const { id: partnerId } = await partner()
    const before = await counts()
    const { body, status } = await invite(
      editor,
      path === 'partner' ? data : { partner: partnerId, ...data },
    )
    expect(status).toBe(400)
    expect(body.errors[0].data.errors.map((error: { path: string }) => error.path)).toContain(path)
    expect(await counts()).toEqual(before)
  })
})

describe('password reset', () => {
  it('emails a Danish message with an absolute link to this server', async () => {
    const { status } = await app.api('/api/users/forgot-password', {
      body: { email: 'editor@example.dk' },
      method: 'POST',
    })
    expect(status).toBe(200)
    const mail = await mailbox.waitFor('editor@example.dk', /kodeord/)
    expect(resetLinkIn(mail).startsWith('http://cms.example.dk/admin/reset/')).toBe(true)
  })
})

describe('when mail cannot be delivered', () => {
  it('the invitation is made (201) and its email waits in the outbox, then every message goes out exactly once', async () => {
    const { id: partnerId } = await partner()
    await mailbox.stop()
    const invited = []
    for (let n = 0; n < 20; n++) {
      const { body, status } = await invite(editor, {
        email: `fie${n}@kommune.dk`,
        partner: partnerId,
      })
      expect(status).toBe(201)
      invited.push(body.doc.id)
    }
    // The admin shows each email as waiting while the mail server is away.
    await waitFor(
      'failed send attempts',
      async () =>
        (
          await payload.count({
            collection: 'payload-jobs',
            where: { totalTried: { greater_than: 0 } },
          })
        ).totalDocs === 20,
    )
    const pending = await payload.find({
      collection: 'invitations',
      depth: 0,
      limit: 20,
      where: { id: { in: invited } },
    })
    expect(pending.docs.map(({ emailStatus }) => emailStatus)).toEqual(Array(20).fill('pending'))

    await mailbox.start()
    await waitFor('20 emails', async () => mailbox.messages().length >= 20, { timeoutMs: 40_000 })
    await waitFor(
      'the outbox empty',
      async () => (await payload.count({ collection: 'payload-jobs' })).totalDocs === 0,
    )
    const recipients = mailbox.messages().map(({ to }) => to.join())
    expect([...recipients].sort()).toEqual(
      Array.from({ length: 20 }, (_, n) => `fie${n}@kommune.dk`).sort(),
    )
    const sent = await payload.find({
      collection: 'invitations',
      depth: 0,
      limit: 20,
      where: { id: { in: invited } },
    })
    expect(sent.docs.map(({ emailStatus }) => emailStatus)).toEqual(Array(20).fill('sent'))
  })
})

describe('without SMTP_URL', () => {
  it('writes the message, link included, to the log instead of dropping it', async () => {
    const quiet = await startApp({ env: { SMTP_URL: '' } })
    try {
      // REST only: this file's Local API belongs to the other app.
      await quiet.api('/api/users/first-register', {
        body: { email: 'chef@mm.dk', password: PASSWORD },
        method: 'POST',
      })
      const token = await quiet.login('chef@mm.dk', PASSWORD)
      const created = await quiet.api('/api/partners', {
        body: { name: 'Log Kommune', status: 'active', tier: 'working' },
        method: 'POST',
        token,
      })
      const { status } = await quiet.api('/api/invitations', {
        body: { email: 'gry@kommune.dk', partner: created.body.doc.id },
        method: 'POST',
        token,
      })
      expect(status).toBe(201)
      expect(quiet.output()).toContain('SMTP_URL is not set')
      await waitFor('the message in the log', async () =>
        quiet.output().includes('subject: Invitation'),
      )
      expect(quiet.output()).toMatch(
        /email \(not sent: SMTP_URL is not set\) to: gry@kommune\.dk subject: Invitation[\s\S]*\/admin\/reset\/[0-9a-f]+/,
      )
    } finally {
      await quiet.stop()
    }
  })
})
