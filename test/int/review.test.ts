/**
 * A partner's case goes draft → submitted → (sent back with a message → submitted →) published by
 * an editor, with emails at each step, over REST and GraphQL; then it is public and open for debate.
 * The partner blog follows the same review.
 */
import type { Payload } from 'payload'

import { beforeEach, describe, expect, it } from 'vitest'

import type { TestApp } from '../helpers/testApp'
import type { Outcome, Transport } from '../helpers/transports'

import { type Mailbox, mailboxPerFile } from '../helpers/mailbox'
import { type PartnerWorld, partnerWorldPerFile } from '../helpers/partnerWorld'
import { waitFor } from '../helpers/waitFor'

let app: TestApp
let payload: Payload
let world: PartnerWorld
let via: Transport[]
let mailbox: Mailbox

/** Messages about `title` once the outbox is empty (emails go out after the request; an earlier test's may still arrive). */
const mailAbout = async (title: string) => {
  await waitFor(
    'an empty outbox',
    async () => (await payload.count({ collection: 'payload-jobs' })).totalDocs === 0,
  )
  return mailbox.messages().filter(({ subject }) => subject.includes(title))
}

partnerWorldPerFile((context) => ({ app, payload, via, world } = context), {
  env: mailboxPerFile((started) => (mailbox = started)),
})
beforeEach(async () => {
  for (const collection of ['comments', 'cases', 'posts'] as const) {
    await payload.delete({ collection, where: { id: { exists: true } } })
  }
})

const EDITOR = 'editor@example.dk'
const STEERING_USER = 'steeringuser@example.dk'

const doc = (outcome: Outcome) => {
  if (!outcome.ok) {
    throw new Error(`refused (${outcome.status}): ${outcome.message}`)
  }
  return outcome.docs[0]
}
const refused = (outcome: Outcome) => (outcome.ok ? { message: '', status: 200 } : outcome)

describe.each(['REST', 'GraphQL'])('the case flow over %s', (transportName) => {
  const transport = () => via.find((candidate) => candidate.name === transportName)!
  const fields = 'id title _status reviewStatus reviewMessage submittedAt'

  it('create → submit → send back → resubmit → publish → public → debate, with the emails', async () => {
    const { anonymous, editor, steeringUser, workingUser } = world.viewers
    const created = doc(
      await transport().create(
        steeringUser,
        'cases',
        { _status: 'draft', openForDebate: true, title: 'Borgerne bygger selv' },
        fields,
      ),
    )
    expect(created).toMatchObject({ _status: 'draft', reviewStatus: 'draft' })

    // Submitting: the editors hear of it; the trail records who and when.
    const submitted = doc(
      await transport().update(
        steeringUser,
        'cases',
        created.id,
        { _status: 'draft', reviewStatus: 'submitted' },
        fields,
      ),
    )
    expect(submitted.reviewStatus).toBe('submitted')
    expect(submitted.submittedAt).toBeTruthy()
    const stored = await payload.findByID({
      id: created.id,
      collection: 'cases',
      depth: 0,
      draft: true,
    })
    expect(stored.submittedBy).toBe(steeringUser.user!.id)
    const toEditors = await mailbox.waitFor(EDITOR, /Til gennemsyn: Borgerne bygger selv/)
    expect(toEditors.text).toContain('Styre Kommune')
    expect(toEditors.text).toContain(`/admin/collections/cases/${created.id}`)

    // Nobody else sees the submission.
    for (const viewer of [anonymous, workingUser]) {
      const found = await transport().find(
        viewer,
        'cases',
        { where: { id: { equals: created.id } } },
        'id',
      )
      expect(found.ok && found.docs).toEqual([])
    }

    // The partner cannot decide for the editors.
    for (const change of [{ reviewStatus: 'returned' }, { _status: 'published' }]) {
      expect(
        refused(await transport().update(steeringUser, 'cases', created.id, change, fields)).status,
      ).toBe(403)
    }

    // Sending back needs a message, which the partner then sees and is emailed.
    const bare = refused(
      await transport().update(
        editor,
        'cases',
        created.id,
        { _status: 'draft', reviewStatus: 'returned' },
        fields,
      ),
    )
    expect(bare.status).toBe(400)
    expect(bare.message).toContain('Besked fra redaktionen')
    const message = 'Tilføj gerne tal for den økonomiske bundlinje.'
    doc(
      await transport().update(
        editor,
        'cases',
        created.id,
        { _status: 'draft', reviewMessage: message, reviewStatus: 'returned' },
        fields,
      ),
    )
    const toPartner = await mailbox.waitFor(STEERING_USER, /Sendt tilbage/)
    expect(toPartner.text).toContain(message)
    const seen = doc(
      await transport().find(
        steeringUser,
        'cases',
        { where: { id: { equals: created.id } } },
        fields,
      ),
    )
    expect(seen).toMatchObject({ reviewMessage: message, reviewStatus: 'returned' })

    // Resubmitted and published: the partner is told, the public sees it.
    doc(
      await transport().update(
        steeringUser,
        'cases',
        created.id,
        { _status: 'draft', reviewStatus: 'submitted' },
        fields,
      ),
    )
    await mailbox.waitFor(EDITOR, /Til gennemsyn/)
    const published = doc(
      await transport().update(editor, 'cases', created.id, { _status: 'published' }, fields),
    )
    expect(published).toMatchObject({ _status: 'published', reviewStatus: 'published' })
    await mailbox.waitFor(STEERING_USER, /Offentliggjort: Borgerne bygger selv/)

    const publicCase = doc(
      await transport().find(
        anonymous,
        'cases',
        { where: { id: { equals: created.id } } },
        'id title reviewMessage submittedAt',
      ),
    )
    expect(publicCase.title).toBe('Borgerne bygger selv')
    // The exchange between editors and partner is theirs alone.
    expect(publicCase.reviewMessage ?? undefined).toBeUndefined()
    expect(publicCase.submittedAt ?? undefined).toBeUndefined()
    const otherPartner = doc(
      await transport().find(
        workingUser,
        'cases',
        { where: { id: { equals: created.id } } },
        'id reviewMessage',
      ),
    )
    expect(otherPartner.reviewMessage ?? undefined).toBeUndefined()

    // Open for debate: any partner user comments, everybody reads it.
    doc(
      await transport().create(
        workingUser,
        'comments',
        {
          body: 'Hvordan fik I frivillige med?',
          target: { relationTo: 'cases', value: created.id },
        },
        'id',
      ),
    )
    const debate = await app.api(`/api/cases/${created.id}?depth=1`)
    expect(debate.body.comments.docs.map((comment: { body: string }) => comment.body)).toEqual([
      'Hvordan fik I frivillige med?',
    ])
  })
})

