import type { CollectionConfig } from 'payload'

import { anyRole } from '../../src/access/roles'
import { groups } from '../../src/admin/groups'
import { hiddenFromNonAdmins } from '../../src/admin/hiddenFromPartners'
import { t } from '../../src/admin/label'

const nobody = () => false

/**
 * Who changed what, when and through which door: written by the server in the same transaction
 * as the change (src/audit/auditTrail.ts), read by administrators, never created, changed or
 * deleted over any API, administrators included.
 */
export const AuditLog: CollectionConfig = {
  slug: 'audit-log',
  access: { create: nobody, delete: nobody, read: anyRole('admin'), update: nobody },
  admin: {
    defaultColumns: [
      'createdAt',
      'action',
      'collection',
      'summary',
      'actor',
      'door',
      'clientAddress',
    ],
    description: t(
      'Hvem ændrede hvad og hvornår: udgivelser, sletninger, partneres niveau og status, brugeres roller, invitationer, webhooks og mislykkede logins. Kan ikke ændres.',
      'Who changed what and when: publishing, deletions, partner tiers and status, user roles, invitations, webhooks and failed logins. Cannot be changed.',
    ),
    disableCopyToLocale: true,
    group: groups.settings,
    hidden: hiddenFromNonAdmins,
    useAsTitle: 'summary',
  },
  defaultSort: '-createdAt',
  disableDuplicate: true,
  fields: [
    { name: 'summary', type: 'text', label: t('Hændelse', 'Event') },
    {
      name: 'action',
      type: 'select',
      index: true,
      label: t('Handling', 'Action'),
      options: [
        { label: t('Oprettet', 'Created'), value: 'create' },
        { label: t('Ændret', 'Updated'), value: 'update' },
        { label: t('Kladde gemt', 'Draft saved'), value: 'draft' },
        { label: t('Offentliggjort', 'Published'), value: 'publish' },
        { label: t('Trukket tilbage', 'Unpublished'), value: 'unpublish' },
        { label: t('Slettet', 'Deleted'), value: 'delete' },
        { label: t('Mislykket login', 'Failed login'), value: 'loginFailed' },
      ],
      required: true,
    },
    {
      name: 'collection',
      type: 'text',
      admin: { components: { Cell: '/src/admin/components/CollectionCell#CollectionCell' } },
      index: true,
      label: t('Samling', 'Collection'),
      required: true,
    },
    { name: 'documentId', type: 'text', index: true, label: t('Dokument-id', 'Document id') },
    {
      name: 'changes',
      type: 'json',
      admin: {
        components: { Field: '/src/admin/components/JsonView#JsonView' },
        description: t(
          'Ændrede felter: før → efter. Kodeord og nøgler skrives aldrig.',
          'Changed fields: before → after. Passwords and secrets are never written.',
        ),
      },
      label: t('Ændringer', 'Changes'),
    },
    {
      name: 'user',
      type: 'relationship',
      index: true,
      label: t('Bruger', 'User'),
      relationTo: 'users',
    },
    {
      name: 'actor',
      type: 'text',
      admin: {
        description: t(
          'Brugerens e-mail, eller “System” for serverens egne ændringer (fx indlæsning af indhold).',
          'The user’s email, or “System” for the server’s own changes (e.g. seeding).',
        ),
      },
      index: true,
      label: t('Hvem', 'Who'),
    },
    {
      name: 'door',
      type: 'select',
      index: true,
      label: t('Adgang', 'Door'),
      options: [
        { label: t('Admin', 'Admin'), value: 'admin' },
        { label: t('REST', 'REST'), value: 'rest' },
        { label: t('GraphQL', 'GraphQL'), value: 'graphql' },
        { label: t('Local API (server)', 'Local API (server)'), value: 'local' },
        { label: t('Baggrundsjob', 'Background job'), value: 'job' },
      ],
    },
    { name: 'job', type: 'text', label: t('Job', 'Job') },
    {
      name: 'clientAddress',
      type: 'text',
      index: true,
      label: t('Klientadresse', 'Client address'),
    },
  ],
  labels: { plural: t('Revisionslog', 'Audit log'), singular: t('Logpost', 'Audit entry') },
}
