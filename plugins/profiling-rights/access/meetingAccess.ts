import type { Access, FieldAccess, Where } from 'payload'

import type { ResolvedOptions } from '../types'

import { memberKinds } from './meetingMembers'
import { isStaff } from './viewer'

/**
 * No document. Payload's GraphQL resolves a meeting's join fields (materials, participants) by
 * asking their collection as the requester: a `false` there is an error in the public's answer,
 * a constraint that matches nothing is an empty list.
 */
const NOTHING: Where = { id: { exists: false } }

/**
 * Documents whose kind (at `path`: the meeting's own `kind`, or `meeting.kind` for its materials
 * and registrations) the requester is a member of; nothing for anyone else.
 */
export const ofMemberMeetings =
  (options: ResolvedOptions, path: string): Access =>
  async ({ req }) => {
    const kinds = await memberKinds(req, options)
    return kinds.length ? { [path]: { in: kinds } } : NOTHING
  }

/**
 * A field of a meeting that only members of its kind read. Payload checks `where`, `sort` and
 * `select` paths without a document or data: fail closed for all but staff, or a filter on the place
 * or the minutes would tell what they hold.
 */
export const membersRead =
  (options: ResolvedOptions): FieldAccess =>
  async ({ data, doc, req }) => {
    if (isStaff(req.user)) {
      return true
    }
    // The admin's form asks with the document as `data`; its values come from a read that
    // already applied this rule.
    const kind = ((doc ?? data) as Record<string, unknown> | undefined)?.[
      options.meetingFields.kind
    ]
    return kind !== undefined && (await memberKinds(req, options)).includes(String(kind))
  }
