import type { ProfilingRightsOptions, ResolvedOptions } from './types'

import {
  defaultMeetingFields,
  defaultMeetingKinds,
  defaultPartnerFields,
  defaultSlugs,
  defaultTiers,
} from './defaults'

/** The options with every default filled in; resolved once, when the plugin is applied. */
export const resolveOptions = (options: ProfilingRightsOptions = {}): ResolvedOptions => ({
  enabled: options.enabled ?? true,
  meetingFields: { ...defaultMeetingFields, ...options.meetingFields },
  meetingKinds: options.meetingKinds ?? defaultMeetingKinds,
  ownerField: options.ownerField ?? 'partner',
  partnerFields: { ...defaultPartnerFields, ...options.partnerFields },
  slugs: { ...defaultSlugs, ...options.slugs },
  tiers: options.tiers ?? defaultTiers,
})
