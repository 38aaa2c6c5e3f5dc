import type { Content, CustomTableLayout } from 'pdfmake/interfaces'

/** A chapter's heading: on a new page, and listed in the table of contents. */
export const chapter = (text: string): Content => ({
  pageBreak: 'before',
  style: 'chapter',
  text,
  tocItem: true,
})

/**
 * Under this much content (its description as JSON, text included) a block is surely shorter than
 * half a page: about 1 500 characters of text, some 25 lines in the narrowest column used here.
 */
const SHORT = 2_000

/**
 * `head` kept on one page with the first of `content` when that is short (pdfmake has no
 * keep-with-next). Only then: pdfmake drops an `unbreakable` block taller than a page, text and all.
 * (Its `pageBreakBefore` hook would do it for any length, but lays the whole document out again
 * for every heading it moves: three to four times the render time of a 10-model catalogue.)
 */
export const keepWithNext = (head: Content, content: Content[]): Content[] => {
  const [first, ...rest] = content
  return first !== undefined && JSON.stringify(first).length < SHORT
    ? [{ stack: [head, first], unbreakable: true }, ...rest]
    : [head, ...content]
}

/** A headed part, the heading kept with its start; left out when it has nothing to say. */
export const part = (text: string, content: Content[], style = 'section'): Content[] =>
  content.length ? keepWithNext({ style, text }, content) : []

/** Table rules: a hairline between rows, none around or between columns. */
export const rowLines: CustomTableLayout = {
  hLineColor: () => '#bbbbbb',
  hLineWidth: (row, node) => (row === 0 || row === node.table.body.length ? 0 : 0.5),
  paddingLeft: (column) => (column === 0 ? 0 : 8),
  paddingRight: (column, node) => (column === node.table.body[0].length - 1 ? 0 : 8),
  vLineWidth: () => 0,
}

/** A plain paragraph, or nothing for an empty field. */
export const paragraph = (text: null | string | undefined, style = 'paragraph'): Content[] =>
  text?.trim() ? [{ style, text: text.trim() }] : []

/**
 * A bulleted list of short points, or nothing when there are none. One list per point, so that a
 * heading can be kept with the first of many (`keepWithNext`).
 */
export const bullets = (points: Array<null | string | undefined>): Content[] =>
  points
    .filter((point): point is string => Boolean(point?.trim()))
    .map((text, index, all) => ({
      style: index === all.length - 1 ? 'list' : undefined,
      ul: [{ style: 'listItem', text }],
    }))
