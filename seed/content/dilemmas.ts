/** The two dilemmas the project description names; the perspectives restate its own considerations. */
export const dilemmas = [
  {
    slug: 'fru-pedersens-stroemper',
    discussedAt: 'medarbejderen-og-den-aktive-borger',
    models: ['rehabilitering-foer-hjaelp'],
    perspectives: [
      {
        argument:
          'De fleste vil gerne kunne klare sig selv, og borgerne bliver glade, når vi hjælper dem til at kunne klare mere selv.',
        position: 'Selvhjælp giver selvstændighed',
      },
      {
        argument:
          'Omsorgen for borgeren er vigtig for mange velfærdsmedarbejdere, og nogle kan have en tendens til at overhjælpe borgeren – særligt hvis borgeren er utilfreds med at skulle hjælpe sig selv.',
        position: 'Omsorg kan blive til overhjælp',
      },
    ],
    question:
      'Hvordan skal vi forholde os til, at det tager dobbelt så lang tid for fru Pedersen at tage strømper på selv, som når hjemmehjælperen gør det for hende?',
    themes: ['medarbejderne'],
    title: 'Fru Pedersens strømper',
  },
  {
    slug: 'foraeldre-maler-legepladsen',
    discussedAt: 'normal-og-specialgruppen',
    models: ['frivilligbaaren-drift'],
    perspectives: [
      {
        argument:
          'Når borgerne er forskellige, skal de behandles forskelligt for at blive behandlet lige.',
        position: 'Forskellig behandling for lige resultater',
      },
      {
        argument:
          'Indsatsen skal øge uafhængigheden og selvstændigheden hos alle borgere, og ikke kun de mest ressourcestærke.',
        position: 'Ikke kun de ressourcestærke',
      },
    ],
    question:
      'Hvordan forholder vi os til, at forældrene i ressourcestærke børnehaver gerne vil bidrage til at male legepladsen, mens det samme ikke gør sig gældende i mere udsatte områder?',
    themes: ['maalgrupperne'],
    title: 'Forældre maler legepladsen',
  },
]
