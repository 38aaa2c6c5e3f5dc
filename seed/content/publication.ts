/** The catalogue global and the first newsletter, from the project description's own words. */
export const catalog = {
  foreword: [
    'Udkast til partnerforord.',
    'Det er et stort potentiale i at få flere danskere til at tage større ansvar for deres eget og andres liv. Det giver bedre livskvalitet og kan være med til at skabe løsninger, der passer bedre til den enkelte.',
    'Men borgerne bliver ikke aktive af sig selv. Det kræver, at vi indretter velfærden anderledes, så borgeren bliver inviteret til at spille en mere aktiv rolle.',
  ],
  title: 'Den aktive borger – modelkatalog',
}

export const newsletter = {
  body: [
    'Mandag Morgen tager initiativ til Den aktive borger. Projektet skal udvikle et katalog med modeller for, hvordan offentlige organisationer kan skabe rammer for, at borgeren spiller en mere aktiv rolle i velfærdssamfundet.',
    'Projektet bliver gennemført i samarbejde med en kreds af partnere fra velfærdens maskinrum, herunder kommuner, regioner, statslige institutioner og organisationer.',
  ],
  date: '2011-08-15',
  featured: ['telekat', 'rehabilitering-i-fredericia-kommune', 'kulturhuset-i-skanderborg'],
  intro:
    'Det kræver viden, strategier og konkrete modeller at indløse potentialet i de aktive borgere.',
  issue: 1,
  title: 'Den aktive borger går i gang',
}
