import type { Endpoint } from 'payload'

import type { ResolvedOptions } from '../types'

import { describeTiers } from './describeTiers'

/** GET /api/tiers — public. */
export const tiersEndpoint = (options: ResolvedOptions): Endpoint => ({
  handler: async (req) => Response.json({ tiers: await describeTiers(req, options) }),
  method: 'get',
  path: '/tiers',
})
