import { staffOr } from './staffOr'

/** Staff read drafts too; everyone else only published documents. */
export const publishedOrStaff = staffOr({ _status: { equals: 'published' } })
