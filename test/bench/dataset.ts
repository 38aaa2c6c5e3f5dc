import type { Payload } from 'payload'

import { demoUsers } from '../../seed/content/demo'
import { generateDemo } from '../../seed/demo'
import { logoPng, seed } from '../../seed/seed'
import { poolOf } from '../../src/server/pool'

/** Steering partners among the first hundred get a logo: the partner list then populates some. */
const LOGOS = 20
/** Debate on the case the "one case by slug" scenario reads. */
const COMMENTS = 20
/** Example cases per catalogue model (the seed gives each one or two). */
const EXAMPLES = 10

export const benchPartnerUser = demoUsers.find((user) => user.partner === 'demo-kommune')!
// Every third generated case is open for debate.
export const debatedCase = 'demo-case-3'

const quiet = () => {}

/**
 * The benchmark's data: the project's own seed (themes, cases, models, the demo partners and
 * their logins), the catalogue published with generated example cases, logos for generated
 * steering partners, and a debated case. `grow` then adds generated cases up to a size.
 */
export const prepare = async (payload: Payload, cases: number) => {
  await seed(payload, { log: quiet, reset: false, resetUsers: false, users: true })
  await grow(payload, cases)

  const { docs: partners } = await payload.find({
    collection: 'partners',
    limit: LOGOS,
    sort: 'id',
    where: { and: [{ slug: { like: 'demo-partner-' } }, { tier: { equals: 'steering' } }] },
  })
  for (const partner of partners) {
    const data = await logoPng(partner.name, '#0b5c7a')
    const logo = await payload.create({
      collection: 'logos',
      data: { alt: `${partner.name}s logo`, partner: partner.id },
      file: { name: `${partner.slug}.png`, data, mimetype: 'image/png', size: data.length },
    })
    await payload.update({ id: partner.id, collection: 'partners', data: { logo: logo.id } })
  }

  const { docs: models } = await payload.find({
    collection: 'models',
    draft: true,
    limit: 0,
    pagination: false,
    sort: 'order',
  })
  for (const [index, model] of models.entries()) {
    const { docs: examples } = await payload.find({
      collection: 'cases',
      limit: EXAMPLES,
      page: index + 1,
      sort: 'id',
      where: { slug: { like: 'demo-case-' } },
    })
    const own = (model.examples ?? []).map((example) =>
      typeof example === 'object' ? example.id : example,
    )
    await payload.update({
      id: model.id,
      collection: 'models',
      data: { _status: 'published', examples: [...own, ...examples.map((doc) => doc.id)] },
    })
  }
  await payload.updateGlobal({ slug: 'catalog', data: { _status: 'published' } })

  const [
    {
      docs: [kase],
    },
    {
      docs: [author],
    },
  ] = await Promise.all([
    payload.find({ collection: 'cases', limit: 1, where: { slug: { equals: debatedCase } } }),
    payload.find({
      collection: 'users',
      limit: 1,
      where: { email: { equals: benchPartnerUser.email } },
    }),
  ])
  for (let index = 0; index < COMMENTS; index++) {
    await payload.create({
      collection: 'comments',
      data: {
        author: author.id,
        body: `Debatindlæg nummer ${index + 1} om casen.`,
        target: { relationTo: 'cases', value: kase.id },
      },
    })
  }
  return { caseId: kase.id }
}

/** Generated cases up to `cases`, then fresh planner statistics (as autovacuum would give after a while). */
export const grow = async (payload: Payload, cases: number) => {
  await generateDemo(payload, cases, quiet)
  await poolOf(payload)!.query('VACUUM ANALYZE')
}
