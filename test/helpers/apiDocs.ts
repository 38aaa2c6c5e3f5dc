/**
 * The examples in docs/api.md: each ```sh block holding one `curl` (REST) or ```graphql block
 * (GraphQL), with the ```json or ```html block after it as the documented, trimmed response (or
 * ```text: lines of a PDF's text, as `pdftotext` reads it).
 */
export type DocExample = {
  headers: Record<string, string>
  kind: 'graphql' | 'rest'
  /** Line in docs/api.md, for messages. */
  line: number
  /** The REST URL, or the GraphQL query. */
  request: string
  response?: { language: string; text: string }
}

const FENCE = /^```(\w+)\n([\s\S]*?)^```$/gm
/** `-H 'Name: value'` in a curl command; `# Name: value` atop a GraphQL query. */
const CURL_HEADER = /-H '([^:']+): ([^']+)'/g
const GRAPHQL_HEADER = /^# ([\w-]+): (.+)$/gm

export const readApiDocs = (markdown: string): DocExample[] => {
  const examples: DocExample[] = []
  for (const match of markdown.matchAll(FENCE)) {
    const [, language, text] = match
    const line = markdown.slice(0, match.index).split('\n').length
    const previous = examples.at(-1)
    if (['html', 'json', 'text'].includes(language) && previous && !previous.response) {
      previous.response = { language, text }
      continue
    }
    if (language === 'graphql') {
      const headers = Object.fromEntries(
        [...text.matchAll(GRAPHQL_HEADER)].map(([, name, value]) => [name, value.trim()]),
      )
      examples.push({
        headers,
        kind: 'graphql',
        line,
        request: text.replace(GRAPHQL_HEADER, '').trim(),
      })
    } else if (language === 'sh' && /^curl /.test(text.trim()) && !/-X POST/.test(text)) {
      const url = /'(https?:\/\/[^']+)'/.exec(text)?.[1]
      if (!url) {
        throw new Error(`docs/api.md line ${line}: a curl without a quoted URL`)
      }
      const headers = Object.fromEntries(
        [...text.matchAll(CURL_HEADER)].map(([, name, value]) => [name, value]),
      )
      examples.push({ headers, kind: 'rest', line, request: url })
    }
  }
  return examples
}

/**
 * Whether `actual` holds everything `documented` shows: objects may omit keys, arrays may
 * list fewer items (a prefix), `"…"` stands for any value. Returns the first difference.
 */
export const differenceFrom = (
  documented: unknown,
  actual: unknown,
  path = '$',
): string | undefined => {
  if (documented === '…') {
    return undefined
  }
  if (Array.isArray(documented)) {
    if (!Array.isArray(actual)) {
      return `${path}: documented an array, got ${JSON.stringify(actual)}`
    }
    if (documented.length > actual.length) {
      return `${path}: documented ${documented.length} items, got ${actual.length}`
    }
    for (const [index, item] of documented.entries()) {
      const difference = differenceFrom(item, actual[index], `${path}[${index}]`)
      if (difference) {
        return difference
      }
    }
    return undefined
  }
  if (documented && typeof documented === 'object') {
    if (!actual || typeof actual !== 'object' || Array.isArray(actual)) {
      return `${path}: documented an object, got ${JSON.stringify(actual)}`
    }
    for (const [key, value] of Object.entries(documented)) {
      if (!(key in actual)) {
        return `${path}.${key}: documented, absent`
      }
      const difference = differenceFrom(
        value,
        (actual as Record<string, unknown>)[key],
        `${path}.${key}`,
      )
      if (difference) {
        return difference
      }
    }
    return undefined
  }
  return documented === actual
    ? undefined
    : `${path}: documented ${JSON.stringify(documented)}, got ${JSON.stringify(actual)}`
}
