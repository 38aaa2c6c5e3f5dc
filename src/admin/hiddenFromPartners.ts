import type { PayloadRequest } from 'payload'

import { hasRole, isStaff } from '../access/roles'

/**
 * Editorial collections stay out of partner users' admin navigation: they read them on the
 * website (and pick them in relationship fields), but have nothing to do with them here.
 */
export const hiddenFromPartners = ({ user }: { user: unknown }): boolean =>
  hasRole(user as PayloadRequest['user'], 'partner') && !isStaff(user as PayloadRequest['user'])

/** Administration (jobs, webhooks, the audit log) shows in the navigation of administrators only. */
export const hiddenFromNonAdmins = ({ user }: { user: unknown }): boolean =>
  !hasRole(user as PayloadRequest['user'], 'admin')
