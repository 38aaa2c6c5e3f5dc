import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'

import {
  convertLexicalToHTML,
  type HTMLConvertersFunction,
} from '@payloadcms/richtext-lexical/html'
import escapeHTML from 'escape-html'

import { documentURL, type FeaturedCollection } from '../../src/site/sitePaths'

type Featured = {
  relationTo: FeaturedCollection
  value: { slug?: null | string; summary?: null | string; title?: null | string } | number
}

/**
 * A mentioned partner as the reader's access left it (depth 2): `website` and `logo` are there
 * only when the partner's tier grants them, so the email shows exactly what the rights allow.
 */
type Mention =
  | {
      logo?:
        | { alt?: null | string; sizes?: { web?: { url?: null | string } }; url?: null | string }
        | null
        | number
      name?: null | string
      website?: null | string
    }
  | number

export type NewsletterForEmail = {
  body?: null | SerializedEditorState
  date?: null | string
  featured?: Featured[] | null
  intro?: null | string
  issue?: null | number
  mentions?: Mention[] | null
  title: string
}

type Urls = { server: string; site: string }

// Email clients drop <style> blocks: every element carries its own style.
const style = {
  body: 'margin:0;padding:0;background:#f4f1ec;',
  container:
    'max-width:600px;margin:0 auto;background:#ffffff;font-family:Georgia,serif;color:#1f1f1f;',
  footer:
    'font-family:Arial,sans-serif;font-size:12px;line-height:1.5;color:#666666;margin:0;padding:16px 32px 24px;border-top:1px solid #e5e0d8;',
  h1: 'font-size:28px;line-height:1.2;margin:0 0 8px;',
  h2: 'font-size:20px;line-height:1.3;margin:24px 0 8px;',
  link: 'color:#0b5c7a;',
  logo: 'max-height:48px;max-width:160px;height:auto;vertical-align:middle;border:0;',
  mention: 'display:inline-block;margin:0 16px 12px 0;font-family:Arial,sans-serif;font-size:14px;',
  meta: 'font-family:Arial,sans-serif;font-size:13px;color:#666666;margin:0 0 16px;',
  p: 'font-size:16px;line-height:1.6;margin:0 0 16px;',
  pad: 'padding:24px 32px;',
} as const

/** Relative links and images point at this server; mail readers need them absolute. */
const absolute = (url: string, base: string): string => {
  try {
    return new URL(url, base + '/').toString()
  } catch {
    return base
  }
}

const converters =
  (urls: Urls): HTMLConvertersFunction =>
  ({ defaultConverters }) => ({
    ...defaultConverters,
    heading: ({ node, nodesToHTML }) =>
      `<${node.tag} style="${style.h2}">${nodesToHTML({ nodes: node.children }).join('')}</${node.tag}>`,
    link: ({ node, nodesToHTML }) => {
      const href =
        node.fields.linkType === 'custom' ? absolute(node.fields.url ?? '', urls.site) : urls.site
      return `<a href="${escapeHTML(href)}" style="${style.link}">${nodesToHTML({ nodes: node.children }).join('')}</a>`
    },
    paragraph: ({ node, nodesToHTML }) =>
      `<p style="${style.p}">${nodesToHTML({ nodes: node.children }).join('')}</p>`,
    upload: ({ node }) => {
      const doc = node.value as { alt?: string; url?: string } | number
      if (typeof doc !== 'object' || !doc.url) {
        return ''
      }
      return `<img src="${escapeHTML(absolute(doc.url, urls.server))}" alt="${escapeHTML(doc.alt ?? '')}" style="max-width:100%;height:auto;" />`
    },
  })

const featuredItem = ({ relationTo, value }: Featured, site: string): string => {
  if (typeof value !== 'object' || !value.slug) {
    return ''
  }
  const href = documentURL(site, relationTo, value.slug)
  return `<h2 style="${style.h2}"><a href="${escapeHTML(href)}" style="${style.link}">${escapeHTML(value.title ?? '')}</a></h2>${
    value.summary ? `<p style="${style.p}">${escapeHTML(value.summary)}</p>` : ''
  }`
}

const mentionItem = (mention: Mention, server: string): string => {
  if (typeof mention !== 'object' || !mention.name) {
    return ''
  }
  const logo = typeof mention.logo === 'object' && mention.logo ? mention.logo : undefined
  const src = logo?.sizes?.web?.url ?? logo?.url
  const content = src
    ? `<img src="${escapeHTML(absolute(src, server))}" alt="${escapeHTML(logo?.alt || mention.name)}" style="${style.logo}" />`
    : escapeHTML(mention.name)
  const linked = mention.website
    ? `<a href="${escapeHTML(mention.website)}" style="${style.link}">${content}</a>`
    : content
  return `<span style="${style.mention}">${linked}</span>`
}

/** The partners the issue mentions (their paid right), each with what its tier lets it show. */
const mentionsSection = (mentions: Mention[], server: string, locale: string): string => {
  const items = mentions.map((mention) => mentionItem(mention, server)).join('')
  if (!items) {
    return ''
  }
  const heading =
    locale === 'en' ? 'The partners behind Den aktive borger' : 'Partnerne bag Den aktive borger'
  return `<h2 style="${style.h2}">${heading}</h2><p style="${style.p}">${items}</p>`
}

const footer = (site: string, locale: string): string => {
  const text =
    locale === 'en'
      ? 'You receive this newsletter from Den aktive borger, a project on how public organisations make citizens more active and independent.'
      : 'Du får dette nyhedsbrev fra Den aktive borger, et projekt om, hvordan offentlige organisationer gør borgerne mere aktive og selvhjulpne.'
  return `<p style="${style.footer}">${text} <a href="${escapeHTML(site)}" style="${style.link}">${escapeHTML(site.replace(/^https?:\/\//, ''))}</a></p>`
}

/** One newsletter as a self-contained HTML email: inline styles, absolute links and images. */
export const renderNewsletterHtml = (
  newsletter: NewsletterForEmail,
  urls: Urls,
  locale = 'da',
): string => {
  const date = newsletter.date
    ? new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'da-DK', { dateStyle: 'long' }).format(
        new Date(newsletter.date),
      )
    : ''
  const meta = [newsletter.issue ? `Nr. ${newsletter.issue}` : '', date].filter(Boolean).join(' · ')
  const body = newsletter.body
    ? convertLexicalToHTML({
        converters: converters(urls),
        data: newsletter.body,
        disableContainer: true,
      })
    : ''
  const featured = (newsletter.featured ?? []).map((item) => featuredItem(item, urls.site)).join('')
  const mentions = mentionsSection(newsletter.mentions ?? [], urls.server, locale)

  return `<!DOCTYPE html>
<html lang="${locale === 'en' ? 'en' : 'da'}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${escapeHTML(newsletter.title)}</title></head>
<body style="${style.body}">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="${style.body}"><tr><td>
<div style="${style.container}"><div style="${style.pad}">
<p style="${style.meta}">Den aktive borger${meta ? ` · ${escapeHTML(meta)}` : ''}</p>
<h1 style="${style.h1}">${escapeHTML(newsletter.title)}</h1>
${newsletter.intro ? `<p style="${style.p}"><strong>${escapeHTML(newsletter.intro)}</strong></p>` : ''}
${body}
${featured}
${mentions}
</div>${footer(urls.site, locale)}</div>
</td></tr></table>
</body>
</html>
`
}
