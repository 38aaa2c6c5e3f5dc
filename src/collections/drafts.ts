import type { CollectionConfig } from 'payload'

/**
 * Drafts with a version history: the public sees the published version only. Staff can
 * schedule a publish or unpublish (Payload's `schedulePublish`, run by the job queue).
 */
export const drafts: CollectionConfig['versions'] = {
  drafts: { schedulePublish: { timeFormat: 'HH.mm' } },
  maxPerDoc: 50,
}
