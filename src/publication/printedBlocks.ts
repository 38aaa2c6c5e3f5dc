import type { Content } from 'pdfmake/interfaces'

/** A chapter's heading: on a new page, and listed in the table of contents. */
export const chapter = (text: string): Content => ({
  pageBreak: 'before',
  style: 'chapter',
  text,
  tocItem: true,
})

/** A section inside a chapter; kept with what follows it. */
export const section = (text: string): Content => ({ style: 'section', text })

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
