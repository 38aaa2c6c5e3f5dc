import type { CollectionSlug, GlobalSlug } from 'payload'

/** A text in the admin's two languages. */
export type Label = { da: string; en: string }

/** What a tier entitles a partner to: yes/no rights. */
export type Rights = {
  /** Blog on the project website (`posts`). */
  blog: boolean
  /** Co-sign the partners' foreword in the publication. */
  forewordSignatory: boolean
  /** Logo and partner presentation on the website. */
  logoAndPresentation: boolean
  /** Mentioned in all materials: press, newsletters, mailings. */
  mentions: boolean
  /** Name and link in the publication. */
  nameAndLinkInPublication: boolean
  /** Name and link on the website. */
  nameAndLinkOnWebsite: boolean
  /** All Velfærdspanel survey data (`panel-surveys`). */
  panelData: boolean
  /** May nominate key people to Velfærdspanelet. */
  panelNominations: boolean
  /** Choose cases, themes and problems; joint recommendations. */
  shapeAgenda: boolean
  /** Show own cases and put them up for debate (`cases`). */
  showcase: boolean
}

export type Right = keyof Rights

/** Counted benefits of a tier. */
export type Allowances = {
  /** Fee in DKK excluding VAT. */
  fee: number
  /** Copies of the publication. */
  publicationCopies: number
  /** Seats offered (about). */
  seats: number
  /** Steering-group meetings. */
  steeringMeetings: number
  /** Innovation Day tickets included (more at a special price). */
  tickets: number
  /** Working-group meetings. */
  workingMeetings: number
}

export type Tier = {
  /** Stored in `partners.tier`; the API contract. */
  key: string
  label: Label
  rights: Rights
} & Allowances

/** The slug of the collection (or, for `catalog`, the global) that plays each part. */
export type Slugs = {
  cases: CollectionSlug
  catalog: GlobalSlug
  /** A steering partner's endorsement of a recommendation (with the partner in `ownerField`). */
  endorsements: CollectionSlug
  logos: CollectionSlug
  /** Images and attachments partner users upload for their cases and posts. */
  media: CollectionSlug
  /** Files handed out at meetings: members of the meeting read them. */
  meetingMaterials: CollectionSlug
  /** Who comes to which meeting: partner users register their own people. */
  meetingRegistrations: CollectionSlug
  meetings: CollectionSlug
  newsletters: CollectionSlug
  panelSurveys: CollectionSlug
  partners: CollectionSlug
  posts: CollectionSlug
  /** Partners' proposals of cases, themes and problems (the `shapeAgenda` right). */
  proposals: CollectionSlug
  /** A partner's support of a proposal (with the partner in `ownerField`). */
  proposalSupports: CollectionSlug
  /** The joint recommendations: drafts for the partners with `shapeAgenda`, published for everyone. */
  recommendations: CollectionSlug
  users: CollectionSlug
}

/**
 * The partners collection's own fields the plugin governs, by name (it adds `tier` and
 * `entitlements` itself and reads `status`, which must have the value `active`).
 */
export type PartnerFields = {
  /** The array of people a partner brings to the Innovation Day: at most its tier's tickets plus `ticketsExtra`. */
  attendees: string
  /** Public only while the partner is active and its tier grants the right. */
  gated: Record<string, Right>
  /** The partner's logo: a partner user whose tier lacks the right is told it is kept but not shown. */
  logo: string
  /** Never public: staff and the partner's own users read them. */
  private: string[]
  /** Written by staff only: a partner user sending a change gets a 403 naming them (`tier` always is). */
  staffOnly: string[]
  /** Extra Innovation Day tickets bought beyond the tier's. */
  ticketsExtra: string
}

/** The allowances that count meetings of a kind: a tier with more than none includes that kind. */
export type MeetingAllowance = 'steeringMeetings' | 'tickets' | 'workingMeetings'

/** The meetings collections' fields the plugin governs, by name. */
export type MeetingFields = {
  /** The meeting's kind (a key of `meetingKinds`). */
  kind: string
  /** The field of materials and registrations that holds their meeting. */
  meeting: string
  /** Read only by staff and members of the meeting's kind: what happens at the meeting. */
  membersOnly: string[]
}

export type ProfilingRightsOptions = {
  /** false: the plugin adds its fields (the schema and API do not change) but enforces nothing — for measuring its cost. Default true. */
  enabled?: boolean
  /** The meetings collections' fields it governs. Default: this project's (`defaultMeetingFields`). */
  meetingFields?: Partial<MeetingFields>
  /**
   * Which allowance counts each kind of meeting: a tier whose count is above zero includes that
   * kind, and its partners' users are members of those meetings. Default: steering and working
   * meetings by their counts, the conference by its tickets (`defaultMeetingKinds`).
   */
  meetingKinds?: Record<string, MeetingAllowance>
  /** The field of cases, posts, media, logos, users, meeting registrations, proposals, supports and endorsements that holds the partner they belong to. Default `partner`. */
  ownerField?: string
  /** The partners collection's fields it governs. Default: this project's (`defaultPartnerFields`). */
  partnerFields?: Partial<PartnerFields>
  /** The slug that plays each part. Default: this project's (`defaultSlugs`). */
  slugs?: Partial<Slugs>
  /** The tiers, in order of rank. Default: the project's steering and working groups (`defaultTiers`). */
  tiers?: Tier[]
}

export type ResolvedOptions = {
  meetingFields: MeetingFields
  partnerFields: PartnerFields
  slugs: Slugs
} & Required<Omit<ProfilingRightsOptions, 'meetingFields' | 'partnerFields' | 'slugs'>>
