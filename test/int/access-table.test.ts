/**
 * Every collection in the config — this project's, the plugins' and Payload's own — × every role ×
 * create/read/update/delete, on REST and GraphQL, against the table below. A collection added
 * without a row fails the first test; a rule that changes fails until the table says so.
 *
 * Each cell is four letters for create, read, update, delete: upper case = allowed outright,
 * lower case = allowed for some documents only (the access answers with a `where`), `.` = refused.
 * The letters come from Payload's own permission report (`GET /api/access`, GraphQL `Access`),
 * and every refusal is also tried: a write or read that must answer 403 (REST) or Forbidden (GraphQL).
 */
import type { CollectionSlug, Payload } from 'payload'

import { beforeAll, describe, expect, it } from 'vitest'

import type { TestApp } from '../helpers/testApp'

import { type PartnerWorld, partnerWorldPerFile } from '../helpers/partnerWorld'
import { graphQLNames, type Viewer } from '../helpers/transports'
import { PASSWORD } from '../helpers/users'

let app: TestApp
let payload: Payload
let world: PartnerWorld

partnerWorldPerFile((context) => ({ app, payload, world } = context))

const ROLES = ['anonymous', 'preview', 'workingUser', 'steeringUser', 'editor', 'admin'] as const
type Role = (typeof ROLES)[number]
const OPERATIONS = ['create', 'read', 'update', 'delete'] as const

/**
 * What each role may do in each collection. Partner rows: the working tier has no showcase, blog or
 * panel-data right, the steering tier has them all (DESIGN.md). Where a row reads "own", the `where`
 * limits it to the partner's or user's own documents; "published" to what the public may see.
 */
