import type { Content, CustomTableLayout } from 'pdfmake/interfaces'

/** A chapter's heading: on a new page, and listed in the table of contents. */
export const chapter = (text: string): Content => ({
  pageBreak: 'before',
  style: 'chapter',
  text,
  tocItem: true,
})

/** A heading inside a chapter: kept with what follows it (see `keepHeadingsWithText`). */
export const heading = (text: string, style = 'section'): Content => ({
  headlineLevel: 1,
  style,
  text,
})

/** A section inside a chapter. */
export const section = (text: string): Content => heading(text)

/**
 * A heading in the last tenth of the page, or left alone at its foot, moves to the next page
 * (pdfmake has no keep-with-next; a list after a heading counts as following it even when its
 * items are on the next page, hence the position too). Each move lays the document out again,
 * which is most of a big catalogue's render time (docs/benchmarks.md); `unbreakable` blocks would
 * be cheaper, but pdfmake drops one that is taller than a page, text and all.
 */
export const keepHeadingsWithText = (
  node: { headlineLevel?: number; startPosition: { verticalRatio: number } },
  { getFollowingNodesOnPage }: { getFollowingNodesOnPage: () => unknown[] },
): boolean =>
  node.headlineLevel === 1 &&
  (node.startPosition.verticalRatio > 0.9 || getFollowingNodesOnPage().length === 0)

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

/** A bulleted list of short points, or nothing when there are none. */
export const bullets = (points: Array<null | string | undefined>): Content[] => {
  const items = points.filter((point): point is string => Boolean(point?.trim()))
  return items.length
    ? [{ style: 'list', ul: items.map((text) => ({ style: 'listItem', text })) }]
    : []
}

/** A headed part that is left out entirely when it has nothing to say. */
export const part = (heading: string, content: Content[]): Content[] =>
  content.length ? [section(heading), ...content] : []
