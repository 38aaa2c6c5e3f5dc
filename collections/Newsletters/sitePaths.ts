/** Where the website shows each kind of public document (Danish paths, as the site is). */
export const sitePaths = {
  cases: 'cases',
  dilemmas: 'dilemmaer',
  models: 'modeller',
  posts: 'blog',
} as const

export type SiteCollection = keyof typeof sitePaths

export type FeaturedCollection = Exclude<SiteCollection, 'posts'>

/** A document's page on the website, e.g. https://www.denaktiveborger.dk/modeller/telekat. */
export const documentURL = (site: string, collection: SiteCollection, slug: string): string =>
  `${site}/${sitePaths[collection]}/${encodeURIComponent(slug)}`
