import type { Allowances, Label, Right } from './types'

/** How each right reads in the admin, as the project description words it. */
export const rightLabels: Record<Right, Label> = {
  blog: { da: 'Blog på projektets website', en: 'Blog on the project website' },
  forewordSignatory: {
    da: 'Medunderskriver på partnerforordet',
    en: 'Co-signs the partners’ foreword',
  },
  logoAndPresentation: {
    da: 'Logo og partnerpræsentation på websitet',
    en: 'Logo and presentation on the website',
  },
  mentions: {
    da: 'Omtale i presse, nyhedsbreve og udsendelser',
    en: 'Mentioned in press, newsletters and mailings',
  },
  nameAndLinkInPublication: {
    da: 'Navn og link i publikationen',
    en: 'Name and link in the publication',
  },
  nameAndLinkOnWebsite: { da: 'Navn og link på websitet', en: 'Name and link on the website' },
  panelData: { da: 'Alt datamateriale fra Velfærdspanelet', en: 'All Velfærdspanel survey data' },
  panelNominations: {
    da: 'Indstille nøglepersoner til Velfærdspanelet',
    en: 'Nominate key people to Velfærdspanelet',
  },
  shapeAgenda: {
    da: 'Vælge cases, temaer og problemstillinger og give fælles anbefalinger',
    en: 'Choose cases, themes and problems; joint recommendations',
  },
  showcase: {
    da: 'Fremvise egne cases og sætte dem til debat',
    en: 'Show own cases and put them up for debate',
  },
}

export const allowanceLabels: Record<'ticketsTotal' | keyof Allowances, Label> = {
  fee: { da: 'Pris (kr. ekskl. moms)', en: 'Fee (DKK excl. VAT)' },
  publicationCopies: { da: 'Eksemplarer af publikationen', en: 'Copies of the publication' },
  seats: { da: 'Pladser i alt (ca.)', en: 'Seats (about)' },
  steeringMeetings: { da: 'Styregruppemøder', en: 'Steering-group meetings' },
  tickets: { da: 'Billetter til Velfærdens Innovationsdag', en: 'Innovation Day tickets' },
  ticketsTotal: { da: 'Billetter inkl. ekstra', en: 'Tickets incl. extras' },
  workingMeetings: { da: 'Arbejdsgruppemøder', en: 'Working-group meetings' },
}

/** Every right, in the order above. */
export const rightKeys = Object.keys(rightLabels) as Right[]
