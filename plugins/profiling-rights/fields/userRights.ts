import type { Field, PayloadRequest } from 'payload'

import type { ResolvedOptions } from '../types'

import { partnerById } from '../access/partnerOfRequest'
import { partnerIdOf } from '../access/viewer'
import { rightKeys, rightLabels } from '../labels'
import { findTier } from '../tiers'

/**
 * Whether a read of the user `id` hands the account to whoever uses it: the request's own user
 * reading it (`me`, login and refresh, which set `req.user` first, or by id), or the admin
 * authenticating (`initReq`: a Local API read before there is a user). Not a REST or GraphQL
 * request authenticating (`req.user` still null): nothing there reads `req.user.rights` — the
 * rules look the partner's tier up themselves where they need it (`partnerOfRequest`) — so every
 * API request of a partner user would pay a lookup for nothing.
 */
const handsOverOwnAccount = (req: PayloadRequest, id: unknown): boolean =>
  req.user ? req.user.id === id : req.payloadAPI === 'local'

/**
 * `users.rights`: what a partner user's partner may do now (none unless active), computed when the
 * account is handed to whoever uses it (`handsOverOwnAccount`): the admin's `req.user.rights`, to
 * show only what the user can use, and the answers of `me`, login and refresh. Never stored.
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
        // Other users' rights are nobody's business and would cost a lookup each.
        if (partner === undefined || !handsOverOwnAccount(req, data?.id)) {
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
