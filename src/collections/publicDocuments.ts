/** The documents the website gives a page of their own: SEO fields, site search, live preview. */
export const publicDocuments = ['cases', 'models', 'dilemmas', 'posts'] as const

export type PublicDocument = (typeof publicDocuments)[number]
