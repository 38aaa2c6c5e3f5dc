import type { FieldAccess } from 'payload'

import type { ResolvedOptions, Right } from '../types'

import { grants } from '../tiers'
import { isStaff, partnerIdOf } from './viewer'

type PartnerDoc = { id?: number | string; status?: null | string; tier?: null | string }

type Args = Parameters<FieldAccess>[0]

/** The admin's permission check passes the document's id beside it (and no `doc`) rather than in it. */
const ownsPartner = ({ id, doc, req: { user } }: Args) => {
  const own = partnerIdOf(user)
  const partner = id ?? (doc as PartnerDoc | undefined)?.id
  return own !== undefined && partner !== undefined && String(own) === String(partner)
}

/**
 * A partner field shown to the public only when the partner is active and its tier grants
 * `right` (logo, presentation, website). Staff and the partner's own users always see it.
 * Synchronous: it runs for every partner in every response.
 */
export const tierGatedRead =
  ({ tiers }: ResolvedOptions, right: Right): FieldAccess =>
  (args) => {
    const {
      doc,
      req: { user },
    } = args
    if (isStaff(user) || ownsPartner(args)) {
      return true
    }
    // Payload checks `where`, `sort` and `select` paths without a document: fail closed,
    // or filtering on the field would tell who has one.
    if (!doc) {
      return false
    }
    const partner = doc as PartnerDoc
    return partner.status === 'active' && grants(tiers, partner.tier, right)
  }

/**
 * A private partner field (contacts, nominees, attendees, entitlements …): the partner's own
 * users, and staff as far as the field's own read access (`own`) lets them; nobody else,
 * whatever `own` says. That is what lets `privateFieldsLeftOut` keep these fields out of
 * everyone else's queries. Synchronous when `own` is: it runs for every partner in every response.
 */
export const privateRead =
  (own?: FieldAccess): FieldAccess =>
  (args) =>
    ownsPartner(args) || (isStaff(args.req.user) && (own ? own(args) : true))

/** Only staff may write the field (tier, status …). */
export const staffWrite: FieldAccess = ({ req: { user } }) => isStaff(user)
