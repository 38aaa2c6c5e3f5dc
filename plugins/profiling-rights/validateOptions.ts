import type { CollectionConfig, Config } from 'payload'

import { flattenTopLevelFields } from 'payload'

import type { ResolvedOptions } from './types'

import { meetingKindLabels } from './closedMeetings'

const fieldNames = (collection: CollectionConfig) =>
  new Set(
    flattenTopLevelFields(collection.fields).flatMap((field) =>
      'name' in field ? [field.name] : [],
    ),
  )

/**
 * Fails the start, naming the option to fix, when a slug in `slugs` or a field the options
 * name is not in the config: the plugin edits the host's collections by name, and a wrong name
 * would otherwise leave a rule silently unapplied.
 */
export const validateOptions = (
  config: Config,
  { meetingFields, meetingKinds, ownerField, partnerFields, slugs }: ResolvedOptions,
): void => {
  const problems: string[] = []
  const collections = new Map(
    (config.collections ?? []).map((collection) => [collection.slug, collection]),
  )
  const { catalog, ...collectionSlugs } = slugs
  if (!(config.globals ?? []).some((global) => global.slug === catalog)) {
    problems.push(`slugs.catalog: there is no global "${catalog}"`)
  }
  for (const [part, slug] of Object.entries(collectionSlugs)) {
    if (!collections.has(slug)) {
      problems.push(`slugs.${part}: there is no collection "${slug}"`)
    }
  }
  const partners = collections.get(slugs.partners)
  if (partners) {
    const names = fieldNames(partners)
    const named: Array<[string, string]> = [
      ['partnerFields.attendees', partnerFields.attendees],
      ['partnerFields.logo', partnerFields.logo],
      ['partnerFields.ticketsExtra', partnerFields.ticketsExtra],
      ...Object.keys(partnerFields.gated).map((name): [string, string] => [
        'partnerFields.gated',
        name,
      ]),
      ...partnerFields.private.map((name): [string, string] => ['partnerFields.private', name]),
      ...partnerFields.staffOnly.map((name): [string, string] => ['partnerFields.staffOnly', name]),
      ['(the partner status the rules read)', 'status'],
    ]
    for (const [option, name] of named) {
      if (!names.has(name)) {
        problems.push(`${option}: the collection "${slugs.partners}" has no field "${name}"`)
      }
    }
  }
  const meetings = collections.get(slugs.meetings)
  if (meetings) {
    const names = fieldNames(meetings)
    for (const [option, name] of [
      ['meetingFields.kind', meetingFields.kind],
      ...meetingFields.membersOnly.map((field) => ['meetingFields.membersOnly', field]),
    ]) {
      if (!names.has(name)) {
        problems.push(`${option}: the collection "${slugs.meetings}" has no field "${name}"`)
      }
    }
    const kinds = Object.keys(meetingKindLabels(meetings, { meetingFields }))
    for (const kind of Object.keys(meetingKinds).filter((key) => !kinds.includes(key))) {
      problems.push(
        `meetingKinds.${kind}: "${slugs.meetings}.${meetingFields.kind}" has no option "${kind}"`,
      )
    }
  }
  for (const part of ['meetingMaterials', 'meetingRegistrations'] as const) {
    const collection = collections.get(slugs[part])
    if (collection && !fieldNames(collection).has(meetingFields.meeting)) {
      problems.push(
        `meetingFields.meeting: the collection "${slugs[part]}" has no field "${meetingFields.meeting}"`,
      )
    }
  }
  for (const part of [
    'cases',
    'posts',
    'media',
    'logos',
    'users',
    'proposals',
    'proposalSupports',
    'endorsements',
    'meetingRegistrations',
  ] as const) {
    const collection = collections.get(slugs[part])
    if (collection && !fieldNames(collection).has(ownerField)) {
      problems.push(`ownerField: the collection "${slugs[part]}" has no field "${ownerField}"`)
    }
  }
  // `endorsedBy` is kept from the endorsements that point at a recommendation.
  const endorsements = collections.get(slugs.endorsements)
  if (
    endorsements &&
    !flattenTopLevelFields(endorsements.fields).some(
      (field) => field.type === 'relationship' && field.relationTo === slugs.recommendations,
    )
  ) {
    problems.push(
      `slugs.endorsements: the collection "${slugs.endorsements}" has no relationship to "${slugs.recommendations}"`,
    )
  }
  if (problems.length) {
    throw new Error(
      `profiling-rights: the options do not match the config:\n- ${problems.join('\n- ')}`,
    )
  }
}
