import { StartupError } from './StartupError'

export type PreviewTarget = {
  collection: string
  id: number | string
  locale: string
  slug: string
}

const PLACEHOLDERS: Array<keyof PreviewTarget> = ['collection', 'slug', 'id', 'locale']
const EXAMPLE =
  'PREVIEW_URL=https://www.denaktiveborger.dk/preview/{collection}/{slug}?locale={locale}'

const fill = (template: string, target: PreviewTarget): string =>
  template.replace(/\{(\w+)\}/g, (_, name: keyof PreviewTarget) =>
    encodeURIComponent(String(target[name])),
  )

/**
 * PREVIEW_URL: the frontend page that shows a document's draft, a template with the
 * placeholders {collection}, {slug}, {id} and {locale}. Checked at start: it must be an http(s)
 * URL naming the document ({slug} or {id}) and use no other placeholder.
 */
export const previewTemplate = (env: NodeJS.ProcessEnv = process.env): string | undefined => {
  const template = env.PREVIEW_URL?.trim()
  if (!template) {
    return undefined
  }
  const refuse = (problem: string): never => {
    throw new StartupError(`PREVIEW_URL "${template}" ${problem}. Use e.g. ${EXAMPLE}`)
  }
  const unknown = [...template.matchAll(/\{(\w*)\}/g)]
    .map(([, name]) => name)
    .filter((name) => !PLACEHOLDERS.includes(name as keyof PreviewTarget))
  if (unknown.length) {
    refuse(
      `has unknown placeholders ${unknown.map((name) => `{${name}}`).join(', ')} (known: ${PLACEHOLDERS.map((name) => `{${name}}`).join(', ')})`,
    )
  }
  if (!/\{(slug|id)\}/.test(template)) {
    refuse('must name the document with {slug} or {id}')
  }
  const sample = fill(template, { id: 1, slug: 'telekat', collection: 'cases', locale: 'da' })
  const url = URL.canParse(sample) ? new URL(sample) : undefined
  if (!url || !/^https?:$/.test(url.protocol)) {
    refuse('is not an http(s) URL')
  }
  return template
}

/** The preview page of one document. */
export const previewURL = (template: string, target: PreviewTarget): string =>
  fill(template, target)
