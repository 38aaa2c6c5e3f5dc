import type { CollectionConfig } from 'payload'

import { anyRole } from '../access/roles'
import { groups } from '../admin/groups'
import { hiddenFromNonAdmins } from '../admin/hiddenFromPartners'
import { relabel, t } from '../admin/label'

const labelled = relabel({
  completedAt: { label: t('Fuldført', 'Completed') },
  error: { label: t('Fejl', 'Error') },
  hasError: { label: t('Opgivet', 'Gave up') },
  input: { label: t('Inddata', 'Input') },
  log: { label: t('Forløb', 'Log') },
  processing: { label: t('I gang', 'Processing') },
  queue: { label: t('Kø', 'Queue') },
  taskSlug: { label: t('Opgave', 'Task') },
  taskStatus: { label: t('Status', 'Status') },
  totalTried: { label: t('Forsøg', 'Attempts') },
  waitUntil: { label: t('Næste forsøg', 'Next attempt') },
})

/**
 * Payload's job queue, shown to administrators (read only): what waits, what is retried and
 * what was given up, with its error. Jobs that succeed are removed (Payload's default).
 */
export const jobsCollection = ({
  defaultJobsCollection,
}: {
  defaultJobsCollection: CollectionConfig
}): CollectionConfig => ({
  ...defaultJobsCollection,
  access: { ...defaultJobsCollection.access, read: anyRole('admin') },
  admin: {
    ...defaultJobsCollection.admin,
    defaultColumns: ['taskSlug', 'hasError', 'totalTried', 'waitUntil', 'processing', 'createdAt'],
    description: t(
      'Baggrundsjob: e-mails, webhooks og planlagte udgivelser. Fejlede forsøg prøves igen; opgivne står med deres fejl.',
      'Background jobs: emails, webhooks and scheduled publishing. Failed attempts are retried; jobs given up show their error.',
    ),
    group: groups.settings,
    hidden: hiddenFromNonAdmins,
  },
  fields: [
    ...defaultJobsCollection.fields.map(labelled),
    // The runner that claimed the job (`exclusiveClaims`); a job whose runner died is released.
    { name: 'claimedBy', type: 'number', admin: { hidden: true }, index: true },
  ],
  labels: {
    plural: t('Baggrundsjob', 'Background jobs'),
    singular: t('Baggrundsjob', 'Background job'),
  },
})