const TABLE: Record<string, Record<Role, string>> = {
  // Published only for the public; staff write; preview keys read drafts. Partners: own drafts with the showcase right.
  cases: {
    admin: 'CRUD',
    anonymous: '.r..',
    editor: 'CRUD',
    preview: '.R..',
    steeringUser: 'Crud',
    workingUser: '.rud',
  },
  // The catalogue's editorial collections: published for the public, staff write.
  dilemmas: {
    admin: 'CRUD',
    anonymous: '.r..',
    editor: 'CRUD',
    preview: '.R..',
    steeringUser: '.r..',
    workingUser: '.r..',
  },
  models: {
    admin: 'CRUD',
    anonymous: '.r..',
    editor: 'CRUD',
    preview: '.R..',
    steeringUser: '.r..',
    workingUser: '.r..',
  },
  newsletters: {
    admin: 'CRUD',
    anonymous: '.r..',
    editor: 'CRUD',
    preview: '.R..',
    steeringUser: '.r..',
    workingUser: '.r..',
  },
  posts: {
    admin: 'CRUD',
    anonymous: '.r..',
    editor: 'CRUD',
    preview: '.R..',
    steeringUser: 'Crud',
    workingUser: '.rud',
  },
  // Reference material: public, staff write.
  principles: {
    admin: 'CRUD',
    anonymous: '.R..',
    editor: 'CRUD',
    preview: '.R..',
    steeringUser: '.R..',
    workingUser: '.R..',
  },
  themes: {
    admin: 'CRUD',
    anonymous: '.R..',
    editor: 'CRUD',
    preview: '.R..',
    steeringUser: '.R..',
    workingUser: '.R..',
  },
  // Debate: any login writes; the public reads visible comments; authors edit their own for a while.
  comments: {
    admin: 'CRUD',
    anonymous: '.r..',
    editor: 'CRUD',
    preview: '.r..',
    steeringUser: 'Cru.',
    workingUser: 'Cru.',
  },
  // The steering group's say (shapeAgenda): steering partner users propose, read all proposals and
  // change their own; working partner users get an empty list (and a notice in the admin); nobody
  // else anything (endorsements: an empty list, so a public GraphQL query of a recommendation's
  // endorsements answers none). Supports are given and withdrawn, endorsements' notes edited too.
  endorsements: {
    admin: 'CRUD',
    anonymous: '.r..',
    editor: 'CRUD',
    preview: '.r..',
    steeringUser: 'CRud',
    workingUser: '.r..',
  },
  'proposal-supports': {
    admin: 'CRUD',
    anonymous: '....',
    editor: 'CRUD',
    preview: '....',
    steeringUser: 'CR.d',
    workingUser: '....',
  },
  proposals: {
    admin: 'CRUD',
    anonymous: '....',
    editor: 'CRUD',
    preview: '....',
    steeringUser: 'CRud',
    workingUser: '.r..',
  },
  // Joint recommendations: staff write; steering partner users read the drafts; everyone else the published ones.
  recommendations: {
    admin: 'CRUD',
    anonymous: '.r..',
    editor: 'CRUD',
    preview: '.r..',
    steeringUser: '.R..',
    workingUser: '.r..',
  },
  // Uploads: media readable by all, partners upload with showcase or blog; logos as the tier allows; survey data by right.
  // A partner keeps editing and deleting its own documents after its tier loses the right to make new ones.
  logos: {
    admin: 'CRUD',
    anonymous: '.r..',
    editor: 'CRUD',
    preview: '.r..',
    steeringUser: 'Crud',
    workingUser: '.rud',
  },
  media: {
    admin: 'CRUD',
    anonymous: '.R..',
    editor: 'CRUD',
    preview: '.R..',
    steeringUser: 'CRud',
    workingUser: '.Rud',
  },
  'panel-surveys': {
    admin: 'CRUD',
    anonymous: '....',
    editor: 'CRUD',
    preview: '....',
    steeringUser: '.R..',
    workingUser: '....',
  },
  // Partners: active ones public; a partner user edits its own page (not tier or status).
  partners: {
    admin: 'CRUD',
    anonymous: '.r..',
    editor: 'CRUD',
    preview: '.r..',
    steeringUser: '.ru.',
    workingUser: '.ru.',
  },
  // Meetings: the public sees the working meetings and the conference; a partner user those its tier includes
  // too. Files and registrations: the members of the meeting's kind ("r" for the rest is a constraint that
  // matches nothing: GraphQL resolves a meeting's lists of them as the asker). A partner user registers
  // its own people and changes only its own partner's registrations.
  'meeting-materials': {
    admin: 'CRUD',
    anonymous: '.r..',
    editor: 'CRUD',
    preview: '.r..',
    steeringUser: '.r..',
    workingUser: '.r..',
  },
  'meeting-registrations': {
    admin: 'CRUD',
    anonymous: '.r..',
    editor: 'CRUD',
    preview: '.r..',
    steeringUser: 'Crud',
    workingUser: 'Crud',
  },
  meetings: {
    admin: 'CRUD',
    anonymous: '.r..',
    editor: 'CRUD',
    preview: '.r..',
    steeringUser: '.r..',
    workingUser: '.r..',
  },
  // Invitations are not edited: resent (an endpoint) or withdrawn (deleted).
  invitations: {
    admin: 'CR.D',
    anonymous: '....',
    editor: 'CR.D',
    preview: '....',
    steeringUser: '....',
    workingUser: '....',
  },
  // Accounts: staff manage (editors not admins' accounts); everyone else its own.
  users: {
    admin: 'CRUD',
    anonymous: '....',
    editor: 'CRud',
    preview: '.r..',
    steeringUser: '.rud',
    workingUser: '.rud',
  },
  // Written by the system only, read by all.
  search: {
    admin: '.R..',
    anonymous: '.R..',
    editor: '.R..',
    preview: '.R..',
    steeringUser: '.R..',
    workingUser: '.R..',
  },
  // Administration: webhooks are the admins'; deliveries and the audit log are written by the server only, read by admins.
  'audit-log': {
    admin: '.R..',
    anonymous: '....',
    editor: '....',
    preview: '....',
    steeringUser: '....',
    workingUser: '....',
  },
  'webhook-deliveries': {
    admin: '.R..',
    anonymous: '....',
    editor: '....',
    preview: '....',
    steeringUser: '....',
    workingUser: '....',
  },
  webhooks: {
    admin: 'CRUD',
    anonymous: '....',
    editor: '....',
    preview: '....',
    steeringUser: '....',
    workingUser: '....',
  },
  // Payload's own. The job queue: admins read it (failed jobs with their error); jobs are queued by the server.
  'payload-jobs': {
    admin: '.R..',
    anonymous: '....',
    editor: '....',
    preview: '....',
    steeringUser: '....',
    workingUser: '....',
  },
  // Locks: staff see all (who edits what), partners their own; a lock is created for a
  // document one may edit (judged on the data, so reported as refused here) and removed by its user.
  'payload-kv': {
    admin: '....',
    anonymous: '....',
    editor: '....',
    preview: '....',
    steeringUser: '....',
    workingUser: '....',
  },
  'payload-locked-documents': {
    admin: '.R.d',
    anonymous: '....',
    editor: '.R.d',
    preview: '....',
    steeringUser: '.r.d',
    workingUser: '.r.d',
  },
  'payload-migrations': {
    admin: '....',
    anonymous: '....',
    editor: '....',
    preview: '....',
    steeringUser: '....',
    workingUser: '....',
  },
  'payload-preferences': {
    admin: 'Crud',
    anonymous: '....',
    editor: 'Crud',
    preview: '.r..',
    steeringUser: 'Crud',
    workingUser: 'Crud',
  },
}

type Permission = { permission?: boolean; where?: unknown }

const letter = (operation: (typeof OPERATIONS)[number], permission: Permission | undefined) => {
  if (!permission?.permission) {
    return '.'
  }
  const upper = operation[0].toUpperCase()
  return permission.where ? upper.toLowerCase() : upper
}
/** REST's report shortens `{ permission: true }` to `true` (a whole collection's too) and leaves out what is refused. */
const cell = (
  permissions:
    boolean | Partial<Record<(typeof OPERATIONS)[number], boolean | Permission>> | undefined,
) =>
  OPERATIONS.map((operation) => {
    const permission = typeof permissions === 'object' ? permissions[operation] : permissions
    return letter(operation, typeof permission === 'object' ? permission : { permission })
  }).join('')

let viewers: Record<Role, Viewer>
const PREVIEW_KEY = 'access-table-preview-key'

