import type { ProfilingRightsOptions, ResolvedOptions } from './types'

import { defaultPartnerFields, defaultSlugs, defaultTiers } from './defaults'

/** The options with every default filled in; resolved once, when the plugin is applied. */
export const resolveOptions = (options: ProfilingRightsOptions = {}): ResolvedOptions => ({
  enabled: options.enabled ?? true,
  ownerField: options.ownerField ?? 'partner',
  partnerFields: { ...defaultPartnerFields, ...options.partnerFields },
  slugs: { ...defaultSlugs, ...options.slugs },
  tiers: options.tiers ?? defaultTiers,
})
