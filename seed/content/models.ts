/**
 * Three draft models put together from the project description's own material, for the
 * working group to develop: each names its example case, a where/when/how checklist drawn from
 * the text's considerations, and the implementation principles it follows. Drafts, not findings.
 */
export const models = [
  {
    slug: 'rehabilitering-foer-hjaelp',
    addedValue:
      'I Fredericia Kommune har rehabiliteringsindsatsen givet borgerne bedre livskvalitet og betydet årlige besparelser på 15 mio. kr. for kommunen.',
    checklist: {
      how: [
        'Når en ældre borger henvender sig, holdes en samtale med en fysioterapeut, en ergoterapeut, en sygeplejerske og en visitator.',
        'Sammen laves en plan for, hvordan borgeren kan klare sig selv.',
      ],
      when: ['Når borgeren henvender sig første gang – før der visiteres til kompenserende hjælp.'],
      where: ['På sundheds- og omsorgsområdet, hvor ydelserne ofte kompenserer for en mangel.'],
    },
    examples: ['rehabilitering-i-fredericia-kommune'],
    order: 1,
    principles: [3, 6, 11],
    summary:
      'Udkast: at ændre efterspørgslen i stedet for at justere udbuddet – borgeren lægger en plan for at klare sig selv, før der gives hjælp.',
    themes: ['fagomraader-og-ydelser', 'medarbejderen-og-den-aktive-borger'],
    title: 'Rehabilitering før hjælp',
    weaknesses: [
      'Medarbejderne skal gøre noget andet, end de plejer, og kan have en tendens til at overhjælpe borgeren.',
    ],
  },
  {
    slug: 'selvmonitorering-med-velfaerdsteknologi',
    addedValue:
      'Telekat har haft positive effekter for borgerens motivation og sundhed samt samarbejdet mellem sundhedsaktørerne.',
    checklist: {
      how: ['Patienten klarer selv de daglige målinger ved hjælp af brugervenligt udstyr.'],
      when: [
        'Når borgeren har brug for løbende målinger og er i kontakt med flere sundhedsaktører.',
      ],
      where: ['På sundhedsområdet, fx hos patienter med nedsat lungefunktion.'],
    },
    examples: ['telekat'],
    order: 2,
    principles: [6, 7, 9],
    summary:
      'Udkast: borgeren overtager de daglige målinger med brugervenligt udstyr og får ansvaret tilbage fra sundhedssektoren.',
    themes: ['teknologi', 'teknologierne'],
    title: 'Selvmonitorering med velfærdsteknologi',
    weaknesses: [
      'Hvis det fulde potentiale skal udnyttes, skal organisationen, borgeren og medarbejderen gentænkes – ikke kun teknologien.',
    ],
  },
  {
    slug: 'frivilligbaaren-drift',
    addedValue:
      'I Kulturhuset i Skanderborg har frivillige skabt det økonomiske fundament og står for den daglige drift.',
    checklist: {
      how: ['Frivillige står for driften i samarbejde med et par deltidsmedarbejdere.'],
      when: [
        'Når der er borgere, der vil bidrage til et fælles tilbud – fx et kulturhus eller et ungdomshus.',
      ],
      where: [
        'På kultur- og fritidsområdet, og hvor frivillige kan gøre borgere mere selvhjulpne.',
      ],
    },
    examples: ['kulturhuset-i-skanderborg'],
    order: 3,
    principles: [4, 7],
    summary:
      'Udkast: frivillige skaber fundamentet for og driver et fælles tilbud sammen med få ansatte.',
    themes: ['samarbejde-med-andre', 'udbyderne'],
    title: 'Frivilligbåren drift',
    weaknesses: [
      'Forældre i ressourcestærke områder bidrager gerne, mens det samme ikke gør sig gældende i mere udsatte områder.',
    ],
  },
]
