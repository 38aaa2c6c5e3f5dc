import { execFile } from 'node:child_process'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

const run = promisify(execFile)

/**
 * A PDF read with Debian's poppler-utils (`apt-get install -y poppler-utils`): what a reader
 * sees of it — its text as laid out, one entry per page; its fonts; its images; its page count.
 */
export const readPdf = async (pdf: Uint8Array) => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'pdf-'))
  const file = path.join(dir, 'document.pdf')
  await writeFile(file, pdf)
  try {
    const [text, fonts, images, info] = await Promise.all(
      [
        ['pdftotext', '-layout', file, '-'],
        ['pdffonts', file],
        ['pdfimages', '-list', file],
        ['pdfinfo', file],
      ].map(async ([command, ...args]) => (await run(command, args)).stdout),
    )
    const pages = text.split('\f').slice(0, -1)
    return {
      /** Font rows: name, and whether it is embedded. */
      fonts: fonts
        .split('\n')
        .slice(2)
        .filter(Boolean)
        .map((row) => ({ name: row.split(/\s+/)[0], embedded: / yes /.test(row.slice(60)) })),
      /** How many images are drawn (pdfimages' rows under its two header lines). */
      images: images.split('\n').slice(2).filter(Boolean).length,
      pageCount: Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]),
      pages,
      text,
    }
  } finally {
    await rm(dir, { force: true, recursive: true })
  }
}

/** Every page as a PNG at 50 dpi into `dir` (`<prefix>-01.png` …), to look at. */
export const pdfToPngs = async (pdf: Uint8Array, dir: string, prefix: string) => {
  await mkdir(dir, { recursive: true })
  const file = path.join(dir, `${prefix}.pdf`)
  await writeFile(file, pdf)
  await run('pdftoppm', ['-png', '-r', '50', file, path.join(dir, prefix)])
}

/** Where `needles` occur in `text`, each searched after the one before; -1 from the first one missing. */
export const positionsInOrder = (text: string, needles: string[]): number[] => {
  let from = 0
  return needles.map((needle) => {
    const at = from < 0 ? -1 : text.indexOf(needle, from)
    from = at < 0 ? -1 : at + needle.length
    return at
  })
}
