import type { Field } from 'payload'

import type { ResolvedOptions } from '../types'

import { partnerById } from '../access/partnerOfRequest'
import { partnerIdOf } from '../access/viewer'
import { rightKeys, rightLabels } from '../labels'
import { findTier } from '../tiers'

/**
 * `users.rights`: what a partner user's partner may do now (none unless active), computed on
 * reading the user's own account — which includes logging in, so `req.user.rights` is there for
 * the admin UI to show only what the user can use. Never stored.
 */
export const userRights = (options: ResolvedOptions): Field => ({
  name: 'rights',
  type: 'select',
  admin: { hidden: true },
  hasMany: true,
  hooks: {
    afterRead: [
      async ({ data, req }) => {
        const partner = partnerIdOf(data)
        // Only for the account being used: other users' rights are nobody's business and would cost a lookup each.
        if (partner === undefined || (req.user && req.user.id !== data?.id)) {
          return undefined
        }
        const doc = await partnerById(req, partner, options)
        const tier = doc?.status === 'active' ? findTier(options.tiers, doc.tier) : undefined
        return rightKeys.filter((right) => tier?.rights[right] === true)
      },
    ],
  },
  options: rightKeys.map((right) => ({ label: rightLabels[right], value: right })),
  virtual: true,
})
