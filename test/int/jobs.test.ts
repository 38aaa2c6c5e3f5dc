/**
 * The job queue itself: jobs survive kill -9 of the server that was running them and then run
 * once; scheduled publishing (Payload's `schedulePublish`) makes a document public on REST and
 * GraphQL and fires the same webhook as a manual publish; only staff schedule; failed jobs are
 * visible to administrators.
 */
import type { Payload } from 'payload'

import { describe, expect, it } from 'vitest'

import { appPerFile } from '../helpers/appPerFile'
import { create } from '../helpers/content'
import { type Mailbox, mailboxPerFile } from '../helpers/mailbox'
import { SERVER_STARTS_TIMEOUT_MS, startApp, type TestApp } from '../helpers/testApp'
import { PASSWORD, userWithRole } from '../helpers/users'
import { waitFor } from '../helpers/waitFor'
import { type Receiver, receiverPerFile } from '../helpers/webhookReceiver'

let app: TestApp
let admin: string
let editor: string
let payload: Payload
let receiver: Receiver
let mailbox: Mailbox
const startReceiver = receiverPerFile((started) => (receiver = started))
const withMailbox = mailboxPerFile((started) => (mailbox = started), {
  JOBS_INTERVAL: '1',
  JOBS_RETRY_DELAY_MS: '300',
})

appPerFile((context) => ({ admin, app, editor, payload } = context), {
  env: async () => {
    await startReceiver()
    return withMailbox()
  },
})

const webhook = (collections: string[]) =>
  app.api('/api/webhooks', {
    body: { collections, url: receiver.url },
    method: 'POST',
    token: admin,
  })

describe('jobs survive kill -9', { timeout: SERVER_STARTS_TIMEOUT_MS }, () => {
  it('a delivery cut off mid-run and emails waiting for the mail server all go out once after the restart', async () => {
    await webhook(['cases'])
    const emails = ['a@kommune.dk', 'b@kommune.dk', 'c@kommune.dk']
    for (const email of emails) {
      await userWithRole(app, 'partner', email)
    }
    // The receiver never answers the first request: the job is running when the server is killed.
    receiver.script.push('hang')
    await mailbox.stop()
    const published = await app.api('/api/cases', {
      body: { _status: 'published', summary: 'x', title: 'Afbrudt' },
      method: 'POST',
      token: editor,
    })
    expect(published.status).toBe(201)
    for (const email of emails) {
      expect(
        (await app.api('/api/users/forgot-password', { body: { email }, method: 'POST' })).status,
      ).toBe(200)
    }
    await waitFor('the delivery under way', async () => receiver.received.length === 1)
    await app.restart('SIGKILL')
    await mailbox.start()
    await waitFor(
      'the delivery accepted',
      async () => receiver.received.some(({ status }) => status === 200),
      { timeoutMs: 30_000 },
    )
    const ids = receiver.received.map(({ headers }) => headers['webhook-id'])
    expect(new Set(ids).size).toBe(1)
    expect(receiver.received.filter(({ status }) => status === 200)).toHaveLength(1)
    await waitFor(
      'the queue empty',
      async () => (await payload.count({ collection: 'payload-jobs' })).totalDocs === 0,
      { timeoutMs: 30_000 },
    )
    expect(
      mailbox
        .messages()
        .flatMap(({ to }) => to)
        .sort(),
    ).toEqual(emails)
  })
})

