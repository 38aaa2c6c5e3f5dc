import type { Field } from 'payload'

import type { ResolvedOptions } from '../types'

import { staffWrite } from '../access/partnerFields'

/** The partner's tier: public, set by staff only. */
export const tierField = ({ tiers }: ResolvedOptions): Field => ({
  name: 'tier',
  type: 'select',
  access: { create: staffWrite, update: staffWrite },
  admin: {
    description: {
      da: 'Bestemmer, hvad partneren vises med og må: logo, blog, cases, panel-data …',
      en: 'Decides what the partner is shown with and may do: logo, blog, cases, panel data …',
    },
    position: 'sidebar',
  },
  index: true,
  label: { da: 'Niveau', en: 'Tier' },
  options: tiers.map((tier) => ({ label: tier.label, value: tier.key })),
})
