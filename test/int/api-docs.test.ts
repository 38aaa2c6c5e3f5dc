import type { Payload } from 'payload'

import { PayloadSDK } from '@payloadcms/sdk'
import { buildSchema, parse as parseGraphQL, validate } from 'graphql'
import { GraphQLClient } from 'graphql-request'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { parse as parseQuery } from 'qs-esm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Config } from '../../payload-types'

import { seed } from '../../seed/seed'
import { projectRoot } from '../../src/runtime/settings'
import { differenceFrom, type DocExample, readApiDocs } from '../helpers/apiDocs'
import { readPdf } from '../helpers/poppler'
import { startApp, type TestApp } from '../helpers/testApp'

const DOCUMENTED_SERVER = 'http://localhost:3000'
const examples = readApiDocs(readFileSync(path.join(projectRoot, 'docs/api.md'), 'utf8'))
const schema = buildSchema(readFileSync(path.join(projectRoot, 'schema.graphql'), 'utf8'))
const rest = examples.filter(({ kind }) => kind === 'rest')
const graphql = examples.filter(({ kind }) => kind === 'graphql')

let app: TestApp
let payload: Payload

beforeAll(async () => {
  // The database `npm run seed` gives on a fresh install: the documented answers come from it.
  app = await startApp()
  payload = await app.payload()
  await seed(payload, { log: () => {}, reset: false, resetUsers: false, users: true })
})
afterAll(() => app?.stop())

/** Query-string values as the SDK takes them: numbers and booleans typed, the rest as given. */
const typed = (value: unknown): unknown => {
  if (typeof value !== 'string') {
    return Array.isArray(value)
      ? value.map(typed)
      : value && typeof value === 'object'
        ? Object.fromEntries(Object.entries(value).map(([key, item]) => [key, typed(item)]))
        : value
  }
  if (value === 'true' || value === 'false') {
    return value === 'true'
  }
  return /^\d+$/.test(value) ? Number(value) : value
}

/** A documented REST URL, run through the official SDK's matching operation. */
const runRest = async ({ headers, request }: DocExample) => {
  const sdk = new PayloadSDK<Config>({ baseInit: { headers }, baseURL: `${app.url()}/api` })
  const url = new URL(request)
  const args = typed(parseQuery(url.search.slice(1), { depth: 10 })) as Record<string, unknown>
  // `where` values stay strings: the server types them by field.
  if (args.where) {
    args.where = parseQuery(url.search.slice(1), { depth: 10 }).where
  }
  const [first, second, ...rest] = url.pathname.replace(/^\/api\//, '').split('/')
  if (first === 'globals' && !rest.length) {
    return { json: await sdk.findGlobal({ slug: second, ...args } as never) }
  }
  const isCollection = first in payload.collections
  if (isCollection && second === undefined) {
    return { json: await sdk.find({ collection: first, ...args } as never) }
  }
  if (isCollection && !rest.length) {
    return { json: await sdk.findByID({ id: second, collection: first, ...args } as never) }
  }
  // A custom endpoint (the newsletter's HTML, the catalogue's PDF): the SDK's plain request.
  const response = await sdk.request({
    args: args as never,
    method: 'GET',
    path: url.pathname.replace(/^\/api/, ''),
  })
  return response.headers.get('content-type') === 'application/pdf'
    ? { text: (await readPdf(new Uint8Array(await response.arrayBuffer()))).text }
    : { text: await response.text() }
}

const expectDocumented = (example: DocExample, answer: { json?: unknown; text?: string }) => {
  const { response } = example
  expect(response, `docs/api.md line ${example.line}: no answer shown`).toBeDefined()
  if (response!.language === 'html' || response!.language === 'text') {
    for (const line of response!.text.split('\n').filter((text) => text.trim())) {
      expect(answer.text).toContain(line.trim())
    }
    return
  }
  const difference = differenceFrom(JSON.parse(response!.text), answer.json)
  expect(
    difference,
    `docs/api.md line ${example.line}: ${difference}\nactual: ${JSON.stringify(answer.json).slice(0, 3000)}`,
  ).toBeUndefined()
}

describe('docs/api.md', () => {
  it('documents REST and GraphQL for partners, the catalogue, a case with its debate, a newsletter, search and preview', () => {
    const documented = examples.map(({ request }) => request).join('\n')
    for (const topic of [
      '/api/partners',
      '/api/models',
      '/api/cases',
      '/api/comments',
      '/api/newsletters/1/html',
      '/api/globals/catalog/pdf',
      '/api/search',
      'Partners(',
      'Catalog(',
      'comments(',
      'Newsletters(',
      'Searches(',
      'API-Key',
    ]) {
      expect(documented + JSON.stringify(examples.map(({ headers }) => headers)), topic).toContain(
        topic,
      )
    }
    expect(
      examples.every(({ response }) => response),
      'every example shows its answer',
    ).toBe(true)
  })

  it.each(
    rest.map((example) => [example.request.replace(DOCUMENTED_SERVER, ''), example] as const),
  )('REST %s answers as documented (@payloadcms/sdk)', async (_, example) => {
    expect(example.request.startsWith(`${DOCUMENTED_SERVER}/api/`)).toBe(true)
    expectDocumented(example, await runRest(example))
  })

  it.each(graphql.map((example) => [example.line, example] as const))(
    'GraphQL query at line %i is valid against schema.graphql and answers as documented (graphql-request)',
    async (_, example) => {
      expect(validate(schema, parseGraphQL(example.request)).map(({ message }) => message)).toEqual(
        [],
      )
      const client = new GraphQLClient(`${app.url()}/api/graphql`, { headers: example.headers })
      expectDocumented(example, { json: { data: await client.request(example.request) } })
    },
  )

  // Last: it adds to the seeded data the answers above come from.
  it('finds the debate with the documented queries once there is one', async () => {
    const telekat = (
      await payload.find({ collection: 'cases', where: { slug: { equals: 'telekat' } } })
    ).docs[0]
    const body = 'Vi prøver Telekat i vores kommune.'
    // The seed's cases are not open for debate until an editor opens them.
    await payload.update({ id: telekat.id, collection: 'cases', data: { openForDebate: true } })
    await payload.create({
      collection: 'comments',
      data: { body, target: { relationTo: 'cases', value: telekat.id } },
    })
    const debating = examples.filter(({ request }) => /\/api\/comments|comments\(/.test(request))
    expect(debating.map(({ kind }) => kind).sort()).toEqual(['graphql', 'rest'])
    for (const example of debating) {
      const answer =
        example.kind === 'rest'
          ? (await runRest(example)).json
          : await new GraphQLClient(`${app.url()}/api/graphql`).request(example.request)
      expect(JSON.stringify(answer), `docs/api.md line ${example.line}`).toContain(body)
    }
  })
})
