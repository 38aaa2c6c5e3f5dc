import type { ProfilingRightsOptions, ResolvedOptions } from './types'

import { defaultRoles, defaultTiers } from './defaults'

export const resolveOptions = (options: ProfilingRightsOptions = {}): ResolvedOptions => ({
  enabled: options.enabled ?? true,
  roles: { ...defaultRoles, ...options.roles },
  tiers: options.tiers ?? defaultTiers,
})
