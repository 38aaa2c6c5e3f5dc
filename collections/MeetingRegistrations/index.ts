import type { CollectionConfig } from 'payload'

import { staffOnly } from '../../src/access/roles'
import { staffOrOwningPartner } from '../../src/access/staffOrOwningPartner'
import { groups } from '../../src/admin/groups'
import { t } from '../../src/admin/label'
import { owningPartner } from '../../src/fields/owningPartner'
import { person } from '../../src/fields/person'
import { meetingField } from '../Meetings/meetingField'

/**
 * Who comes to a meeting: a person from a partner, registered by staff or by the partner's own
 * users (the tier plugin decides which meetings a partner may register people for).
 */
export const MeetingRegistrations: CollectionConfig = {
  slug: 'meeting-registrations',
  access: { create: staffOnly, delete: staffOnly, read: staffOnly, update: staffOnly },
  admin: {
    defaultColumns: ['name', 'partner', 'meeting', 'role'],
    description: t(
      'Tilmeldinger til møder: hvem fra hvilken partner kommer.',
      'Registrations for meetings: who comes from which partner.',
    ),
    group: groups.partners,
    useAsTitle: 'name',
  },
  fields: [
    meetingField,
    owningPartner,
    // Other members see who comes from which partner, not how to reach them.
    ...person.map((field) =>
      field.name === 'email' ? { ...field, access: { read: staffOrOwningPartner } } : field,
    ),
  ],
  indexes: [{ fields: ['meeting', 'partner', 'name'], unique: true }],
  labels: {
    plural: t('Mødetilmeldinger', 'Meeting registrations'),
    singular: t('Mødetilmelding', 'Meeting registration'),
  },
}
