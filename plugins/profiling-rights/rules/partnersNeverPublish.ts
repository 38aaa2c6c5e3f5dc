import type { Access, CollectionBeforeChangeHook, CollectionBeforeOperationHook } from 'payload'

import type { Label } from '../types'

import { partnerIdOf } from '../access/viewer'
import { refuse } from '../hooks/refuse'

/**
 * "Partners never publish; editors do": the one home of that rule. A partner user's cases, posts
 * and uploads stay drafts until an editor publishes them. Three doors, one rule:
 * - `explainNoPublishing` (before the operation): a request asking to publish is refused with
 *   the reason, before the access check would refuse it without one;
 * - `keepDrafts` (before the change): nothing a partner user writes leaves a published document
 *   behind — not a publish, not an edit of a document already published;
 * - `draftsOnly` (update access): the admin shows a partner user no Publish button (Payload asks
 *   update access with `_status: 'published'`).
 */
export const ONLY_EDITORS_PUBLISH: Label = {
  da: 'Kun redaktionen offentliggør. Gem som kladde, og send til redaktionen, når teksten er klar.',
  en: 'Only editors publish. Save your changes as a draft (draft=true) and submit them for review.',
}

export const explainNoPublishing: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  const data = (args as { data?: { _status?: string } }).data
  if (
    (operation === 'create' || operation === 'update') &&
    data?._status === 'published' &&
    partnerIdOf(req.user) !== undefined
  ) {
    refuse(req, ONLY_EDITORS_PUBLISH)
  }
  return args
}

export const keepDrafts: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  if (
    partnerIdOf(req.user) !== undefined &&
    (data._status ?? originalDoc?._status) === 'published'
  ) {
    refuse(req, ONLY_EDITORS_PUBLISH)
  }
  return data
}

export const draftsOnly =
  (access: Access): Access =>
  (args) =>
    args.data?._status === 'published' ? false : access(args)
