/*
 * What printing the catalogue costs: `GET /api/globals/catalog/pdf` as an anonymous reader on
 * the production server, for the catalogue as it stands and for a big one of 10 models with
 * 5 example cases each. Render time (median of several, each a full render: no If-None-Match),
 * the server's peak resident memory while rendering, the file's size and its page count
 * (poppler-utils' pdfinfo). Part of `npm run bench`; alone, on the seeded catalogue:
 * `npm run bench:pdf` (prints the section of docs/benchmarks.md).
 */
import type { Payload } from 'payload'

import { readFile } from 'node:fs/promises'

import { ensureBuild } from '../../src/build/ensureBuild'
import { projectRoot } from '../../src/runtime/settings'
import { endPool, poolOf } from '../../src/server/pool'
import { richText } from '../../src/utilities/richText'
import { readPdf } from '../helpers/poppler'
import { spawnServer } from '../helpers/serverProcess'
import { benchDatabase } from './benchDatabase'
import { median } from './measure'

const ROUNDS = Number(process.env.BENCH_ROUNDS) || 7
const WARMUP = 3

type Figures = {
  bytes: number
  /** What was printed: "3 models, 3 cases". */
  catalogue: string
  medianMs: number
  /** A revalidation answered 304: the catalogue read and its tag worked out, nothing drawn. */
  notModifiedMs: number
  pages: number
  peakRssMb: number
  rssBeforeMb: number
}

export type CataloguePdfCost = { big: Figures; current: Figures; rounds: number }

const rssMb = async (pid: number): Promise<number> => {
  const status = await readFile(`/proc/${pid}/status`, 'utf8')
  return Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1]) / 1024
}

/** The published catalogue's size: "3 models, 30 cases". */
const describe = async (payload: Payload): Promise<string> => {
  const catalog = await payload.findGlobal({ slug: 'catalog', depth: 1 })
  const models = (catalog.models ?? []).filter((model) => typeof model === 'object')
  const cases = models.reduce((sum, model) => sum + (model.examples?.length ?? 0), 0)
  return `${models.length} models, ${cases} cases`
}

/** `ROUNDS` full renders one after the other, the server's RSS sampled every 10 ms meanwhile. */
const measure = async (origin: string, pid: number, payload: Payload): Promise<Figures> => {
  const url = `${origin}/api/globals/catalog/pdf`
  // A few to warm up (fonts read, code compiled: the first two renders take 2–4 times as long), not counted.
  for (let round = 0; round < WARMUP; round++) {
    await (await fetch(url)).arrayBuffer()
  }
  const rssBeforeMb = await rssMb(pid)
  let peakRssMb = rssBeforeMb
  const sampler = setInterval(() => {
    void rssMb(pid).then((mb) => (peakRssMb = Math.max(peakRssMb, mb)))
  }, 10)
  const times: number[] = []
  let pdf = new Uint8Array()
  let tag = ''
  for (let round = 0; round < ROUNDS; round++) {
    const started = performance.now()
    const response = await fetch(url)
    pdf = new Uint8Array(await response.arrayBuffer())
    times.push(performance.now() - started)
    tag = response.headers.get('etag') ?? ''
    if (response.status !== 200) {
      throw new Error(`${response.status}: ${Buffer.from(pdf).toString().slice(0, 300)}`)
    }
  }
  clearInterval(sampler)
  const revalidations: number[] = []
  for (let round = 0; round < ROUNDS; round++) {
    const started = performance.now()
    const response = await fetch(url, {
      headers: { 'Cache-Control': 'max-age=0', 'If-None-Match': tag },
    })
    await response.arrayBuffer()
    revalidations.push(performance.now() - started)
    if (response.status !== 304) {
      throw new Error(`If-None-Match: ${response.status}, not 304`)
    }
  }
  return {
    bytes: pdf.length,
    catalogue: await describe(payload),
    medianMs: median(times),
    notModifiedMs: median(revalidations),
    pages: (await readPdf(pdf)).pageCount,
    peakRssMb,
    rssBeforeMb,
  }
}

