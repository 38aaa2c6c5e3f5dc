import { seoPlugin } from '@payloadcms/plugin-seo'

import { relabel, t } from '../admin/label'
import { siteURL } from '../runtime/publicUrls'
import { documentURL, type PublicDocument, publicDocuments } from '../site/sitePaths'

/** Appended to every page title: the admin's and the generated meta titles. */
export const titleSuffix = ' – Den aktive borger'

/** Search engines show about this many characters of a description. */
const DESCRIPTION_LENGTH = 155

type Doc = {
  question?: null | string
  slug?: null | string
  summary?: null | string
  title?: null | string
}

/** Cut at a word boundary, so a snippet never ends mid-word. */
const shorten = (text: string, length: number): string => {
  const clean = text.replace(/\s+/g, ' ').trim()
  if (clean.length <= length) {
    return clean
  }
  const cut = clean.slice(0, length - 1)
  const atWord = cut.slice(0, cut.lastIndexOf(' ')) || cut
  return `${atWord.replace(/[\s,.;:–-]+$/, '')}…`
}

const labelled = relabel({
  description: { label: t('Metabeskrivelse', 'Meta description') },
  image: {
    description: t(
      'Vises, når siden deles. Bedst 1200 × 630 pixel.',
      'Shown when the page is shared. Best at 1200 × 630 pixels.',
    ),
    label: t('Delingsbillede', 'Meta image'),
  },
  title: { label: t('Metatitel', 'Meta title') },
})

/**
 * Meta title, description and sharing image (→ media) on the public documents, with
 * generate buttons that fill them from the document: its title, its summary (a dilemma's
 * question when it has none) and its page on the website (SITE_URL).
 */
export const seo = seoPlugin({
  collections: [...publicDocuments],
  fields: ({ defaultFields }) => defaultFields.map(labelled),
  generateDescription: ({ doc }: { doc: Doc }) =>
    shorten(doc.summary || doc.question || '', DESCRIPTION_LENGTH),
  generateTitle: ({ doc }: { doc: Doc }) => (doc.title ? `${doc.title}${titleSuffix}` : ''),
  generateURL: ({ collectionConfig, doc }: { collectionConfig?: { slug: string }; doc: Doc }) =>
    collectionConfig && doc.slug
      ? documentURL(siteURL(), collectionConfig.slug as PublicDocument, doc.slug)
      : '',
  uploadsCollection: 'media',
})
