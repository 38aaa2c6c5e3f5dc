/**
 * The three examples in the project description. Results are only what the text says; where it
 * says nothing about a bottom line, that line is left empty.
 */
export const cases = [
  {
    slug: 'telekat',
    area: 'health',
    body: [
      'Region Nordjylland har siden 2008 arbejdet med projekt Telekat. Her klarer patienter med nedsat lungefunktion selv de daglige målinger ved hjælp af brugervenligt udstyr.',
      'Projektet er med til at flytte ansvaret fra sundhedssektoren tilbage til borgeren selv. Det har haft positive effekter for borgerens motivation og sundhed, samt samarbejdet mellem de sundhedsaktører, som borgeren løbende er i kontakt med.',
    ],
    organisation: 'Region Nordjylland',
    providers: ['public'],
    results: {
      individual: { text: 'Positive effekter for borgerens motivation og sundhed.' },
      society: {
        text: 'Ansvaret flyttes fra sundhedssektoren tilbage til borgeren selv, og samarbejdet mellem de sundhedsaktører, som borgeren løbende er i kontakt med, er blevet bedre.',
      },
    },
    summary:
      'Patienter med nedsat lungefunktion klarer selv de daglige målinger ved hjælp af brugervenligt udstyr.',
    themes: ['teknologi', 'teknologierne'],
    title: 'Telekat',
  },
  {
    slug: 'rehabilitering-i-fredericia-kommune',
    area: 'elderly',
    body: [
      'I Fredericia Kommune har man sat sig for at ændre efterspørgslen i stedet for at justere udbuddet. Når en ældre borger henvender sig til kommunen, får vedkommende en samtale med en fysioterapeut, en ergoterapeut, en sygeplejerske og en visitator.',
      'Sammen laver de en plan for, hvordan borgeren kan klare sig selv. Denne rehabiliteringsindsats har givet borgerne bedre livskvalitet og betydet årlige besparelser på 15 mio. kr. for kommunen.',
    ],
    organisation: 'Fredericia Kommune',
    providers: ['public'],
    results: {
      economy: { figure: 15, text: 'Årlige besparelser for kommunen.', unit: 'mio. kr. om året' },
      individual: { text: 'Borgerne har fået bedre livskvalitet.' },
    },
    summary:
      'Ældre borgere, der henvender sig til kommunen, laver sammen med et tværfagligt team en plan for at klare sig selv.',
    themes: ['fagomraader-og-ydelser', 'medarbejderen-og-den-aktive-borger', 'ydelserne'],
    title: 'Rehabilitering i Fredericia Kommune',
  },
  {
    slug: 'kulturhuset-i-skanderborg',
    area: 'culture',
    body: [
      'Kulturhuset i Skanderborg er på mange måder lige som mange andre kulturhuse. Der er et væld af aktiviteter for borgere i alle aldre og med mange forskellige interesser.',
      'Men på et område skiller Kulturhuset sig ud. Det er nemlig frivillige, der har skabt det økonomiske fundament for huset, og frivillige, der i samarbejde med et par deltidsmedarbejdere står for den daglige drift. Det gælder i øvrigt også, når Kulturhuset i de kommende år skal udvides.',
    ],
    organisation: 'Kulturhuset i Skanderborg',
    providers: ['volunteer', 'public'],
    results: {
      society: {
        text: 'Frivillige har skabt det økonomiske fundament for huset og står i samarbejde med et par deltidsmedarbejdere for den daglige drift.',
      },
    },
    summary:
      'Et kulturhus, hvor frivillige har skabt det økonomiske fundament og står for den daglige drift.',
    themes: ['samarbejde-med-andre', 'udbyderne'],
    title: 'Kulturhuset i Skanderborg',
  },
]
