import type { ArrayFieldValidation } from 'payload'

import type { ResolvedOptions } from '../types'

import { inLanguageOf } from '../hooks/refuse'
import { findTier } from '../tiers'

/** Named Innovation Day ticket holders: at most the tier's tickets plus the extras bought. */
export const attendeesWithinTickets =
  ({ tiers }: ResolvedOptions, original?: ArrayFieldValidation): ArrayFieldValidation =>
  (value, args) => {
    const data = args.data as { ticketsExtra?: null | number; tier?: null | string }
    const limit = (findTier(tiers, data.tier)?.tickets ?? 0) + (data.ticketsExtra ?? 0)
    const count = Array.isArray(value) ? value.length : (value ?? 0)
    if (count > limit) {
      const extra = data.ticketsExtra ?? 0
      return inLanguageOf(args.req, {
        da: `Højst ${limit} deltagere: niveauets ${limit - extra} billetter plus ${extra} ekstra. Flere billetter kan købes til særpris gennem sekretariatet.`,
        en: `At most ${limit} attendees: the tier's ${limit - extra} tickets plus ${extra} extra. More tickets can be bought at the special price through the secretariat.`,
      })
    }
    return original ? original(value, args) : true
  }
