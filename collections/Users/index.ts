import type { CollectionConfig } from 'payload'

import { anyRoleField, isAdmin, isStaff, roles } from '../../src/access/roles'
import { staffOrSelf } from '../../src/access/staffOrSelf'
import { firstUserIsAdmin } from './firstUserIsAdmin'

export const Users: CollectionConfig = {
  slug: 'users',
  access: {
    create: isStaff,
    delete: isAdmin,
    read: staffOrSelf,
    update: staffOrSelf,
  },
  admin: {
    defaultColumns: ['email', 'name', 'roles', 'updatedAt'],
    group: { da: 'Indstillinger', en: 'Settings' },
    useAsTitle: 'email',
  },
  auth: true,
  fields: [
    {
      name: 'name',
      type: 'text',
      label: { da: 'Navn', en: 'Name' },
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
        description: {
          da: 'Administrator: alt. Redaktør: indhold og partnere. Partner: egen organisation.',
          en: 'Admin: everything. Editor: content and partners. Partner: own organisation.',
        },
      },
      defaultValue: ['partner'],
      hasMany: true,
      label: { da: 'Roller', en: 'Roles' },
      options: roles.map((role) => ({ label: role, value: role })),
      required: true,
      saveToJWT: true,
    },
  ],
  hooks: {
    beforeChange: [firstUserIsAdmin],
  },
  labels: {
    plural: { da: 'Brugere', en: 'Users' },
    singular: { da: 'Bruger', en: 'User' },
  },
}
