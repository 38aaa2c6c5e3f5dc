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

export type Tier = Allowances & {
  /** Stored in `partners.tier`; the API contract. */
  key: string
  label: Label
  rights: Rights
}

/** Which collections play which part; defaults are this project's slugs. */
export type Roles = {
  cases: CollectionSlug
  catalog: GlobalSlug
  logos: CollectionSlug
  /** Images and attachments partner users upload for their cases and posts. */
  media: CollectionSlug
  newsletters: CollectionSlug
  panelSurveys: CollectionSlug
  partners: CollectionSlug
  posts: CollectionSlug
  users: CollectionSlug
}

export type ProfilingRightsOptions = {
  /** Registers the fields but enforces nothing (for measuring the plugin's cost). Default true. */
  enabled?: boolean
  /** Slugs of the collections in each role. */
  roles?: Partial<Roles>
  /** The tiers, in order of rank. Default: the project's steering and working groups. */
  tiers?: Tier[]
}

export type ResolvedOptions = {
  enabled: boolean
  roles: Roles
  tiers: Tier[]
}