beforeAll(async () => {
  const made = await app.api('/api/users', {
    body: {
      apiKey: PREVIEW_KEY,
      email: 'preview@example.dk',
      enableAPIKey: true,
      password: PASSWORD,
      roles: ['preview'],
    },
    method: 'POST',
    token: world.viewers.admin.token,
  })
  expect(made.status).toBe(201)
  viewers = { ...world.viewers, preview: { name: 'preview' } }
})

const headersOf = (role: Role): Record<string, string> =>
  role === 'preview'
    ? { Authorization: `users API-Key ${PREVIEW_KEY}` }
    : viewers[role].token
      ? { Authorization: `JWT ${viewers[role].token}` }
      : {}

const slugs = () => payload.config.collections.map(({ slug }) => slug).sort()
const graphQLName = (slug: string) => slug.replace(/-/g, '_')
const hasGraphQL = (slug: string) =>
  payload.config.collections.find((collection) => collection.slug === slug)?.graphQL !== false

describe('the access table', () => {
  it('has a row for every collection in the config, and no row for one that is gone', () => {
    expect(Object.keys(TABLE).sort()).toEqual(slugs())
  })

  it.each(ROLES)('REST and GraphQL report what the table says for %s', async (role) => {
    const rest = await app.api('/api/access', { headers: headersOf(role) })
    expect(rest.status).toBe(200)
    const selection = slugs()
      .filter(hasGraphQL)
      .map(
        (slug) =>
          `${graphQLName(slug)} { ${OPERATIONS.map((operation) => `${operation} { permission where }`).join(' ')} }`,
      )
      .join(' ')
    const gql = await app.api('/api/graphql', {
      body: { query: `{ Access { ${selection} } }` },
      headers: headersOf(role),
      method: 'POST',
    })
    expect(gql.body.errors).toBeUndefined()

    const expected = Object.fromEntries(slugs().map((slug) => [slug, TABLE[slug]?.[role]]))
    const fromRest = Object.fromEntries(
      slugs().map((slug) => [slug, cell(rest.body.collections?.[slug])]),
    )
    const fromGraphQL = Object.fromEntries(
      slugs()
        .filter(hasGraphQL)
        .map((slug) => [slug, cell(gql.body.data.Access[graphQLName(slug)])]),
    )
    expect(fromRest).toEqual(expected)
    expect(fromGraphQL).toEqual(
      Object.fromEntries(Object.entries(expected).filter(([slug]) => hasGraphQL(slug))),
    )
  })

  it.each(ROLES)('every refusal in the table is a refusal when %s tries it', async (role) => {
    const headers = headersOf(role)
    const nothing = 'where[id][equals]=0'
    const refusedOverRest: string[] = []
    const refusedOverGraphQL: string[] = []
    for (const slug of slugs()) {
      const row = TABLE[slug][role]
      const restTries = {
        create: () => app.api(`/api/${slug}`, { body: {}, headers, method: 'POST' }),
        delete: () => app.api(`/api/${slug}?${nothing}`, { headers, method: 'DELETE' }),
        read: () => app.api(`/api/${slug}`, { headers }),
        update: () => app.api(`/api/${slug}?${nothing}`, { body: {}, headers, method: 'PATCH' }),
      }
      for (const [index, operation] of OPERATIONS.entries()) {
        if (row[index] !== '.') {
          continue
        }
        const { status } = await restTries[operation]()
        // Without endpoints (the migration log) there is nothing to ask: 501.
        const endpoints = payload.config.collections.find(
          (collection) => collection.slug === slug,
        )?.endpoints
        if (status === (endpoints === false ? 501 : 403)) {
          refusedOverRest.push(`${slug} ${operation}`)
        } else {
          refusedOverRest.push(`${slug} ${operation}: ${status}`)
        }
      }
      if (!hasGraphQL(slug)) {
        continue
      }
      // GraphQL: reads, updates and deletes (a create's input type demands fields before access is asked).
      const { pluralName, singularName } = graphQLNames(payload, slug)
      const graphQLTries = {
        delete: `mutation { delete${singularName}(id: 2147483647) { id } }`,
        read: `{ ${pluralName}(limit: 1) { totalDocs } }`,
        update: `mutation { update${singularName}(id: 2147483647, data: {}) { id } }`,
      }
      for (const [operation, query] of Object.entries(graphQLTries)) {
        if (row[OPERATIONS.indexOf(operation as 'read')] !== '.') {
          continue
        }
        const { body } = await app.api('/api/graphql', { body: { query }, headers, method: 'POST' })
        const status = (body.errors?.[0]?.extensions as { statusCode?: number } | undefined)
          ?.statusCode
        refusedOverGraphQL.push(
          status === 403
            ? `${slug} ${operation}`
            : `${slug} ${operation}: ${status ?? 'answered'} ${JSON.stringify(body).slice(0, 200)}`,
        )
      }
    }
    expect(refusedOverRest.filter((entry) => entry.includes(':'))).toEqual([])
    expect(refusedOverGraphQL.filter((entry) => entry.includes(':'))).toEqual([])
  })
})
