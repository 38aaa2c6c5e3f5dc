import type { PayloadRequest } from 'payload'

import type { ProfilingRightsOptions, ResolvedOptions } from '../types'

import { resolveOptions } from '../resolveOptions'
import { findTier } from '../tiers'
import { partnerOfRequest } from './partnerOfRequest'
import { isStaff } from './viewer'

/** The kinds of meeting a tier includes: those its allowance counts above zero (`meetingKinds`). */
export const kindsOfTier = (
  { meetingKinds, tiers }: Pick<ResolvedOptions, 'meetingKinds' | 'tiers'>,
  tierKey: unknown,
): string[] => {
  const tier = findTier(tiers, tierKey)
  return tier ? Object.keys(meetingKinds).filter((kind) => tier[meetingKinds[kind]] > 0) : []
}

/**
 * The kinds of meeting the requester is a member of: every kind for staff; for a partner user
 * those its active partner's tier includes (read fresh each request); none for anyone else.
 */
export const memberKinds = async (
  req: PayloadRequest,
  options: ResolvedOptions,
): Promise<string[]> => {
  if (isStaff(req.user)) {
    return Object.keys(options.meetingKinds)
  }
  const partner = await partnerOfRequest(req, options)
  return partner?.status === 'active' ? kindsOfTier(options, partner.tier) : []
}

/**
 * `memberKinds` for code outside the plugin (a calendar feed, say), with the options the plugin
 * was given: `(req) => kinds` the requester is a member of.
 */
export const memberKindsWith = (
  options: ProfilingRightsOptions,
): ((req: PayloadRequest) => Promise<string[]>) => {
  const resolved = resolveOptions(options)
  return (req) => memberKinds(req, resolved)
}
