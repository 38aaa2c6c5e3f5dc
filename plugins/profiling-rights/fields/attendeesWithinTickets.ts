import type { ArrayFieldValidation } from 'payload'

import type { ResolvedOptions } from '../types'

import { inLanguageOf } from '../hooks/refuse'
import { findTier } from '../tiers'

/** Named Innovation Day ticket holders: at most the tier's tickets plus the extras bought. */
export const attendeesWithinTickets =
  (
    { partnerFields, tiers }: ResolvedOptions,
    original?: ArrayFieldValidation,
  ): ArrayFieldValidation =>
  (value, args) => {
    const data = args.data as { tier?: null | string } & Record<string, unknown>
    const extra = Number(data[partnerFields.ticketsExtra] ?? 0)
    const limit = (findTier(tiers, data.tier)?.tickets ?? 0) + extra
    const count = Array.isArray(value) ? value.length : (value ?? 0)
    if (count > limit) {
      const tickets = limit - extra
      return inLanguageOf(args.req, {
        da: `Højst ${limit} ${limit === 1 ? 'deltager' : 'deltagere'} (${tickets} ${tickets === 1 ? 'billet' : 'billetter'} + ${extra} ekstra). Flere billetter købes til særpris hos sekretariatet.`,
        en: `At most ${limit} ${limit === 1 ? 'attendee' : 'attendees'} (${tickets} ${tickets === 1 ? 'ticket' : 'tickets'} + ${extra} extra). More tickets at the special price from the secretariat.`,
      })
    }
    return original ? original(value, args) : true
  }