const paragraphs = (count: number, about: string) =>
  Array.from(
    { length: count },
    (_, index) =>
      `${about}, afsnit ${index + 1}: Borgeren tager selv ansvar for en del af opgaven, og medarbejderen støtter, hvor det giver mening. Målet er, at flere klarer sig selv længere – med færre udgifter og mere livskvalitet.`,
  )

const points = (text: string) =>
  Array.from({ length: 4 }, (_, index) => ({
    item: `${text} ${index + 1}`,
    point: `${text} ${index + 1}`,
  }))

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
    const model = await payload.create({
      collection: 'models',
      data: {
        _status: 'published',
        addedValue: paragraphs(1, 'Merværdi')[0],
        body: richText(...paragraphs(6, `Model ${m}`)),
        checklist: { how: points('Trin'), when: points('Forudsætning'), where: points('Område') },
        examples: cases,
        strengths: points('Styrke'),
        summary: paragraphs(1, `Resumé af model ${m}`)[0],
        title: `Model ${m}: aktive borgere`,
        transferability: paragraphs(1, 'Overførbarhed')[0],
        weaknesses: points('Svaghed'),
      } as never,
    })
    models.push(model.id)
  }
  await payload.updateGlobal({ slug: 'catalog', data: { _status: 'published', models } })
}

/**
 * The published catalogue as it stands, then (replacing its models) a big one. `pid` is the
 * server's, for its memory.
 */
export const cataloguePdfCost = async (
  origin: string,
  pid: number,
  payload: Payload,
): Promise<CataloguePdfCost> => {
  const current = await measure(origin, pid, payload)
  await bigCatalogue(payload)
  return { big: await measure(origin, pid, payload), current, rounds: ROUNDS }
}

const row = (figures: Figures) =>
  `| ${figures.catalogue} | ${figures.pages} | ${Math.round(figures.bytes / 1024)} KB | ${figures.medianMs.toFixed(0)} | ${figures.notModifiedMs.toFixed(0)} | ${figures.rssBeforeMb.toFixed(0)} → ${figures.peakRssMb.toFixed(0)} MB |`

/** The section of docs/benchmarks.md. */
export const cataloguePdfSection = ({ big, current, rounds }: CataloguePdfCost) =>
  `\`GET /api/globals/catalog/pdf\` as an anonymous reader, each a full render (no \`If-None-Match\`): read the
catalogue with the public's access, lay it out and write the PDF (pdfmake). Median of ${rounds} after ${WARMUP} to
warm up; the same asked again with its \`ETag\` (\`If-None-Match\`: 304, the catalogue read and its tag worked out,
nothing drawn); the server's resident memory before and at its peak while rendering (sampled every 10 ms).

| catalogue | pages | size | median ms | 304 ms | server RSS before → peak |
|---|---|---|---|---|---|
${row(current)}
${row(big)}

The first two renders after a start take 2–4 times as long (pdfmake and the fonts are loaded and compiled),
hence the warm-up. Of a render, reading the catalogue and working out its tag is the 304's time; laying out is
most of the rest. What the figures led to: pdfmake's \`pageBreakBefore\` hook, first used to keep headings with
their text, laid the whole document out again for every heading it moved (the big catalogue took 1.4–3.6 s);
a heading is now kept with a short first block in one unbreakable stack instead. A logo is converted to PNG
(35–130 ms each, with sharp) once per file and version, not on every render.`

// Alone: a fresh database with the seed, its catalogue and models published, the production server.
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
    // Stopping the cluster at the end ends this pool's idle connections: not a crash.
    poolOf(payload)?.on('error', () => {})
    await seed(payload, { log: () => {}, reset: false, resetUsers: false, users: false })
    // The seed's catalogue and models are drafts: published as an editor would.
    const catalog = await payload.findGlobal({ slug: 'catalog', depth: 0, draft: true })
    for (const id of catalog.models ?? []) {
      await payload.update({
        id: id as number,
        collection: 'models',
        data: { _status: 'published' },
      })
    }
    await payload.updateGlobal({ slug: 'catalog', data: { _status: 'published' } })
    const cost = await cataloguePdfCost(server.url, server.child.pid!, payload)
    await Promise.all([server.stop(), endPool(payload)])
    console.log(cataloguePdfSection(cost))
  } finally {
    await database.remove()
  }
  process.exit(0)
}
