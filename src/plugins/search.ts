import type { Field } from 'payload'

import { searchPlugin } from '@payloadcms/plugin-search'

import { groups } from '../admin/groups'
import { hiddenFromPartners } from '../admin/hiddenFromPartners'
import { relabel, t } from '../admin/label'
import { deriveFromStoredDocuments } from '../hooks/storedDocument'
import { publicDocuments } from '../site/sitePaths'

/** What a result list shows besides the title, so a website can link it without a second request. */
const resultFields: Field[] = [
  { name: 'slug', type: 'text', admin: { readOnly: true }, index: true, label: t('Slug', 'Slug') },
  {
    name: 'summary',
    type: 'textarea',
    admin: { readOnly: true },
    label: t('Resumé', 'Summary'),
    localized: true,
  },
]

const labelled = relabel({
  doc: { label: t('Dokument', 'Document') },
  priority: { label: t('Prioritet', 'Priority') },
  title: { label: t('Titel', 'Title') },
})

const nobody = () => false

/**
 * Site search over the public documents: published ones only (a draft is never indexed;
 * unpublishing or deleting removes the entry). Anyone reads the `search` collection; only the
 * system writes it, from the documents' own hooks. Models rank above cases, dilemmas and posts.
 * Entries follow the stored document, whatever a write asked to get back (`select`, `depth`).
 */
export const search = deriveFromStoredDocuments(
  searchPlugin({
    beforeSync: ({ originalDoc, searchDoc }) => ({
      ...searchDoc,
      slug: originalDoc.slug,
      // A dilemma is summed up by its question when it has no summary.
      summary: originalDoc.summary || originalDoc.question || null,
    }),
    collections: [...publicDocuments],
    defaultPriorities: { cases: 30, dilemmas: 20, models: 40, posts: 10 },
    searchOverrides: {
      access: { create: nobody, delete: nobody, read: () => true, update: nobody },
      admin: {
        // No reindex button: nobody may write search entries, and every save keeps them current.
        components: {},
        defaultColumns: ['title', 'doc', 'priority'],
        description: t(
          'Søgeindekset for websitet: udgivne cases, modeller, dilemmaer og blogindlæg. Opdateres automatisk.',
          'The website’s search index: published cases, models, dilemmas and posts. Kept up to date automatically.',
        ),
        group: groups.settings,
        hidden: hiddenFromPartners,
        useAsTitle: 'title',
      },
      defaultSort: '-priority',
      fields: ({ defaultFields }) => [...defaultFields.map(labelled), ...resultFields],
      labels: {
        plural: t('Søgeresultater', 'Search results'),
        singular: t('Søgeresultat', 'Search result'),
      },
    },
  }),
  // The plugin skips a document it synced earlier in the request (meant for hooks that save twice).
  { forget: ['syncedDocsSet'] },
)
