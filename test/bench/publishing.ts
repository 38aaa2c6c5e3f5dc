/*
 * What webhooks cost the editor: `PATCH /api/cases/:id` publishing a new title, with no webhook
 * and with five active ones following cases, in interleaved rounds on the same server (deliveries
 * are jobs, sent after the answer; their work competes for the same cores). Part of
 * `npm run bench`; alone: `node --import tsx test/bench/publishing.ts` (prints the section).
 */
import type { AddressInfo } from 'node:net'

import { createServer } from 'node:http'

import { demoUsers } from '../../seed/content/demo'
import { ensureBuild } from '../../src/build/ensureBuild'
import { projectRoot } from '../../src/runtime/settings'
import { spawnServer, spawnWorker } from '../helpers/serverProcess'
import { benchDatabase } from './benchDatabase'
import { median } from './measure'

export type PublishingCost = { five: number[]; none: number[]; perRound: number; rounds: number }

const WEBHOOKS = 5

const json = async (
  origin: string,
  pathname: string,
  { body, method = 'GET', token }: { body?: unknown; method?: string; token?: string },
) => {
  const response = await fetch(origin + pathname, {
    body: body === undefined ? undefined : JSON.stringify(body),
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `JWT ${token}` } : {}),
    },
    method,
  })
  const answer = (await response.json()) as Record<string, any>
  if (!response.ok) {
    throw new Error(
      `${method} ${pathname}: ${response.status} ${JSON.stringify(answer).slice(0, 300)}`,
    )
  }
  return answer
}

const login = async (origin: string, email: string) =>
  (
    await json(origin, '/api/users/login', {
      body: { email, password: demoUsers.find((user) => user.email === email)!.password },
      method: 'POST',
    })
  ).token as string

/**
 * Median wall time of one publish (ms) without and with five webhooks, `rounds` × `perRound`
 * publishes each, alternating; a receiver in this process answers every delivery 204.
 */
export const publishingCost = async (
  origin: string,
  { perRound = 30, rounds = 6 } = {},
): Promise<PublishingCost> => {
  const receiver = createServer((request, response) =>
    request.resume().on('end', () => response.writeHead(204).end()),
  )
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve))
  const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/revalidate`
  try {
    const [admin, editor] = [
      await login(origin, 'admin@demo.example'),
      await login(origin, 'redaktion@demo.example'),
    ]
    const webhooks: number[] = []
    for (let index = 0; index < WEBHOOKS; index++) {
      webhooks.push(
        (
          await json(origin, '/api/webhooks', {
            body: { active: false, collections: ['cases'], url },
            method: 'POST',
            token: admin,
          })
        ).doc.id,
      )
    }
    const setActive = (active: boolean) =>
      Promise.all(
        webhooks.map((id) =>
          json(origin, `/api/webhooks/${id}`, { body: { active }, method: 'PATCH', token: admin }),
        ),
      )
    const { docs } = await json(
      origin,
      '/api/cases?limit=1&depth=0&where[_status][equals]=published',
      { token: editor },
    )
    const id = docs[0].id as number
    const result: PublishingCost = { five: [], none: [], perRound, rounds }
    for (let round = 0; round < rounds * 2; round++) {
      const five = round % 2 === 1
      await setActive(five)
      for (let index = 0; index < perRound; index++) {
        const started = performance.now()
        await json(origin, `/api/cases/${id}?depth=0`, {
          body: { _status: 'published', title: `Benchmark ${round}.${index}` },
          method: 'PATCH',
          token: editor,
        })
        ;(five ? result.five : result.none).push(performance.now() - started)
      }
    }
    await Promise.all(
      webhooks.map((webhook) =>
        json(origin, `/api/webhooks/${webhook}`, { method: 'DELETE', token: admin }),
      ),
    )
    return result
  } finally {
    receiver.close()
  }
}

/** The cost in each pair of neighbouring rounds (without, then with): how far one round's figure moves. */
const pairRange = ({ five, none, perRound }: PublishingCost) => {
  const ratios = Array.from({ length: none.length / perRound }, (_, round) => {
    const slice = (times: number[]) => median(times.slice(round * perRound, (round + 1) * perRound))
    return slice(five) / slice(none)
  })
  return `${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)}×`
}

const line = (where: string, cost: PublishingCost) => {
  const [withFive, withNone] = [median(cost.five), median(cost.none)]
  return `| ${where} | ${withNone.toFixed(1)} | ${withFive.toFixed(1)} | ${(withFive / withNone).toFixed(3)}× | ${pairRange(cost)} |`
}

/** The section of docs/benchmarks.md: deliveries run by the server itself, and by a worker beside it. */
export const publishingSection = (
  inServer: PublishingCost,
  withWorker?: PublishingCost,
) => `Publishing a case (\`PATCH /api/cases/:id\`, a new title, \`_status: published\`) as the editor, one at a
time: ${inServer.rounds} rounds of ${inServer.perRound} without any webhook interleaved with ${inServer.rounds} rounds with ${WEBHOOKS} active
webhooks following cases (a receiver in the benchmark process answers 204). Each publish queues one job
in its transaction; that job sends the five messages after the answer. Median ms per publish:

| deliveries run by | no webhook | 5 webhooks | cost | cost per pair of rounds |
|---|---|---|---|---|
${line('the server itself (JOBS_AUTORUN on)', inServer)}
${withWorker ? line('`npm run worker` beside it (JOBS_AUTORUN=off)', withWorker) : ''}`

/** Alone, rounds enough that the median's run-to-run spread is below the effect measured. */
const LONG = { perRound: 30, rounds: 12 }

// Alone: a fresh database with the seed, the production server, the measurement; then the same
// with the server's own runner off and a worker beside it.
if (import.meta.url === `file://${process.argv[1]}`) {
  await ensureBuild(projectRoot)
  const database = await benchDatabase('dab-bench-publishing', {
    PAYLOAD_SECRET: 'bench-secret',
    RATE_LIMIT_LOGIN: '0',
  })
  const { env } = database
  try {
    const first = await spawnServer(env)
    Object.assign(process.env, env)
    const [{ getPayload }, { default: config }, { seed }] = await Promise.all([
      import('payload'),
      import('../../payload.config'),
      import('../../seed/seed'),
    ])
    await seed(await getPayload({ config }), {
      log: () => {},
      reset: false,
      resetUsers: false,
      users: true,
    })
    const inServer = await publishingCost(first.url, LONG)
    await first.stop()
    const quiet = await spawnServer({ ...env, JOBS_AUTORUN: 'off' })
    const worker = await spawnWorker(env)
    const withWorker = await publishingCost(quiet.url, LONG)
    await Promise.all([quiet.stop(), worker.stop()])
    console.log(publishingSection(inServer, withWorker))
  } finally {
    await database.remove()
  }
  process.exit(0)
}
