import { rolesOr } from './staffOr'

/** Staff and preview keys read drafts too; everyone else only published documents. */
export const publishedOrStaff = rolesOr(['admin', 'editor', 'preview'], {
  _status: { equals: 'published' },
})
