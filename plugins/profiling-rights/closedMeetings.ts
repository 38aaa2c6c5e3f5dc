import type { CollectionConfig } from 'payload'

import { flattenTopLevelFields } from 'payload'

import type { Label, ResolvedOptions } from './types'

import { kindsOfTier } from './access/meetingMembers'
import { findTier } from './tiers'

/** What the meeting rules read of the options. */
export type MeetingOptions = Pick<ResolvedOptions, 'meetingKinds' | 'tiers'>

/** Each kind's label, from the options of the meetings collection's kind field. */
export const meetingKindLabels = (
  meetings: Pick<CollectionConfig, 'fields'>,
  { meetingFields }: Pick<ResolvedOptions, 'meetingFields'>,
): Record<string, Label> => {
  const field = flattenTopLevelFields(meetings.fields).find(
    (candidate) => 'name' in candidate && candidate.name === meetingFields.kind,
  )
  const options = field && field.type === 'select' ? field.options : []
  return Object.fromEntries(
    options.map((option) =>
      typeof option === 'string'
        ? [option, { da: option, en: option }]
        : [option.value, option.label as Label],
    ),
  )
}

/**
 * Why a partner cannot take part in the kinds of meeting its tier leaves out, which tiers include
 * them and what to do — or undefined when nothing is closed to it. Used by the list notice and
 * the refusal of a registration, so both say the same.
 */
export const closedMeetingsMessage = (
  options: MeetingOptions,
  kindLabels: Record<string, Label>,
  tierKey: unknown,
  kinds: string[] = Object.keys(options.meetingKinds),
): Label | undefined => {
  const open = kindsOfTier(options, tierKey)
  const closed = kinds.filter((kind) => !open.includes(kind))
  if (!closed.length) {
    return undefined
  }
  const tier = findTier(options.tiers, tierKey)?.label ?? { da: 'intet', en: 'none' }
  const say = (language: 'da' | 'en') => {
    const names = closed
      .map((kind) => `“${(kindLabels[kind] ?? { da: kind, en: kind })[language]}”`)
      .join(language === 'da' ? ' og ' : ' and ')
    const includedBy = options.tiers
      .filter((candidate) => closed.some((kind) => candidate[options.meetingKinds[kind]] > 0))
      .map((candidate) => candidate.label[language])
      .join(language === 'da' ? ' og ' : ' and ')
    return language === 'da'
      ? `Møder af slagsen ${names} er ikke med i jeres partnerniveau (${tier.da}); de er for ${includedBy}. I kan se og tilmelde jer de møder, jeres niveau omfatter. Kontakt sekretariatet, hvis I vil vide mere.`
      : `Meetings of the kind ${names} are not part of your partner tier (${tier.en}); they come with the ${includedBy} tier. You can see and register for the meetings your tier includes. Contact the secretariat to know more.`
  }
  return { da: say('da'), en: say('en') }
}
