import type { CollectionSlug, Payload } from 'payload'

import sharp from 'sharp'

import { richText } from '../src/utilities/richText'
import { cases } from './content/cases'
import { demoPartners, demoUsers } from './content/demo'
import { dilemmas } from './content/dilemmas'
import { meetings as projectMeetings } from './content/meetings'
import { models } from './content/models'
import { principles } from './content/principles'
import { catalog, newsletter } from './content/publication'
import { considerations, meetings } from './content/themes'

type Log = (message: string) => void
type Doc = { id: number; slug?: null | string }

/** Content collections in the order they can be emptied (documents pointing at others first). */
const CONTENT: CollectionSlug[] = [
  'meeting-registrations',
  'meeting-materials',
  'meetings',
  'comments',
  'newsletters',
  'posts',
  'dilemmas',
  'models',
  'cases',
  'themes',
  'principles',
  'logos',
  'media',
  'panel-surveys',
  'partners',
]

/** Finds a document by its key (the slug; drafts included) or creates it: a second run changes nothing. */
const ensure = async (
  payload: Payload,
  collection: CollectionSlug,
  data: Record<string, unknown>,
  created: string[],
  key = 'slug',
) => {
  const name = `${collection}/${String(data[key])}`
  const { docs } = await payload.find({
    collection,
    draft: true,
    limit: 1,
    where: { [key]: { equals: data[key] } },
  })
  if (docs[0]) {
    return docs[0] as unknown as Doc
  }
  try {
    // One transaction per document: a failure leaves the database as it was before it.
    const doc = await payload.create({
      collection,
      data: data as never,
      draft: data._status === 'draft',
    })
    created.push(name)
    return doc as unknown as Doc
  } catch (error) {
    throw new Error(`Seeding ${name} failed: ${(error as Error).message}`, { cause: error })
  }
}

export const logoPng = (name: string, colour: string) =>
  sharp(
    Buffer.from(
      `<svg xmlns="http://www.w3.org/2000/svg" width="800" height="300"><rect width="800" height="300" rx="24" fill="${colour}"/><circle cx="150" cy="150" r="90" fill="#ffffff"/><text x="270" y="175" font-family="sans-serif" font-size="64" fill="#ffffff">${name}</text></svg>`,
    ),
  )
    .png()
    .toBuffer()

export type SeedOptions = { log: Log; reset: boolean; resetUsers: boolean; users: boolean }

