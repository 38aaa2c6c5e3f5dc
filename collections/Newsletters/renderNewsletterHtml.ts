import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'

import { convertLexicalToHTML, type HTMLConvertersFunction } from '@payloadcms/richtext-lexical/html'
import escapeHTML from 'escape-html'

import { documentURL, type FeaturedCollection } from './sitePaths'

type Featured = {
  relationTo: FeaturedCollection
  value: number | { slug?: null | string; summary?: null | string; title?: null | string }
}

export type NewsletterForEmail = {
  body?: null | SerializedEditorState
  date?: null | string
  featured?: Featured[] | null
  intro?: null | string
  issue?: null | number
  title: string
}

type Urls = { server: string; site: string }

// Email clients drop <style> blocks: every element carries its own style.
const style = {
  body: 'margin:0;padding:0;background:#f4f1ec;',
  container: 'max-width:600px;margin:0 auto;background:#ffffff;font-family:Georgia,serif;color:#1f1f1f;',
  h1: 'font-size:28px;line-height:1.2;margin:0 0 8px;',
  h2: 'font-size:20px;line-height:1.3;margin:24px 0 8px;',
  link: 'color:#0b5c7a;',
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
      const href = node.fields.linkType === 'custom' ? absolute(node.fields.url ?? '', urls.site) : urls.site
      return `<a href="${escapeHTML(href)}" style="${style.link}">${nodesToHTML({ nodes: node.children }).join('')}</a>`
    },
    paragraph: ({ node, nodesToHTML }) => `<p style="${style.p}">${nodesToHTML({ nodes: node.children }).join('')}</p>`,
    upload: ({ node }) => {
      const doc = node.value as { alt?: string; url?: string } | number
      if (typeof doc !== 'object' || !doc.url) return ''
      return `<img src="${escapeHTML(absolute(doc.url, urls.server))}" alt="${escapeHTML(doc.alt ?? '')}" style="max-width:100%;height:auto;" />`
    },
  })

const featuredItem = ({ relationTo, value }: Featured, site: string): string => {
  if (typeof value !== 'object' || !value.slug) return ''
  const href = documentURL(site, relationTo, value.slug)
  return `<h2 style="${style.h2}"><a href="${escapeHTML(href)}" style="${style.link}">${escapeHTML(value.title ?? '')}</a></h2>${
    value.summary ? `<p style="${style.p}">${escapeHTML(value.summary)}</p>` : ''
  }`
}

/** One newsletter as a self-contained HTML email: inline styles, absolute links and images. */
export const renderNewsletterHtml = (newsletter: NewsletterForEmail, urls: Urls, locale = 'da'): string => {
  const date = newsletter.date
    ? new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'da-DK', { dateStyle: 'long' }).format(new Date(newsletter.date))
    : ''
  const meta = [newsletter.issue ? `Nr. ${newsletter.issue}` : '', date].filter(Boolean).join(' · ')
  const body = newsletter.body
    ? convertLexicalToHTML({ converters: converters(urls), data: newsletter.body, disableContainer: true })
    : ''
  const featured = (newsletter.featured ?? []).map((item) => featuredItem(item, urls.site)).join('')

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
</div></div>
</td></tr></table>
</body>
</html>
`
}
