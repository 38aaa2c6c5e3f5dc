import type { CollectionBeforeChangeHook } from 'payload'

import { hasRole } from '../access/roles'
import { forbidden } from '../errors/forbidden'
import { invalidField } from '../errors/invalidField'
import { partnerStatuses, type ReviewStatus } from './reviewStatus'
import { idOf } from '../utilities/idOf'

/**
 * Keeps the review trail honest: partners only save drafts or submit; sending back needs a
 * message; publishing marks the review done; who submitted and when is recorded, not taken
 * from the request.
 */
export const guardReview: CollectionBeforeChangeHook = ({ collection, data, originalDoc, req }) => {
  const staff = hasRole(req.user, 'admin', 'editor')
  const before = (originalDoc?.reviewStatus ?? 'draft') as ReviewStatus
  let status = (data.reviewStatus ?? before) as ReviewStatus
  if (!staff && status !== before && !partnerStatuses.includes(status)) {
    forbidden('Only editors send back or publish. Set the review status to "submitted" to hand it in.')
  }
  if ((data._status ?? originalDoc?._status) === 'published') status = 'published'
  if (status === 'returned' && status !== before && !String(data.reviewMessage ?? originalDoc?.reviewMessage ?? '').trim()) {
    invalidField(req, collection.slug, 'reviewMessage', 'Write the partner a message saying what to change before sending it back.')
  }
  const submitted = status === 'submitted' && before !== 'submitted'
  return {
    ...data,
    reviewStatus: status,
    submittedAt: submitted ? new Date().toISOString() : originalDoc?.submittedAt,
    submittedBy: submitted ? req.user?.id : (idOf(originalDoc?.submittedBy) ?? null),
  }
}