describe('scheduled publishing', () => {
  it('publishes at the set time, visible on REST and GraphQL, with the same webhook as a manual publish', async () => {
    await webhook(['cases'])
    const draft = await app.api('/api/cases', {
      body: { summary: 'x', title: 'Planlagt' },
      method: 'POST',
      token: editor,
    })
    const id = draft.body.doc.id
    const editorUser = (
      await payload.find({ collection: 'users', where: { email: { equals: 'editor@example.dk' } } })
    ).docs[0]
    await payload.jobs.queue({
      input: {
        type: 'publish',
        doc: { relationTo: 'cases', value: id },
        user: { relationTo: 'users', value: editorUser.id },
      },
      task: 'schedulePublish',
      waitUntil: new Date(Date.now() + 2000),
    })
    expect((await app.api(`/api/cases/${id}`)).status).toBe(404)
    await waitFor(
      'the case public',
      async () => (await app.api(`/api/cases/${id}`)).status === 200,
      { timeoutMs: 15_000 },
    )
    const graphql = await app.graphql(`{ Case(id: ${id}) { title _status } }`)
    expect(graphql.body.data.Case).toEqual({ _status: 'published', title: 'Planlagt' })
    await waitFor('the webhook', async () =>
      receiver.received.some(({ body }) => JSON.parse(body).type === 'publish'),
    )
    const [entry] = (
      await payload.find({
        collection: 'audit-log',
        where: { and: [{ action: { equals: 'publish' } }, { documentId: { equals: String(id) } }] },
      })
    ).docs
    expect(entry).toMatchObject({ actor: 'editor@example.dk', door: 'job' })
  })

  it('is for staff: a partner user cannot schedule (403)', async () => {
    const partner = await create(payload, 'partners', {
      name: 'Silkeborg Kommune',
      status: 'active',
      tier: 'steering',
    })
    const { user } = await userWithRole(app, 'partner', 'planlaegger@kommune.dk')
    await payload.update({ id: user.id, collection: 'users', data: { partner: partner.id } })
    const draft = await app.api('/api/cases', {
      body: { summary: 'x', title: 'Forsøg' },
      method: 'POST',
      token: editor,
    })
    const scheduling = payload.jobs.queue({
      input: {
        type: 'publish',
        doc: { relationTo: 'cases', value: draft.body.doc.id },
        user: { relationTo: 'users', value: user.id },
      },
      task: 'schedulePublish',
      waitUntil: new Date(Date.now() + 60_000),
    })
    await expect(scheduling).rejects.toMatchObject({ status: 403 })
    expect((await payload.count({ collection: 'payload-jobs' })).totalDocs).toBe(0)
    // Nor through the jobs collection's own REST route.
    const partnerToken = await app.login('planlaegger@kommune.dk', PASSWORD)
    expect(
      (
        await app.api('/api/payload-jobs', {
          body: { input: {}, taskSlug: 'schedulePublish' },
          method: 'POST',
          token: partnerToken,
        })
      ).status,
    ).toBe(403)
  })
})

describe('npm run worker', { timeout: SERVER_STARTS_TIMEOUT_MS }, () => {
  it('runs the queue for servers that leave it (JOBS_AUTORUN=off)', async () => {
    const quiet = await startApp({
      env: { JOBS_AUTORUN: 'off', JOBS_INTERVAL: '1', SMTP_URL: mailbox.url },
    })
    try {
      await waitFor('the start-up log', async () =>
        quiet.output().includes('JOBS_AUTORUN=off: background jobs are left to `npm run worker`'),
      )
      // REST only: this file's Local API belongs to the other app.
      await quiet.api('/api/users/first-register', {
        body: { email: 'chef@mm.dk', password: PASSWORD },
        method: 'POST',
      })
      const token = await quiet.login('chef@mm.dk', PASSWORD)
      expect(
        (
          await quiet.api('/api/users/forgot-password', {
            body: { email: 'chef@mm.dk' },
            method: 'POST',
          })
        ).status,
      ).toBe(200)
      const queued = await quiet.api('/api/payload-jobs', { token })
      expect(queued.body.docs).toMatchObject([{ taskSlug: 'sendEmail', totalTried: 0 }])
      const worker = await quiet.worker()
      try {
        const mail = await mailbox.waitFor('chef@mm.dk', /kodeord/)
        expect(mail.subject).toBe('Nulstil dit kodeord til Den aktive borger')
        await waitFor(
          'the queue empty',
          async () => (await quiet.api('/api/payload-jobs', { token })).body.totalDocs === 0,
        )
      } finally {
        expect(await worker.stop()).toBe(0)
      }
    } finally {
      await quiet.stop()
    }
  })
})

describe('failed jobs', () => {
  it('are visible to administrators with their error, to nobody else', async () => {
    await payload.jobs.queue({
      input: { message: { subject: 'x', to: 'ingen' } },
      task: 'sendEmail',
    })
    await waitFor(
      'a job given up or retried',
      async () =>
        (
          await payload.count({
            collection: 'payload-jobs',
            where: { totalTried: { greater_than: 0 } },
          })
        ).totalDocs > 0,
    )
    const seen = await app.api('/api/payload-jobs?where[taskSlug][equals]=sendEmail', {
      token: admin,
    })
    expect(seen.status).toBe(200)
    expect(seen.body.docs[0]).toMatchObject({ taskSlug: 'sendEmail' })
    expect(JSON.stringify(seen.body.docs[0].log)).toMatch(/error/i)
    expect((await app.api('/api/payload-jobs', { token: editor })).status).toBe(403)
  })
})
