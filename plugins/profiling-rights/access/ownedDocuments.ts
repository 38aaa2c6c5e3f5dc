import type { Access } from 'payload'

import type { ResolvedOptions, Right } from '../types'

import { grantsAny } from '../tiers'
import { partnerOfRequest } from './partnerOfRequest'
import { partnerIdOf } from './viewer'

/** A partner user's own partner's documents (drafts included); nothing for anyone else. */
export const ownPartnersDocuments =
  (field: string): Access =>
  ({ req: { user } }) => {
    const partner = partnerIdOf(user)
    return partner === undefined ? false : { [field]: { equals: partner } }
  }

/** True when the requesting partner user's partner is active and its tier grants one of `rights`. */
export const partnerHasRight =
  (options: ResolvedOptions, ...rights: Right[]): Access =>
  async ({ req }) => {
    const partner = await partnerOfRequest(req, options)
    return partner?.status === 'active' && grantsAny(options.tiers, partner.tier, rights)
  }