describe('the review queue', () => {
  it('lists what is submitted, drafts included, for editors to find', async () => {
    const { steeringUser } = world.viewers
    const [rest] = via
    const one = doc(
      await rest.create(
        steeringUser,
        'cases',
        { _status: 'draft', reviewStatus: 'submitted', title: 'Indsendt' },
        'id',
      ),
    )
    doc(await rest.create(steeringUser, 'cases', { _status: 'draft', title: 'Kladde' }, 'id'))
    const { body } = await app.api('/api/cases?draft=true&where[reviewStatus][equals]=submitted', {
      token: world.viewers.editor.token,
    })
    expect(body.docs.map((entry: { id: number }) => entry.id)).toEqual([one.id])
  })

  it('emails nobody when there is nothing to tell (an editor saving a draft)', async () => {
    const [rest] = via
    doc(
      await rest.create(
        world.viewers.editor,
        'cases',
        { _status: 'draft', title: 'Redaktionens egen' },
        'id',
      ),
    )
    expect(await mailAbout('Redaktionens egen')).toEqual([])
  })
})

describe('the partner blog', () => {
  it('a blogging partner submits a post, the editors publish it, the public reads it with the partner as author', async () => {
    const { editor, steeringUser } = world.viewers
    const [rest] = via
    const post = doc(
      await rest.create(
        steeringUser,
        'posts',
        { _status: 'draft', reviewStatus: 'submitted', title: 'Noter fra styregruppen' },
        'id',
      ),
    )
    await mailbox.waitFor(EDITOR, /Til gennemsyn: Noter fra styregruppen/)
    doc(
      await rest.update(
        editor,
        'posts',
        post.id,
        { _status: 'published', publishedAt: new Date().toISOString() },
        'id',
      ),
    )
    await mailbox.waitFor(STEERING_USER, /Offentliggjort/)
    const { body } = await app.api('/api/posts?depth=1')
    expect(body.docs).toHaveLength(1)
    expect(body.docs[0].partner).toMatchObject({ name: 'Styre Kommune' })
    expect(body.docs[0].partner.logo).toBeTruthy()
  })

  it("shows a partner's logo with its post only if its tier grants logo and presentation", async () => {
    await payload.create({
      collection: 'posts',
      data: { _status: 'published', partner: world.partners.working.id, title: 'Gæsteindlæg' },
    })
    const { body } = await app.graphql(`{ Posts { docs { title partner { name logo { id } } } } }`)
    expect(body.data.Posts.docs).toEqual([
      { partner: { name: 'Arbejds Region', logo: null }, title: 'Gæsteindlæg' },
    ])
  })

  it('a working-tier user cannot submit a post: 403, nothing written, nobody emailed', async () => {
    const [rest] = via
    const outcome = refused(
      await rest.create(
        world.viewers.workingUser,
        'posts',
        { _status: 'draft', reviewStatus: 'submitted', title: 'Nej' },
        'id',
      ),
    )
    expect(outcome.status).toBe(403)
    expect((await payload.count({ collection: 'posts' })).totalDocs).toBe(0)
    expect(await mailAbout('Nej')).toEqual([])
  })
})
