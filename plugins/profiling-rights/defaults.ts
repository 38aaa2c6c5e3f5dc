import type { MeetingAllowance, MeetingFields, PartnerFields, Slugs, Tier } from './types'

/**
 * The two tiers of "Den aktive borger", from "Leverancer" in the project description:
 * Styregruppen (about 4 partners) and Arbejdsgruppen (about 20).
 */
export const defaultTiers: Tier[] = [
  {
    fee: 120_000,
    key: 'steering',
    label: { da: 'Styregruppen', en: 'Steering group' },
    publicationCopies: 20,
    rights: {
      blog: true,
      forewordSignatory: true,
      logoAndPresentation: true,
      mentions: true,
      nameAndLinkInPublication: true,
      nameAndLinkOnWebsite: true,
      panelData: true,
      panelNominations: true,
      shapeAgenda: true,
      showcase: true,
    },
    seats: 4,
    steeringMeetings: 6,
    tickets: 5,
    workingMeetings: 5,
  },
  {
    fee: 40_000,
    key: 'working',
    label: { da: 'Arbejdsgruppen', en: 'Working group' },
    publicationCopies: 5,
    rights: {
      blog: false,
      forewordSignatory: false,
      logoAndPresentation: false,
      mentions: false,
      nameAndLinkInPublication: true,
      nameAndLinkOnWebsite: true,
      panelData: false,
      panelNominations: true,
      shapeAgenda: false,
      showcase: false,
    },
    seats: 20,
    steeringMeetings: 0,
    tickets: 1,
    workingMeetings: 5,
  },
]

/** This project's slugs. */
export const defaultSlugs: Slugs = {
  cases: 'cases',
  catalog: 'catalog',
  endorsements: 'endorsements',
  logos: 'logos',
  media: 'media',
  meetingMaterials: 'meeting-materials',
  meetingRegistrations: 'meeting-registrations',
  meetings: 'meetings',
  newsletters: 'newsletters',
  panelSurveys: 'panel-surveys',
  partners: 'partners',
  posts: 'posts',
  proposals: 'proposals',
  proposalSupports: 'proposal-supports',
  recommendations: 'recommendations',
  users: 'users',
}

/** This project's partner fields, as the tier table in the project description treats them. */
export const defaultPartnerFields: PartnerFields = {
  attendees: 'attendees',
  gated: {
    logo: 'logoAndPresentation',
    presentation: 'logoAndPresentation',
    website: 'nameAndLinkOnWebsite',
  },
  logo: 'logo',
  private: ['attendees', 'contacts', 'panelNominees', 'ticketsExtra'],
  staffOnly: ['status', 'ticketsExtra', 'notes'],
  ticketsExtra: 'ticketsExtra',
}

/** The project description's meetings: the tiers' meeting counts, and the Innovation Day by its tickets. */
export const defaultMeetingKinds: Record<string, MeetingAllowance> = {
  conference: 'tickets',
  steering: 'steeringMeetings',
  working: 'workingMeetings',
}

/** This project's meetings fields. */
export const defaultMeetingFields: MeetingFields = {
  kind: 'kind',
  meeting: 'meeting',
  membersOnly: ['place', 'agenda', 'materials', 'minutes', 'participants'],
}
