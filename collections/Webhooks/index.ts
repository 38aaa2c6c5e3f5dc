import type { CollectionConfig } from 'payload'

import { anyRole } from '../../src/access/roles'
import { groups } from '../../src/admin/groups'
import { hiddenFromNonAdmins } from '../../src/admin/hiddenFromPartners'
import { t } from '../../src/admin/label'
import { webAddress } from '../../src/fields/url'
import { webhookEventTypes, webhookSources } from '../../src/webhooks/sources'
import { removeDeliveries } from './removeDeliveries'
import { revealSecretEndpoint, rotateSecretEndpoint } from './secretEndpoints'
import { newSigningSecret } from './signingSecret'

const admins = anyRole('admin')

/** Set by the server only (the create hook and the secret endpoints, with overrideAccess). */
const serverWritten = { create: () => false, update: () => false }

/**
 * Where to tell a frontend that public content changed: each change is delivered as a signed
 * POST (Standard Webhooks) by the job queue, retried for about a day (`webhook-deliveries`).
 * Administrators only. The signing key is generated here and shown once.
 */
export const Webhooks: CollectionConfig = {
  slug: 'webhooks',
  access: { create: admins, delete: admins, read: admins, update: admins },
  admin: {
    defaultColumns: ['url', 'collections', 'events', 'active'],
    description: t(
      'Adresser, der får besked, når offentligt indhold ændres (fx så hjemmesiden kan opdatere sine sider). Hver besked er signeret efter Standard Webhooks.',
      'Addresses told when public content changes (e.g. so the website can refresh its pages). Every message is signed per Standard Webhooks.',
    ),
    group: groups.settings,
    hidden: hiddenFromNonAdmins,
    useAsTitle: 'url',
  },
  endpoints: [revealSecretEndpoint, rotateSecretEndpoint],
  fields: [
    {
      name: 'url',
      type: 'text',
      label: t('Adresse', 'URL'),
      maxLength: 2000,
      required: true,
      validate: webAddress,
    },
    {
      name: 'collections',
      type: 'select',
      hasMany: true,
      label: t('Indhold', 'Content'),
      options: [...webhookSources],
      required: true,
    },
    {
      name: 'events',
      type: 'select',
      defaultValue: ['publish', 'unpublish', 'delete'],
      hasMany: true,
      label: t('Hændelser', 'Events'),
      options: [...webhookEventTypes],
      required: true,
    },
    { name: 'active', type: 'checkbox', defaultValue: true, label: t('Aktiv', 'Active') },
    // Never in an answer: read by the delivery job only (`showHiddenFields`).
    { name: 'secret', type: 'text', access: serverWritten, hidden: true },
    {
      name: 'secretShownAt',
      type: 'date',
      access: serverWritten,
      admin: {
        components: { Field: '/collections/Webhooks/components/SigningSecret#SigningSecret' },
        position: 'sidebar',
        readOnly: true,
      },
      label: t('Signeringsnøgle vist', 'Signing secret shown'),
    },
  ],
  hooks: {
    // Its deliveries go with it (they point at it); jobs still queued for them then find nothing to send.
    beforeChange: [
      ({ data, operation }) =>
        operation === 'create'
          ? { ...data, secret: newSigningSecret(), secretShownAt: null }
          : data,
    ],
    beforeDelete: [removeDeliveries],
  },
  labels: { plural: t('Webhooks', 'Webhooks'), singular: t('Webhook', 'Webhook') },
}
