import type { Label, Tier } from './types'

import { findTier } from './tiers'

/** How many people a partner brings to the Innovation Day: its tier's tickets plus the extras it bought. */
export const ticketLimit = (tiers: Tier[], tierKey: unknown, extra: number): number =>
  (findTier(tiers, tierKey)?.tickets ?? 0) + extra

/** Why no more people can come on a partner's tickets, and what to do. */
export const beyondTickets = (limit: number, extra: number): Label => {
  const tickets = limit - extra
  return {
    da: `Højst ${limit} ${limit === 1 ? 'deltager' : 'deltagere'} (${tickets} ${tickets === 1 ? 'billet' : 'billetter'} + ${extra} ekstra). Flere billetter købes til særpris hos sekretariatet.`,
    en: `At most ${limit} ${limit === 1 ? 'attendee' : 'attendees'} (${tickets} ${tickets === 1 ? 'ticket' : 'tickets'} + ${extra} extra). More tickets at the special price from the secretariat.`,
  }
}
