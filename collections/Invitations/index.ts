import type { CollectionConfig } from 'payload'

import { staffOnly } from '../../src/access/roles'
import { groups } from '../../src/admin/groups'
import { t } from '../../src/admin/label'
import { inviteUser } from './inviteUser'
import { resendEndpoint } from './resendEndpoint'
import { sendInvitation } from './sendInvitation'
import { withdrawInvitation } from './withdrawInvitation'

const readOnlySidebar = { position: 'sidebar' as const, readOnly: true }

/**
 * Editors invite partner users (admins also editors): the account is made at once and the
 * invitee sets its own password from the emailed link. Sent invitations are not edited:
 * resend or delete (withdraw) them.
 */
export const Invitations: CollectionConfig = {
  slug: 'invitations',
  access: { create: staffOnly, delete: staffOnly, read: staffOnly, update: () => false },
  admin: {
    components: {
      edit: {
        beforeDocumentControls: [
          '/collections/Invitations/components/InvitationActions#InvitationActions',
        ],
      },
    },
    defaultColumns: ['email', 'partner', 'role', 'sentAt', 'emailStatus', 'acceptedAt'],
    description: t(
      'Inviter en bruger: de får en e-mail med et link til at vælge kodeord (gyldigt i syv dage).',
      'Invite a user: they get an email with a link to choose a password (valid for seven days).',
    ),
    group: groups.partners,
    useAsTitle: 'email',
  },
  defaultSort: '-sentAt',
  endpoints: [resendEndpoint],
  fields: [
    { name: 'email', type: 'email', index: true, label: t('E-mail', 'Email'), required: true },
    { name: 'name', type: 'text', label: t('Navn', 'Name'), maxLength: 200 },
    {
      name: 'role',
      type: 'select',
      admin: {
        description: t(
          'Kun administratorer inviterer redaktører.',
          'Only administrators invite editors.',
        ),
      },
      defaultValue: 'partner',
      label: t('Rolle', 'Role'),
      options: [
        { label: t('Partner', 'Partner'), value: 'partner' },
        { label: t('Redaktør', 'Editor'), value: 'editor' },
      ],
    },
    {
      name: 'partner',
      type: 'relationship',
      admin: { condition: (data) => data?.role !== 'editor' },
      label: t('Partner', 'Partner'),
      relationTo: 'partners',
    },
    {
      name: 'user',
      type: 'relationship',
      admin: readOnlySidebar,
      label: t('Bruger', 'User'),
      relationTo: 'users',
    },
    {
      name: 'sentAt',
      type: 'date',
      admin: readOnlySidebar,
      index: true,
      label: t('Sendt', 'Sent'),
    },
    {
      name: 'emailStatus',
      type: 'select',
      admin: {
        ...readOnlySidebar,
        description: t(
          'E-mails sendes fra en udbakke: kan mailserveren ikke nås, prøves der igen i op til et par timer.',
          'Emails go out from an outbox: while the mail server cannot be reached they are retried for a few hours.',
        ),
      },
      defaultValue: 'pending',
      label: t('E-mail', 'Email'),
      options: [
        { label: t('Venter i udbakken', 'Waiting in the outbox'), value: 'pending' },
        { label: t('Sendt', 'Sent'), value: 'sent' },
        { label: t('Kunne ikke sendes', 'Could not be sent'), value: 'failed' },
      ],
    },
    {
      name: 'expiresAt',
      type: 'date',
      admin: readOnlySidebar,
      label: t('Linket udløber', 'Link expires'),
    },
    {
      name: 'acceptedAt',
      type: 'date',
      admin: readOnlySidebar,
      label: t('Taget imod', 'Accepted'),
    },
  ],
  hooks: {
    afterChange: [sendInvitation],
    afterDelete: [withdrawInvitation],
    beforeChange: [inviteUser],
  },
  labels: { plural: t('Invitationer', 'Invitations'), singular: t('Invitation', 'Invitation') },
}
