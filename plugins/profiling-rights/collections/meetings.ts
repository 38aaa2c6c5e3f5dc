import type { CollectionConfig, Field } from 'payload'

import type { MeetingsNoticeProps } from '../components/MeetingsNotice'
import type { ResolvedOptions } from '../types'

import { anyOf, bothFields } from '../access/combine'
import { membersRead, ofMemberMeetings } from '../access/meetingAccess'
import { ownPartnersDocuments } from '../access/ownedDocuments'
import { partnerOfRequest } from '../access/partnerOfRequest'
import { withBeforeList } from '../admin/beforeList'
import { ownListFilter } from '../admin/ownListFilter'
import { meetingKindLabels } from '../closedMeetings'
import { mapFields } from '../fields/mapFields'
import { ownerField } from '../fields/ownerField'
import { ownedByRequestPartner } from '../hooks/ownedByRequestPartner'
import { registersForMemberMeeting } from '../hooks/registersForMemberMeeting'
import { registrationsWithinTickets } from '../hooks/registrationsWithinTickets'

const NOTICE = '/plugins/profiling-rights/components/MeetingsNotice#MeetingsNotice'

/**
 * Meetings: members of a kind (staff, and partner users whose tier includes it) read those
 * meetings whole; everyone else what the host's own access lets through, without the members'
 * fields (`meetingFields.membersOnly`). A partner user is told above the list which kinds its
 * tier leaves out.
 */
export const withMeetingMembers = (
  collection: CollectionConfig,
  options: ResolvedOptions,
): CollectionConfig => {
  const { kind, membersOnly } = options.meetingFields
  const read = membersRead(options)
  const guard = (field: Field): Field =>
    'name' in field && field.type !== 'ui' && membersOnly.includes(field.name)
      ? ({
          ...field,
          access: { ...field.access, read: bothFields(field.access?.read, read) },
        } as Field)
      : field
  const notice: MeetingsNoticeProps = {
    kindLabels: meetingKindLabels(collection, options),
    options: { meetingKinds: options.meetingKinds, tiers: options.tiers },
    partners: options.slugs.partners,
  }
  return withBeforeList(
    {
      ...collection,
      access: {
        ...collection.access,
        read: anyOf(collection.access?.read, ofMemberMeetings(options, kind)),
      },
      fields: mapFields(collection.fields, guard),
      // The members' fields are decided by the meeting's kind: read it whatever `select` asks for.
      forceSelect: { ...collection.forceSelect, [kind]: true },
    },
    { path: NOTICE, serverProps: notice },
  )
}

/** A meeting's files: read (and fetched by URL) by the members of its kind only. */
export const withMeetingMaterials = (
  collection: CollectionConfig,
  options: ResolvedOptions,
): CollectionConfig => ({
  ...collection,
  access: {
    ...collection.access,
    read: anyOf(
      collection.access?.read,
      ofMemberMeetings(options, `${options.meetingFields.meeting}.${options.meetingFields.kind}`),
    ),
  },
})

/**
 * Registrations: members of a meeting's kind see who comes; a partner user registers its own
 * people (the owner is its partner, whatever the request says) for meetings its tier includes,
 * and changes or withdraws only its own partner's registrations.
 */
export const withMeetingRegistrations = (
  collection: CollectionConfig,
  options: ResolvedOptions,
): CollectionConfig => {
  const owner = options.ownerField
  const { kind, meeting } = options.meetingFields
  return ownListFilter(
    {
      ...collection,
      access: {
        ...collection.access,
        create: anyOf(
          collection.access?.create,
          async ({ req }) => (await partnerOfRequest(req, options))?.status === 'active',
        ),
        delete: anyOf(collection.access?.delete, ownPartnersDocuments(owner)),
        read: anyOf(collection.access?.read, ofMemberMeetings(options, `${meeting}.${kind}`)),
        update: anyOf(collection.access?.update, ownPartnersDocuments(owner)),
      },
      fields: collection.fields.map((field) =>
        'name' in field && field.name === owner ? ownerField(field) : field,
      ),
      hooks: {
        ...collection.hooks,
        beforeChange: [
          ...(collection.hooks?.beforeChange ?? []),
          ownedByRequestPartner(owner),
          registersForMemberMeeting(options),
          registrationsWithinTickets(options),
        ],
      },
    },
    owner,
  )
}
