import type { Right, Tier } from './types'

/** Keys of the tiers that grant `right`. */
export const tiersWith = (tiers: Tier[], right: Right): string[] =>
  tiers.filter((tier) => tier.rights[right]).map((tier) => tier.key)

export const findTier = (tiers: Tier[], key: unknown): Tier | undefined =>
  tiers.find((tier) => tier.key === key)

export const grants = (tiers: Tier[], key: unknown, right: Right): boolean =>
  findTier(tiers, key)?.rights[right] === true

/** True when the tier grants at least one of `rights`. */
export const grantsAny = (tiers: Tier[], key: unknown, rights: Right[]): boolean =>
  rights.some((right) => grants(tiers, key, right))