/** The project's own content (Danish, from the source documents) and fictional demo partners. */
export const seed = async (payload: Payload, { log, reset, resetUsers, users }: SeedOptions) => {
  if (reset) {
    for (const collection of CONTENT) {
      await payload.delete({ collection, where: { id: { exists: true } } })
    }
    log('Emptied the content collections')
  }
  if (resetUsers) {
    await payload.delete({ collection: 'users', where: { id: { exists: true } } })
    log('Removed all users')
  }

  const created: string[] = []
  const bySlug = new Map<string, number>()
  const keep = (doc: Doc) => bySlug.set(doc.slug!, doc.id)
  const ids = (slugs: string[]) => slugs.map((slug) => bySlug.get(slug)!)

  for (const theme of meetings) {
    keep(await ensure(payload, 'themes', { ...theme, kind: 'meeting' }, created))
  }
  for (const theme of considerations) {
    keep(await ensure(payload, 'themes', { ...theme, kind: 'consideration' }, created))
  }
  const principleIds = new Map<number, number>()
  for (const principle of principles) {
    const doc = await ensure(
      payload,
      'principles',
      { ...principle, slug: `princip-${principle.number}` },
      created,
    )
    principleIds.set(principle.number, doc.id)
  }
  log(
    `Themes and principles: ${meetings.length + considerations.length} themes, ${principles.length} principles`,
  )

  for (const { body, themes, ...kase } of cases) {
    keep(
      await ensure(
        payload,
        'cases',
        { ...kase, _status: 'published', body: richText(...body), themes: ids(themes) },
        created,
      ),
    )
  }
  for (const { examples, principles: numbers, themes, weaknesses, ...model } of models) {
    const doc = await ensure(
      payload,
      'models',
      {
        ...model,
        _status: 'draft',
        checklist: Object.fromEntries(
          Object.entries(model.checklist).map(([key, items]) => [
            key,
            items.map((item) => ({ item })),
          ]),
        ),
        examples: ids(examples),
        principles: numbers.map((number) => principleIds.get(number)),
        themes: ids(themes),
        weaknesses: weaknesses.map((point) => ({ point })),
      },
      created,
    )
    keep(doc)
  }
  for (const { discussedAt, models: discusses, themes, ...dilemma } of dilemmas) {
    keep(
      await ensure(
        payload,
        'dilemmas',
        {
          ...dilemma,
          _status: 'published',
          discussedAt: bySlug.get(discussedAt),
          models: ids(discusses),
          themes: ids(themes),
        },
        created,
      ),
    )
  }
  log(
    `Catalogue: ${cases.length} cases, ${dilemmas.length} dilemmas, ${models.length} draft models`,
  )

  for (const { colour, ...partner } of demoPartners) {
    const doc = await ensure(payload, 'partners', partner, created)
    keep(doc)
    const { totalDocs } = await payload.count({
      collection: 'logos',
      where: { partner: { equals: doc.id } },
    })
    if (!totalDocs) {
      const data = await logoPng(partner.name, colour)
      const logo = await payload.create({
        collection: 'logos',
        data: { alt: `${partner.name}s logo`, partner: doc.id },
        file: { name: `${partner.slug}.png`, data, mimetype: 'image/png', size: data.length },
      })
      await payload.update({ id: doc.id, collection: 'partners', data: { logo: logo.id } })
    }
  }
  log(
    `Partners: ${demoPartners.map((partner) => `${partner.name} (${partner.tier}, ${partner.status})`).join(', ')}`,
  )

  const current = await payload.findGlobal({ slug: 'catalog', draft: true })
  if (!current.title) {
    await payload.updateGlobal({
      slug: 'catalog',
      data: {
        _status: 'draft',
        foreword: richText(...catalog.foreword) as never,
        models: ids(models.map((model) => model.slug)),
        title: catalog.title,
      },
      draft: true,
    })
    created.push('catalog')
  }
  const { body, featured, ...issue } = newsletter
  await ensure(
    payload,
    'newsletters',
    {
      ...issue,
      _status: 'published',
      body: richText(...body),
      featured: featured.map((slug) => ({ relationTo: 'cases', value: bySlug.get(slug) })),
    },
    created,
    'issue',
  )

  for (const { agenda, theme, ...meeting } of projectMeetings) {
    await ensure(
      payload,
      'meetings',
      {
        ...meeting,
        agenda: agenda ? richText(...agenda) : undefined,
        theme: theme ? bySlug.get(theme) : undefined,
      },
      created,
      'title',
    )
  }
  log(`Meetings: ${projectMeetings.length}, dated as the project description dates them`)

  if (users) {
    for (const { partner, ...user } of demoUsers) {
      const { totalDocs } = await payload.count({
        collection: 'users',
        where: { email: { equals: user.email } },
      })
      if (totalDocs) {
        continue
      }
      await payload.create({
        collection: 'users',
        data: { ...user, partner: partner ? bySlug.get(partner) : undefined } as never,
      })
      created.push(`users/${user.email}`)
    }
    log('Development logins (never use these in production):')
    for (const user of demoUsers) {
      const extra =
        'partner' in user ? `, ${user.partner}` : 'apiKey' in user ? `, API key ${user.apiKey}` : ''
      log(`  ${user.email} / ${user.password} (${user.roles.join(', ')}${extra})`)
    }
  }
  log(
    created.length
      ? `Created ${created.length}: ${created.join(', ')}`
      : 'Nothing to create: the content is already there',
  )
  return created
}
