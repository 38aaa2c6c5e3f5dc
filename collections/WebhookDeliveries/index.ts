import type { CollectionConfig } from 'payload'

import { anyRole } from '../../src/access/roles'
import { groups } from '../../src/admin/groups'
import { hiddenFromNonAdmins } from '../../src/admin/hiddenFromPartners'
import { t } from '../../src/admin/label'
import { webhookEventTypes } from '../../src/webhooks/sources'
import { resendEndpoint } from './resendEndpoint'

const nobody = () => false

/**
 * One message to one webhook and how its delivery went: written by the server only (the event
 * hooks and the delivery job), read by administrators, who can send one again.
 */
export const WebhookDeliveries: CollectionConfig = {
  slug: 'webhook-deliveries',
  access: { create: nobody, delete: nobody, read: anyRole('admin'), update: nobody },
  admin: {
    components: {
      edit: {
        beforeDocumentControls: [
          '/collections/WebhookDeliveries/components/ResendDelivery#ResendDelivery',
        ],
      },
    },
    defaultColumns: [
      'messageId',
      'webhook',
      'type',
      'collection',
      'status',
      'attempts',
      'nextAttemptAt',
      'createdAt',
    ],
    description: t(
      'Hver besked til en webhook: sendt, prøves igen (med voksende pause, i op til et døgn) eller opgivet.',
      'Every message to a webhook: delivered, being retried (with growing pauses, for up to a day) or given up.',
    ),
    group: groups.settings,
    hidden: hiddenFromNonAdmins,
    useAsTitle: 'messageId',
  },
  defaultSort: '-createdAt',
  endpoints: [resendEndpoint],
  fields: [
    {
      name: 'webhook',
      type: 'relationship',
      index: true,
      label: t('Webhook', 'Webhook'),
      relationTo: 'webhooks',
      required: true,
    },
    {
      name: 'messageId',
      type: 'text',
      index: true,
      label: t('Besked-id', 'Message id'),
      required: true,
      unique: true,
    },
    {
      name: 'type',
      type: 'select',
      label: t('Hændelse', 'Event'),
      options: [...webhookEventTypes],
      required: true,
    },
    {
      name: 'collection',
      type: 'text',
      admin: { components: { Cell: '/src/admin/components/CollectionCell#CollectionCell' } },
      label: t('Indhold', 'Content'),
      required: true,
    },
    { name: 'documentId', type: 'text', label: t('Dokument-id', 'Document id') },
    // Deliveries for one webhook and document go out in this order (`readyToSend`).
    { name: 'documentKey', type: 'text', admin: { hidden: true }, index: true, required: true },
    {
      name: 'status',
      type: 'select',
      defaultValue: 'pending',
      index: true,
      label: t('Status', 'Status'),
      options: [
        { label: t('Venter', 'Pending'), value: 'pending' },
        {
          label: t('Venter på en tidligere besked', 'Waiting for an earlier message'),
          value: 'waiting',
        },
        { label: t('Prøves igen', 'Retrying'), value: 'retrying' },
        { label: t('Leveret', 'Delivered'), value: 'delivered' },
        { label: t('Opgivet', 'Given up'), value: 'failed' },
      ],
      required: true,
    },
    { name: 'attempts', type: 'number', defaultValue: 0, label: t('Forsøg', 'Attempts') },
    {
      name: 'lastStatusCode',
      type: 'number',
      label: t('Seneste svar (HTTP-status)', 'Last answer (HTTP status)'),
    },
    { name: 'lastError', type: 'textarea', label: t('Seneste fejl', 'Last error') },
    {
      name: 'nextAttemptAt',
      type: 'date',
      admin: { date: { pickerAppearance: 'dayAndTime' } },
      label: t('Næste forsøg', 'Next attempt'),
    },
    {
      name: 'deliveredAt',
      type: 'date',
      admin: { date: { pickerAppearance: 'dayAndTime' } },
      label: t('Leveret den', 'Delivered at'),
    },
    {
      name: 'body',
      type: 'json',
      admin: { components: { Field: '/src/admin/components/JsonView#JsonView' } },
      label: t('Besked', 'Message'),
      required: true,
    },
  ],
  labels: {
    plural: t('Webhook-leverancer', 'Webhook deliveries'),
    singular: t('Webhook-leverance', 'Webhook delivery'),
  },
}
