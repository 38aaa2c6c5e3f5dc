import type { CollectionBeforeOperationHook } from 'payload'

import type { ResolvedOptions, Right } from '../types'

import { partnerOfRequest } from '../access/partnerOfRequest'
import { grantsAny } from '../tiers'
import { refuse } from './refuse'

/**
 * Access functions can only say no; this says why. Runs before create's access check, so a
 * partner user whose tier lacks every one of `rights` gets a 403 naming them instead of a bare refusal.
 */
export const explainMissingRight =
  (options: ResolvedOptions, rights: Right[]): CollectionBeforeOperationHook =>
  async ({ args, collection, operation, req }) => {
    if (operation !== 'create') return args
    const partner = await partnerOfRequest(req, options)
    if (partner && !(partner.status === 'active' && grantsAny(options.tiers, partner.tier, rights))) {
      refuse(
        `Your partner's tier does not include the right ${rights.map((right) => `“${right}”`).join(' or ')}, which creating ${collection.slug} needs` +
          (partner.status === 'active' ? '.' : ' (and the partnership is not active).'),
      )
    }
    return args
  }
