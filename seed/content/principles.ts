/** Social- og Integrationsministeriet's 12 principles for effective implementation (årsmøde, 27 September 2012). */
export const principles = [
  [
    'Skab fælles forståelse og sæt mål med mening',
    'Vi arbejder med borgerne. God implementering begynder med at svare på "hvorfor...". Vi skal have viden om problemet og kortlægge behov og metoder for at skabe fælles forståelse. Målet er et fælles fundament for den forandring, der giver mening og virker.',
  ],
  [
    'God implementering kræver begejstring',
    'Vi skal begejstre og inspirere, når vi implementerer. Vejen er forberedelse: Vi skal bruge den viden, vi har. Involvere dem, det handler om – de er forudsætningen for implementering. Sætte klare rammer for forløbet. Inddrage kritikere. Vis vejen og vær modig.',
  ],
  [
    'Skab klarhed om målene med udgangspunkt i borgeren',
    'Vi skal sætte fagligheden fri med afsæt i borgeren. Vi skal vise medarbejderne tillid, så de kan bryde vanetænkningen og være kreative. Vi skal ud af komfortzonen og fremme samarbejdet med borgere og nye aktører i det offentlige, civilsamfundet og erhvervslivet.',
  ],
  [
    'Hvad med os selv?',
    'Vi skal skabe større sammenhæng mellem aktører, når det gælder viden, adfærd og indstilling. Fælles problemer kræver fælles løsninger. Vi er alle en del af problemet og en uundværlig del af løsningen. Succes og fiasko skal deles af alle.',
  ],
  [
    'Tag et virkelighedstjek',
    'Vi skal spørge, om visionen er blevet til virkelighed? Giver projektet mening for alle involverede? Og er de nødvendige rammer og kompetencer til stede? Vi kan ikke planlægge os ud af alt – vi skal fokusere på målet og hele tiden justere kursen.',
  ],
  [
    'Intet om brugerne uden brugerne',
    'Vi skal finde løsninger sammen med brugerne og menneskerne omkring dem – de er eksperter i deres eget liv. Inddrag dem og aktivér deres ressourcer. De bidrager til løsninger, der virker, og løsningerne giver mennesker ansvar for deres eget liv.',
  ],
  [
    'Gør alle ressourcer aktive',
    'Vi skal trække på vores samlede ressourcer. Fremtidens velfærdssamfund bygger på inspirerende samarbejdsformer mellem borgerne, myndighederne og civilsamfundet. Se, anerkend og brug hinandens ressourcer optimalt.',
  ],
  [
    'Forandring skal give mening for dig og mig',
    'Vi opnår ejerskab, engagement og resultater, når forandringen giver mening for borgerne, medarbejderne, lederne og politikerne.',
  ],
  [
    'Hold fokus på målet og husk at måle',
    'Vi skal sætte realistiske mål og delmål. Vi skal bygge vores indsats på viden. Vi skal være vedholdende og lytte, så vores indsats skaber positiv forandring. Vi skal indsamle ny viden ved at måle på vores indsats og dokumentere vores resultater.',
  ],
  [
    'Gør viden brugbar med involvering',
    'Vi skal bygge bro mellem på den ene side ny faglig viden om effekt samt praksiserfaring og på den anden side inddragelse af borgere, praktikere og ledelse.',
  ],
  [
    'Mål på tre bundlinjer',
    'Vi skal måle resultater på tre bundlinjer: individ, samfund og økonomi. Det giver os bedre muligheder for bæredygtig implementering – både i de nære fællesskaber og i det store fællesskab.',
  ],
  [
    'Hold liv i forandringen',
    'Vi skal holde liv i forandringen ved at skabe begejstring for fælles mål, så alle mærker den. Viden spredes gennem den autentiske, engagerede og gode historie.',
  ],
].map(([title, text], index) => ({ number: index + 1, text, title }))
