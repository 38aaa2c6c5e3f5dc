import type { CollectionBeforeChangeHook } from 'payload'

import { partnerIdOf } from '../access/viewer'

/** A partner user's documents always belong to its own partner, whatever the request body says. */
export const ownedByRequestPartner =
  (field: string): CollectionBeforeChangeHook =>
  ({ data, req }) => {
    const partner = partnerIdOf(req.user)
    return partner === undefined ? data : { ...data, [field]: partner }
  }
