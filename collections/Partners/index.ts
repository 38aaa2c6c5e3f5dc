import type { CollectionConfig } from 'payload'

import { staffField, staffOnly } from '../../src/access/roles'
import { staffOr } from '../../src/access/staffOr'
import { groups } from '../../src/admin/groups'
import { t } from '../../src/admin/label'
import { person } from '../../src/fields/person'
import { slug } from '../../src/fields/slug'
import { webAddress } from '../../src/fields/url'
import { sectors, statuses } from './options'

/** Only active partners are public; staff see prospects and former partners too. */
const activeOrStaff = staffOr({ status: { equals: 'active' } })

/** The organisations paying to take part, each in a tier of rights. */
export const Partners: CollectionConfig = {
  slug: 'partners',
  access: { create: staffOnly, delete: staffOnly, read: activeOrStaff, update: staffOnly },
  admin: {
    defaultColumns: ['name', 'status', 'sector', 'updatedAt'],
    description: t(
      'Partnerorganisationerne. Kun aktive partnere vises offentligt.',
      'The partner organisations. Only active partners are public.',
    ),
    group: groups.partners,
    listSearchableFields: ['name'],
    useAsTitle: 'name',
  },
  defaultSort: 'name',
  fields: [
    { name: 'name', type: 'text', label: t('Navn', 'Name'), maxLength: 200, required: true },
    {
      name: 'website',
      type: 'text',
      admin: {
        description: t('Link til organisationens website.', 'Link to the organisation’s website.'),
      },
      label: t('Website', 'Website'),
      maxLength: 500,
      validate: webAddress,
    },
    {
      name: 'logo',
      type: 'upload',
      admin: { description: t('Et af partnerens egne logoer.', 'One of the partner’s own logos.') },
      filterOptions: ({ id }) => ({ partner: { equals: id ?? 0 } }),
      label: t('Logo', 'Logo'),
      relationTo: 'logos',
    },
    {
      name: 'presentation',
      type: 'richText',
      label: t('Præsentation', 'Presentation'),
      localized: true,
    },
    {
      type: 'collapsible',
      admin: { description: t('Vises aldrig offentligt.', 'Never shown publicly.') },
      fields: [
        {
          name: 'contacts',
          type: 'array',
          access: { read: staffField },
          fields: [
            ...person,
            { name: 'phone', type: 'text', label: t('Telefon', 'Phone'), maxLength: 40 },
          ],
          label: t('Kontaktpersoner', 'Contacts'),
          labels: {
            plural: t('Kontaktpersoner', 'Contacts'),
            singular: t('Kontaktperson', 'Contact'),
          },
        },
        {
          name: 'panelNominees',
          type: 'array',
          access: { read: staffField },
          admin: {
            description: t(
              'Nøglepersoner tilbudt medlemskab af Velfærdspanelet.',
              'Key people offered membership of Velfærdspanelet.',
            ),
          },
          fields: [...person],
          label: t('Indstillet til Velfærdspanelet', 'Panel nominees'),
          labels: { plural: t('Nøglepersoner', 'Nominees'), singular: t('Nøgleperson', 'Nominee') },
        },
        {
          name: 'ticketsExtra',
          type: 'number',
          access: { read: staffField },
          admin: {
            description: t(
              'Ekstra billetter til Velfærdens Innovationsdag købt til særpris.',
              'Extra Innovation Day tickets bought at the special price.',
            ),
          },
          defaultValue: 0,
          label: t('Ekstra billetter', 'Extra tickets'),
          min: 0,
        },
        {
          name: 'attendees',
          type: 'array',
          access: { read: staffField },
          admin: {
            description: t(
              'Navngivne billetholdere til Velfærdens Innovationsdag.',
              'Named Innovation Day ticket holders.',
            ),
          },
          fields: [...person],
          label: t('Deltagere', 'Attendees'),
          labels: { plural: t('Deltagere', 'Attendees'), singular: t('Deltager', 'Attendee') },
        },
        {
          name: 'notes',
          type: 'textarea',
          access: { create: staffField, read: staffField, update: staffField },
          label: t('Interne noter', 'Internal notes'),
        },
      ],
      label: t('Kontakt og aftaler', 'Contacts and arrangements'),
    },
    slug('name'),
    {
      name: 'status',
      type: 'select',
      admin: { position: 'sidebar' },
      defaultValue: 'prospect',
      index: true,
      label: t('Status', 'Status'),
      options: statuses,
      required: true,
    },
    {
      name: 'sector',
      type: 'select',
      admin: { position: 'sidebar' },
      label: t('Sektor', 'Sector'),
      options: sectors,
    },
    {
      name: 'cases',
      type: 'join',
      collection: 'cases',
      label: t('Cases', 'Cases'),
      // Ids only, at any depth: a partner list at depth 1 would otherwise carry ten full cases per
      // partner (docs/benchmarks.md). A partner's cases in full: /api/cases?where[partner][equals]=id.
      maxDepth: 0,
      on: 'partner',
    },
  ],
  labels: { plural: t('Partnere', 'Partners'), singular: t('Partner', 'Partner') },
}
