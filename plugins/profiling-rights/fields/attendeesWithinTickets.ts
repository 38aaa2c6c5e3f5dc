import type { ArrayFieldValidation } from 'payload'

import type { ResolvedOptions } from '../types'

import { inLanguageOf } from '../hooks/refuse'
import { beyondTickets, ticketLimit } from '../ticketLimit'

/** Named Innovation Day ticket holders: at most the tier's tickets plus the extras bought. */
export const attendeesWithinTickets =
  (
    { partnerFields, tiers }: ResolvedOptions,
    original?: ArrayFieldValidation,
  ): ArrayFieldValidation =>
  (value, args) => {
    const data = args.data as { tier?: null | string } & Record<string, unknown>
    const extra = Number(data[partnerFields.ticketsExtra] ?? 0)
    const limit = ticketLimit(tiers, data.tier, extra)
    const count = Array.isArray(value) ? value.length : (value ?? 0)
    if (count > limit) {
      return inLanguageOf(args.req, beyondTickets(limit, extra))
    }
    return original ? original(value, args) : true
  }
