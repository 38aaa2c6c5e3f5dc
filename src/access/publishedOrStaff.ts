import type { Access } from 'payload'

import { hasRole } from './roles'

/**
 * Staff read everything, drafts included; everyone else only published documents.
 * A `Where` (not `false`) keeps list and relationship reads working for the public.
 */
export const publishedOrStaff: Access = ({ req: { user } }) =>
  hasRole(user, 'admin', 'editor') || { _status: { equals: 'published' } }
