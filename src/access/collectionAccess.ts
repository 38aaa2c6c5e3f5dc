import type { CollectionConfig } from 'payload'

import { publishedOrStaff } from './publishedOrStaff'
import { isStaff } from './roles'

/** Editorial content with drafts: staff write and see history; the public reads what is published. */
export const editorialAccess: CollectionConfig['access'] = {
  create: isStaff,
  delete: isStaff,
  read: publishedOrStaff,
  readVersions: isStaff,
  update: isStaff,
}

/** Reference material everyone may read and staff maintain. */
export const publicReferenceAccess: CollectionConfig['access'] = {
  create: isStaff,
  delete: isStaff,
  read: () => true,
  update: isStaff,
}
