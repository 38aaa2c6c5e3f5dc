import type { CollectionBeforeChangeHook } from 'payload'

import { partnerIdOf } from '../access/viewer'
import { ONLY_EDITORS_PUBLISH } from './explainNoPublishing'
import { refuse } from './refuse'

/**
 * A partner user's documents always belong to its own partner, whatever the request body
 * says, and stay drafts: editors publish.
 */
export const ownedByRequestPartner =
  (field: string): CollectionBeforeChangeHook =>
  ({ data, originalDoc, req }) => {
    const partner = partnerIdOf(req.user)
    if (partner === undefined) return data
    const status = data._status ?? originalDoc?._status
    if (status === 'published') {
      refuse(req, ONLY_EDITORS_PUBLISH)
    }
    return { ...data, [field]: partner }
  }
