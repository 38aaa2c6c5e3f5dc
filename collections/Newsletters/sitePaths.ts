/** Where the website shows each kind of featured document (Danish paths, as the site is). */
export const sitePaths = {
  cases: 'cases',
  dilemmas: 'dilemmaer',
  models: 'modeller',
} as const

export type FeaturedCollection = keyof typeof sitePaths
