/**
 * The meetings the project description names ("Projektforløbet", "Organisering"). It gives the
 * working meetings and the steering-group seminar a month only ("forventes afholdt i august
 * 2011", "et styregruppeseminar i juni") and the conference a day without a time ("25. januar 2012
 * (tbc.)"): seeded as planned months and an all-day date, all tentative — no day or hour invented.
 */
type SeedMeeting = {
  agenda?: string[]
  allDay?: boolean
  kind: 'conference' | 'steering' | 'working'
  number?: number
  place?: string
  plannedMonth?: string
  startsAt?: string
  /** The working meeting's theme, by slug. */
  theme?: string
  title: string
}

const planned: SeedMeeting[] = [
  {
    agenda: ['Den endelige projektplan lægges med partnerne.'],
    kind: 'steering',
    number: 1,
    plannedMonth: '2011-06',
    title: 'Styregruppeseminar: projektplanen',
  },
  ...[
    ['fagomraader-og-ydelser', 'Fagområder og ydelser', '2011-08'],
    ['normal-og-specialgruppen', 'Normal- og specialgruppen', '2011-09'],
    ['medarbejderen-og-den-aktive-borger', 'Medarbejderen og den aktive borger', '2011-10'],
    ['teknologi', 'Teknologi', '2011-11'],
    ['samarbejde-med-andre', 'Samarbejde med andre', '2011-12'],
  ].map(([theme, title, plannedMonth], index): SeedMeeting => ({
    kind: 'working',
    number: index + 1,
    plannedMonth,
    theme,
    title: `Arbejdsmøde ${index + 1}: ${title}`,
  })),
  {
    agenda: [
      'Modelkataloget offentliggøres. De væsentligste konklusioner præsenteres, og repræsentanter fra konkrete løsninger fortæller om deres erfaringer.',
    ],
    allDay: true,
    kind: 'conference',
    place: 'Øksnehallen',
    // 25 January 2012, midnight in Copenhagen: the day, no time.
    startsAt: '2012-01-24T23:00:00.000Z',
    title: 'Velfærdens Innovationsdag 2012',
  },
]

export const meetings = planned.map((meeting) => ({ ...meeting, tentative: true }))
