import type { CollectionConfig } from 'payload'

/** Drafts with a version history: the public sees the published version only. */
export const drafts: CollectionConfig['versions'] = {
  drafts: true,
  maxPerDoc: 50,
}
