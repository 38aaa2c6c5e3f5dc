import type { Content, ContentText } from 'pdfmake/interfaces'

/** The Lexical node shapes Payload's rich text stores, as far as the print needs them. */
type LexicalNode = {
  children?: LexicalNode[]
  fields?: { linkType?: string; url?: null | string }
  format?: number | string
  listType?: 'bullet' | 'check' | 'number'
  tag?: string
  text?: string
  type: string
}

export type RichText = { [key: string]: unknown; root: { children: unknown[] } }

// Lexical's text format bits (lexical/LexicalConstants).
const BOLD = 1
const ITALIC = 2
const STRIKETHROUGH = 4
const UNDERLINE = 8

const headingStyle: Record<string, string> = {
  h1: 'richH1',
  h2: 'richH1',
  h3: 'richH2',
  h4: 'richH3',
  h5: 'richH3',
  h6: 'richH3',
}

/** A text run with its marks; a link adds its target and looks like one. */
const textRun = (node: LexicalNode, link?: string): ContentText => {
  const format = typeof node.format === 'number' ? node.format : 0
  const decoration =
    link || format & UNDERLINE ? 'underline' : format & STRIKETHROUGH ? 'lineThrough' : undefined
  return {
    text: node.text ?? '',
    ...(format & BOLD ? { bold: true } : {}),
    ...(format & ITALIC ? { italics: true } : {}),
    ...(decoration ? { decoration } : {}),
    ...(link ? { color: '#0b5c7a', link } : {}),
  }
}

/** A paragraph's inline content: text, line breaks and links (only web addresses are live in print). */
const inline = (nodes: LexicalNode[] = [], link?: string): ContentText[] =>
  nodes.flatMap((node): ContentText[] => {
    switch (node.type) {
      case 'autolink':
      case 'link': {
        const url =
          node.fields?.linkType === 'internal' ? undefined : (node.fields?.url ?? undefined)
        return inline(node.children, url && /^(https?:|mailto:)/.test(url) ? url : link)
      }
      case 'linebreak':
        return [{ text: '\n' }]
      case 'tab':
        return [{ text: '\t' }]
      case 'text':
        return [textRun(node, link)]
      default:
        return inline(node.children, link)
    }
  })

const alignment = (format: LexicalNode['format']): ContentText['alignment'] =>
  format === 'center' || format === 'right' || format === 'justify' ? format : undefined

/**
 * A list's items. Lexical nests a list as an item holding only that list; in print it belongs
 * under the item before it.
 */
const listItems = (items: LexicalNode[] = []): Content[] =>
  items.reduce<Array<{ stack: Content[] }>>((printed, item) => {
    // Indented under the item's text.
    const nested = (item.children ?? [])
      .filter((child) => child.type === 'list')
      .map((list): Content => ({ margin: [10, 0, 0, 0], stack: [block(list)] }))
    const text = inline((item.children ?? []).filter((child) => child.type !== 'list'))
    if (!text.length && nested.length && printed.length) {
      printed[printed.length - 1].stack.push(...nested)
      return printed
    }
    return [...printed, { stack: [{ style: 'listItem', text }, ...nested] }]
  }, [])

const block = (node: LexicalNode): Content => {
  switch (node.type) {
    case 'heading':
      return { style: headingStyle[node.tag ?? 'h2'] ?? 'richH2', text: inline(node.children) }
    case 'horizontalrule':
      return {
        canvas: [{ type: 'line', lineColor: '#999999', x1: 0, x2: 483, y1: 4, y2: 4 }],
        margin: [0, 4, 0, 10],
      }
    case 'list':
      return node.listType === 'number'
        ? { ol: listItems(node.children), style: 'list' }
        : { style: 'list', ul: listItems(node.children) }
    case 'quote':
      return { style: 'quote', text: inline(node.children) }
    default:
      return { alignment: alignment(node.format), style: 'paragraph', text: inline(node.children) }
  }
}

/**
 * Payload's Lexical rich text as pdfmake content: paragraphs, headings, bulleted and numbered
 * lists (nested too), quotes, links and bold/italic/underline/strikethrough. Uploads, blocks and
 * relationships have no place in the print and are left out.
 */
export const lexicalToPdf = (value: null | RichText | undefined): Content[] =>
  ((value?.root.children ?? []) as LexicalNode[])
    .filter((node) => !['block', 'relationship', 'upload'].includes(node.type))
    .map(block)
