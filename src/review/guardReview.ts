import type { CollectionBeforeChangeHook, CollectionBeforeOperationHook } from 'payload'

import { extractID } from 'payload/shared'

import { isStaff } from '../access/roles'
import { t } from '../admin/label'
import { forbidden } from '../errors/forbidden'
import { invalidField } from '../errors/invalidField'
import { partnerStatuses, type ReviewStatus } from './reviewStatus'

/**
 * Keeps the review trail honest: partners only save drafts or submit; sending back needs a
 * message; publishing marks the review done; who submitted and when is recorded, not taken
 * from the request. A create (a duplicate too) starts the trail afresh.
 */
export const guardReview: CollectionBeforeChangeHook = ({
  collection,
  data,
  operation,
  originalDoc: stored,
  req,
}) => {
  const staff = isStaff(req.user)
  // A duplicate's `originalDoc` is the copied document: its trail is not the copy's.
  const originalDoc = operation === 'update' ? stored : undefined
  const before = (originalDoc?.reviewStatus ?? 'draft') as ReviewStatus
  let status = (data.reviewStatus ?? before) as ReviewStatus
  if (!staff && status !== before && !partnerStatuses.includes(status)) {
    forbidden(
      req,
      t(
        'Kun redaktionen sender tilbage eller offentliggør. Brug "Send til redaktionen" for at aflevere.',
        'Only editors send back or publish. Set the review status to "submitted" to hand it in.',
      ),
    )
  }
  if ((data._status ?? originalDoc?._status) === 'published') {
    status = 'published'
  }
  if (
    status === 'returned' &&
    status !== before &&
    !String(data.reviewMessage ?? originalDoc?.reviewMessage ?? '').trim()
  ) {
    invalidField(
      req,
      collection.slug,
      'reviewMessage',
      t(
        'Skriv en besked til partneren om, hvad der skal rettes, før du sender tilbage.',
        'Write the partner a message saying what to change before sending it back.',
      ),
    )
  }
  const submitted = status === 'submitted' && before !== 'submitted'
  return {
    ...data,
    reviewStatus: status,
    submittedAt: submitted ? new Date().toISOString() : originalDoc?.submittedAt,
    submittedBy: submitted
      ? req.user?.id
      : originalDoc?.submittedBy
        ? extractID(originalDoc.submittedBy as { id: number } | number)
        : null,
  }
}

/**
 * A duplicate starts as an unpublished draft, not yet submitted, whatever the original had been
 * through (the admin's Duplicate button asks for a draft; the API copies the status unless told).
 */
export const freshDuplicate: CollectionBeforeOperationHook = ({ args, operation }) => {
  const { data, duplicateFromID } = args as {
    data?: Record<string, unknown>
    duplicateFromID?: unknown
  }
  if (operation !== 'create' || duplicateFromID === undefined || duplicateFromID === null) {
    return args
  }
  return {
    ...args,
    data: { ...data, _status: 'draft', reviewMessage: null, reviewStatus: 'draft' },
  }
}
