/**
 * The documents the website gives a page of their own — SEO fields, site search, live preview,
 * webhook paths — and where it shows them (Danish paths, as the site is). The one list of them.
 */
// In the order the search results, the SEO tabs and the generated types list them (Object.keys below).
/* eslint-disable perfectionist/sort-objects -- the order is meaningful */
export const sitePaths = {
  cases: 'cases',
  models: 'modeller',
  dilemmas: 'dilemmaer',
  posts: 'blog',
} as const
/* eslint-enable perfectionist/sort-objects */

export type PublicDocument = keyof typeof sitePaths

export const publicDocuments = Object.keys(sitePaths) as PublicDocument[]

/** What a newsletter features (a post is not featured). */
export type FeaturedCollection = Exclude<PublicDocument, 'posts'>

/** A document's page on the website, e.g. https://www.denaktiveborger.dk/modeller/telekat. */
export const documentURL = (site: string, collection: PublicDocument, slug: string): string =>
  `${site}/${sitePaths[collection]}/${encodeURIComponent(slug)}`
