import type { ArrayFieldValidation } from 'payload'

import type { ResolvedOptions } from '../types'

import { findTier } from '../tiers'

/** Named Innovation Day ticket holders: at most the tier's tickets plus the extras bought. */
export const attendeesWithinTickets =
  ({ tiers }: ResolvedOptions, original?: ArrayFieldValidation): ArrayFieldValidation =>
  (value, args) => {
    const data = args.data as { ticketsExtra?: null | number; tier?: null | string }
    const limit = (findTier(tiers, data.tier)?.tickets ?? 0) + (data.ticketsExtra ?? 0)
    const count = Array.isArray(value) ? value.length : (value ?? 0)
    if (count > limit) {
      return `At most ${limit} attendees: the tier's ${limit - (data.ticketsExtra ?? 0)} tickets plus ${data.ticketsExtra ?? 0} extra.`
    }
    return original ? original(value, args) : true
  }
