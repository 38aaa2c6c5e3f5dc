import { stringify } from 'qs-esm'

import type { Step } from './measure'

export type Scenario = { name: string; steps: Step[] }

const rest = (collection: string, query: Record<string, unknown>): Step => ({
  path: `/api/${collection}?${stringify(query)}`,
})

const graphql = (query: string): Step => ({
  body: JSON.stringify({ query }),
  headers: { 'content-type': 'application/json' },
  method: 'POST',
  path: '/api/graphql',
})

/** The filtered, sorted list the growth target applies to (its indexes: migrations/…_list_indexes). */
export const filteredCases = rest('cases', {
  depth: 1,
  limit: 20,
  sort: '-createdAt',
  where: { area: { equals: 'health' } },
})

/** What the frontends ask for most, per the API contract. */
export const scenarios = ({
  caseId,
  caseSlug,
}: {
  caseId: number
  caseSlug: string
}): Scenario[] => [
  {
    name: 'REST partners, limit 100, depth 1',
    steps: [rest('partners', { depth: 1, limit: 100 })],
  },
  { name: 'REST cases, limit 20, depth 2', steps: [rest('cases', { depth: 2, limit: 20 })] },
  { name: 'REST cases filtered by area, newest first, limit 20, depth 1', steps: [filteredCases] },
  {
    // Two requests, as a case page makes them: the case, then its debate (figures are per request).
    name: 'REST one case by slug + its debate (2 requests)',
    steps: [
      rest('cases', { depth: 1, limit: 1, where: { slug: { equals: caseSlug } } }),
      rest('comments', {
        depth: 1,
        limit: 50,
        sort: '-createdAt',
        where: { 'target.relationTo': { equals: 'cases' }, 'target.value': { equals: caseId } },
      }),
    ],
  },
  {
    name: 'GraphQL partners with logos, limit 100',
    steps: [
      graphql(
        '{ Partners(limit: 100) { docs { name slug tier website logo { alt url sizes { web { url width height } } } } } }',
      ),
    ],
  },
  {
    name: 'GraphQL catalogue with models and example cases',
    steps: [
      graphql(
        '{ Catalog { title models { title slug summary examples { title slug organisation area results { economy { figure unit } } } } } }',
      ),
    ],
  },
]

/** The same steps sent by a logged-in user. */
export const as = (token: string, scenario: Scenario): Scenario => ({
  name: scenario.name,
  steps: scenario.steps.map((step) => ({
    ...step,
    headers: { ...step.headers, authorization: `JWT ${token}` },
  })),
})
