import type { CollectionConfig } from 'payload'

import { manageableUsers, unlockableUsers } from '../../src/access/manageableUsers'
import { anyRoleField, roleOptions, staffField, staffOnly } from '../../src/access/roles'
import { staffOrSelf } from '../../src/access/staffOrSelf'
import { groups } from '../../src/admin/groups'
import { hiddenFromPartners } from '../../src/admin/hiddenFromPartners'
import { t } from '../../src/admin/label'
import { authCookies } from '../../src/auth/cookies'
import { passwordPolicy } from '../../src/auth/passwordPolicy'
import { acceptInvitation } from './acceptInvitation'
import { createCalendarFeedEndpoint, revokeCalendarFeedEndpoint } from './calendarFeedEndpoints'
import { calendarFeedFields } from './calendarFeedFields'
import { firstUserIsAdmin } from './firstUserIsAdmin'
import { resetPasswordEmail } from './resetPasswordEmail'

export const Users: CollectionConfig = {
  slug: 'users',
  access: {
    create: staffOnly,
    delete: manageableUsers,
    read: staffOrSelf,
    unlock: unlockableUsers,
    update: manageableUsers,
  },
  admin: {
    defaultColumns: ['email', 'name', 'roles', 'updatedAt'],
    group: groups.settings,
    hidden: hiddenFromPartners,
    useAsTitle: 'email',
  },
  // The partner stays an id on req.user: access rules look its tier up once per request.
  auth: {
    cookies: authCookies(),
    depth: 0,
    forgotPassword: resetPasswordEmail,
    // Five wrong passwords lock the account for ten minutes (Payload's own lockout).
    lockTime: 10 * 60 * 1000,
    maxLoginAttempts: 5,
  },
  endpoints: [createCalendarFeedEndpoint, revokeCalendarFeedEndpoint],
  fields: [
    {
      name: 'name',
      type: 'text',
      label: t('Navn', 'Name'),
    },
    {
      name: 'roles',
      type: 'select',
      access: {
        // Nobody grants themselves more: only admins hand out roles.
        create: anyRoleField('admin'),
        update: anyRoleField('admin'),
      },
      admin: {
        description: t(
          'Administrator: alt. Redaktør: indhold og partnere. Partner: egen organisation.',
          'Admin: everything. Editor: content and partners. Partner: own organisation.',
        ),
      },
      defaultValue: ['partner'],
      hasMany: true,
      label: t('Roller', 'Roles'),
      options: roleOptions,
      required: true,
      saveToJWT: true,
    },
    {
      name: 'partner',
      type: 'relationship',
      access: { create: staffField, update: staffField },
      admin: {
        condition: (data) => Boolean(data?.roles?.includes('partner')),
        description: t(
          'Den partnerorganisation, brugeren handler for.',
          'The partner organisation the user acts for.',
        ),
        position: 'sidebar',
      },
      index: true,
      label: t('Partner', 'Partner'),
      relationTo: 'partners',
      saveToJWT: true,
    },
    ...calendarFeedFields,
  ],
  hooks: {
    afterLogin: [acceptInvitation],
    beforeChange: [firstUserIsAdmin],
    beforeOperation: [passwordPolicy()],
  },
  labels: { plural: t('Brugere', 'Users'), singular: t('Bruger', 'User') },
}
