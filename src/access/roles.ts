import type { Access, FieldAccess, PayloadRequest } from 'payload'

import { isStaff } from '../../plugins/profiling-rights/access/viewer'
import { t } from '../admin/label'

export type Role = 'admin' | 'editor' | 'partner' | 'preview'

export const roleOptions = [
  { label: t('Administrator', 'Administrator'), value: 'admin' },
  { label: t('Redaktør', 'Editor'), value: 'editor' },
  { label: t('Partner', 'Partner'), value: 'partner' },
  { label: t('Forhåndsvisning (API-nøgle)', 'Preview (API key)'), value: 'preview' },
] satisfies Array<{ label: ReturnType<typeof t>; value: Role }>

type WithRoles = { roles?: null | Role[] }

export const hasRole = (user: PayloadRequest['user'], ...wanted: Role[]): boolean =>
  Boolean((user as null | WithRoles)?.roles?.some((role) => wanted.includes(role)))

/** Collection access for the given roles. */
export const anyRole =
  (...wanted: Role[]): Access =>
  ({ req }) =>
    hasRole(req.user, ...wanted)

/** Field access for the given roles. */
export const anyRoleField =
  (...wanted: Role[]): FieldAccess =>
  ({ req }) =>
    hasRole(req.user, ...wanted)

/** Whether a user is staff (an administrator or an editor): the tier plugin's definition, used everywhere. */
export { isStaff }

/** Collection access for staff, who see and do everything in the collections they manage. */
export const staffOnly: Access = ({ req }) => isStaff(req.user)

/** A frontend server's API key: reads drafts for preview, nothing else. */
export const isPreview = (user: PayloadRequest['user']): boolean => hasRole(user, 'preview')

/** Field access: only staff read or write it (internal fields). */
export const staffField: FieldAccess = ({ req }) => isStaff(req.user)
