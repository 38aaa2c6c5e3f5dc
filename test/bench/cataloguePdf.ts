/*
 * What printing the catalogue costs: `GET /api/globals/catalog/pdf` as an anonymous reader on
 * the production server, for the seeded catalogue (published) and for a big one of 10 models with
 * 5 example cases each. Render time (median of several, each a full render: no If-None-Match),
 * the server's peak resident memory while rendering, the file's size and its page count
 * (poppler-utils' pdfinfo). `npm run bench:pdf` (prints the section of docs/benchmarks.md).
 */
import type { Payload } from 'payload'

import { readFile } from 'node:fs/promises'

import { ensureBuild } from '../../src/build/ensureBuild'
import { projectRoot } from '../../src/runtime/settings'
import { richText } from '../../src/utilities/richText'
import { readPdf } from '../helpers/poppler'
import { spawnServer } from '../helpers/serverProcess'
import { benchDatabase } from './benchDatabase'
import { median } from './measure'

const ROUNDS = Number(process.env.BENCH_ROUNDS) || 5

type Figures = {
  bytes: number
  medianMs: number
  pages: number
  peakRssMb: number
  rssBeforeMb: number
}

const rssMb = async (pid: number): Promise<number> => {
  const status = await readFile(`/proc/${pid}/status`, 'utf8')
  return Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1]) / 1024
}

/** `ROUNDS` full renders one after the other, the server's RSS sampled every 10 ms meanwhile. */
const measure = async (origin: string, pid: number): Promise<Figures> => {
  const url = `${origin}/api/globals/catalog/pdf`
  // One to warm up (fonts read, code compiled), not counted.
  await (await fetch(url)).arrayBuffer()
  const rssBeforeMb = await rssMb(pid)
  let peakRssMb = rssBeforeMb
  const sampler = setInterval(() => {
    void rssMb(pid).then((mb) => (peakRssMb = Math.max(peakRssMb, mb)))
  }, 10)
  const times: number[] = []
  let pdf = new Uint8Array()
  for (let round = 0; round < ROUNDS; round++) {
    const started = performance.now()
    const response = await fetch(url)
    pdf = new Uint8Array(await response.arrayBuffer())
    times.push(performance.now() - started)
    if (response.status !== 200) {
      throw new Error(`${response.status}: ${Buffer.from(pdf).toString().slice(0, 300)}`)
    }
  }
  clearInterval(sampler)
  return {
    bytes: pdf.length,
    medianMs: median(times),
    pages: (await readPdf(pdf)).pageCount,
    peakRssMb,
    rssBeforeMb,
  }
}

/** The seed's catalogue and models are drafts: publish them as an editor would. */
const publishSeeded = async (payload: Payload) => {
  const catalog = await payload.findGlobal({ slug: 'catalog', depth: 0, draft: true })
  for (const id of catalog.models ?? []) {
    await payload.update({
      id: id as number,
      collection: 'models',
      data: { _status: 'published' },
      draft: false,
    })
  }
  await payload.updateGlobal({ slug: 'catalog', data: { _status: 'published' } })
}

const paragraphs = (count: number, about: string) =>
  Array.from(
    { length: count },
    (_, index) =>
      `${about}, afsnit ${index + 1}: Borgeren tager selv ansvar for en del af opgaven, og medarbejderen støtter, hvor det giver mening. Målet er, at flere klarer sig selv længere – med færre udgifter og mere livskvalitet.`,
  )

/** 10 published models with 5 published example cases each, richly filled, as the catalogue. */
const bigCatalogue = async (payload: Payload) => {
  const models: number[] = []
  for (let m = 1; m <= 10; m++) {
    const cases: number[] = []
    for (let c = 1; c <= 5; c++) {
      const kase = await payload.create({
        collection: 'cases',
        data: {
          _status: 'published',
          organisation: `Eksempel Kommune ${c}`,
          results: {
            economy: {
              figure: c * 1.5,
              text: 'Lavere udgifter til hjemmehjælp.',
              unit: 'mio. kr. om året',
            },
            individual: { text: 'Borgerne oplever mere selvstændighed og tryghed.' },
            society: { figure: 10 * c, text: 'Flere borgere bliver i eget hjem.', unit: '%' },
          },
          summary: paragraphs(1, `Case ${m}.${c}`)[0],
          title: `Case ${m}.${c}: rehabilitering i praksis`,
        } as never,
      })
      cases.push(kase.id)
    }
    const point = (text: string) =>
      Array.from({ length: 4 }, (_, i) => ({ item: `${text} ${i + 1}`, point: `${text} ${i + 1}` }))
    const model = await payload.create({
      collection: 'models',
      data: {
        _status: 'published',
        addedValue: paragraphs(1, 'Merværdi')[0],
        body: richText(...paragraphs(6, `Model ${m}`)),
        checklist: { how: point('Trin'), when: point('Forudsætning'), where: point('Område') },
        examples: cases,
        strengths: point('Styrke'),
        summary: paragraphs(1, `Resumé af model ${m}`)[0],
        title: `Model ${m}: aktive borgere`,
        transferability: paragraphs(1, 'Overførbarhed')[0],
        weaknesses: point('Svaghed'),
      } as never,
    })
    models.push(model.id)
  }
  await payload.updateGlobal({ slug: 'catalog', data: { _status: 'published', models } })
}

const row = (name: string, figures: Figures) =>
  `| ${name} | ${figures.pages} | ${Math.round(figures.bytes / 1024)} KB | ${figures.medianMs.toFixed(0)} | ${figures.rssBeforeMb.toFixed(0)} → ${figures.peakRssMb.toFixed(0)} MB |`

if (import.meta.url === `file://${process.argv[1]}`) {
  await ensureBuild(projectRoot)
  const database = await benchDatabase('dab-bench-pdf', { PAYLOAD_SECRET: 'bench-secret' })
  const { env } = database
  try {
    const server = await spawnServer(env)
    Object.assign(process.env, env)
    const [{ getPayload }, { default: config }, { seed }] = await Promise.all([
      import('payload'),
      import('../../payload.config'),
      import('../../seed/seed'),
    ])
    const payload = await getPayload({ config })
    await seed(payload, { log: () => {}, reset: false, resetUsers: false, users: false })
    await publishSeeded(payload)
    const seeded = await measure(server.url, server.child.pid!)
    await bigCatalogue(payload)
    const big = await measure(server.url, server.child.pid!)
    await server.stop()
    console.log(`| catalogue | pages | size | median ms (${ROUNDS} renders) | server RSS before → peak |
|---|---|---|---|---|
${row('seeded (3 models, 3 cases)', seeded)}
${row('10 models × 5 cases', big)}`)
  } finally {
    await database.remove()
  }
  process.exit(0)
}
