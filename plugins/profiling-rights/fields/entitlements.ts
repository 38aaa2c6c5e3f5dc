import type { Field } from 'payload'

import type { ResolvedOptions, Tier } from '../types'

import { privateRead, staffWrite } from '../access/partnerFields'
import { findTier } from '../tiers'

export type Entitlements = { ticketsTotal: number; tier: string } & Omit<Tier, 'key' | 'label'>

const entitlementsOf = (tier: Tier | undefined, ticketsExtra: number): Entitlements | null =>
  tier
    ? {
        fee: tier.fee,
        publicationCopies: tier.publicationCopies,
        rights: tier.rights,
        seats: tier.seats,
        steeringMeetings: tier.steeringMeetings,
        tickets: tier.tickets,
        ticketsTotal: tier.tickets + ticketsExtra,
        tier: tier.key,
        workingMeetings: tier.workingMeetings,
      }
    : null

/**
 * What the partner's tier gives it, derived on every read (never stored, so it cannot drift
 * from the tier). Private: staff and the partner's own users.
 */
export const entitlementsField = (options: ResolvedOptions): Field => ({
  name: 'entitlements',
  type: 'json',
  access: {
    create: () => false,
    read: privateRead(),
    update: staffWrite,
  },
  admin: {
    components: {
      Field: '/plugins/profiling-rights/components/EntitlementsField#EntitlementsField',
    },
    position: 'sidebar',
    readOnly: true,
  },
  hooks: {
    afterRead: [
      ({ siblingData }) =>
        entitlementsOf(
          findTier(options.tiers, siblingData?.tier),
          Number(siblingData?.[options.partnerFields.ticketsExtra] ?? 0),
        ),
    ],
    // Derived, never stored.
    beforeChange: [() => undefined],
  },
  label: { da: 'Rettigheder', en: 'Entitlements' },
  virtual: true,
})
