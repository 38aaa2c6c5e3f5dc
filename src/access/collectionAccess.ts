import type { CollectionConfig } from 'payload'

import { publishedOrStaff } from './publishedOrStaff'
import { staffOnly } from './roles'

/** Editorial content with drafts: staff write and see history; the public reads what is published. */
export const editorialAccess: CollectionConfig['access'] = {
  create: staffOnly,
  delete: staffOnly,
  read: publishedOrStaff,
  readVersions: staffOnly,
  update: staffOnly,
}

/** Reference material everyone may read and staff maintain. */
export const publicReferenceAccess: CollectionConfig['access'] = {
  create: staffOnly,
  delete: staffOnly,
  read: () => true,
  update: staffOnly,
}
