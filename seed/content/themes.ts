/** The five working meetings (Arbejdsmøde 1–5, Aug–Dec 2011) and the six considerations, as the project description words them. */
export const meetings = [
  {
    slug: 'fagomraader-og-ydelser',
    meetingDate: '2011-08-01',
    meetingNumber: 1,
    question:
      'Hvad betyder de enkelte fagområder og ydelsernes karakter i forhold til at gøre borgeren mere aktiv?',
    title: 'Fagområder og ydelser',
  },
  {
    slug: 'normal-og-specialgruppen',
    meetingDate: '2011-09-01',
    meetingNumber: 2,
    question:
      'Hvordan differentierer man indsatsen, så man øger uafhængighed og selvstændigheden hos alle borgere, og ikke kun de mest ressourcestærke?',
    title: 'Normal- og specialgruppen',
  },
  {
    slug: 'medarbejderen-og-den-aktive-borger',
    meetingDate: '2011-10-01',
    meetingNumber: 3,
    question: 'Hvad skal medarbejderne gøre anderledes, når borgerne skal være mere aktive?',
    title: 'Medarbejderen og den aktive borger',
  },
  {
    slug: 'teknologi',
    meetingDate: '2011-11-01',
    meetingNumber: 4,
    question: 'Hvordan udnytter man potentialet i ny teknologi?',
    title: 'Teknologi',
  },
  {
    slug: 'samarbejde-med-andre',
    meetingDate: '2011-12-01',
    meetingNumber: 5,
    question:
      'Hvordan indretter man samarbejdet med frivillige, private eller socialøkonomiske organisationer, så det giver merværdi?',
    title: 'Samarbejde med andre',
  },
]

export const considerations = [
  {
    slug: 'fagomraaderne',
    description:
      'Hvordan gør man en kontanthjælpsmodtager, en bruger af et kulturhus, en forælder på skolen eller en plejehjemsbeboer til en aktiv borger? Svaret er formentlig ikke altid det samme. Selvom der skal sættes fokus på, hvordan man kan lære af hinanden på tværs af faggrænser og samarbejde, er det nødvendigt at være opmærksom på, at forskellige områder måske skal bruge forskellige modeller.',
    title: 'Fagområderne',
  },
  {
    slug: 'ydelserne',
    description:
      'Offentlige ydelser bør generelt handle om hjælp til uafhængighed. Men det kan variere, hvordan denne ambition udfolder sig som konkret velfærdsydelse. På sundheds- og omsorgsområdet handler det ofte om at kompensere for en mangel, mens folkeskolen skal opbygge sociale og faglige kompetencer hos alle elever. Der er altså behov for at overveje, om den aktive borgerrolle handler om at få borgeren til slet ikke at komme ind i systemet, eller om det handler om borgerens gøren og laden i systemet.',
    title: 'Ydelserne',
  },
  {
    slug: 'maalgrupperne',
    description:
      'Når borgerne er forskellige, skal de behandles forskelligt for at blive behandlet lige. Inden for de forskellige fagområder i den offentlige sektor kan vi finde mange eksempler på, at der er både en stor normalgruppe og en mindre specialgruppe, som har brug for forskellige løsninger og tiltag, når vi skal skabe rammerne for den aktive borger.',
    title: 'Målgrupperne',
  },
  {
    slug: 'medarbejderne',
    description:
      'Når borgerne skal gøre mere selv, skal velfærdsmedarbejderne gøre noget andet, end de plejer. Omsorgen for borgeren er vigtigt for mange velfærdsmedarbejdere, og nogle af dem kan have en tendens til at overhjælpe borgeren. Det er en opgave i sig selv at finde frem til det, som man ikke længere skal gøre, se værdien i at borgeren gør det og så rent faktisk undlade at gøre det.',
    title: 'Medarbejderne',
  },
  {
    slug: 'teknologierne',
    description:
      'Der er ingen tvivl om, at velfærdsteknologi og digitale redskaber har et stort potentiale for at bidrage til at skabe rammerne for mere aktive borgere. Men hvis det fulde potentiale skal udnyttes, er der behov for at sætte fokus på alt rundt om teknologien. Ny teknologi medfører nye måder at levere omsorg, pleje, borgerservice, undervisning mm. på og vi er derfor nødt til at gentænke både organisationen, borgeren og medarbejderen.',
    title: 'Teknologierne',
  },
  {
    slug: 'udbyderne',
    description:
      'Den enkelte offentlige institution behøver ikke stå alene om at bidrage til mere aktive borgere. Støtte fra frivillige kan gøre den handicappede mere selvhjulpen, private virksomheder kan være med til at udvikle teknologiske selvbetjeningsløsninger, socialøkonomiske virksomheder kan gøre socialt udsatte til kompetente medarbejdere, og samarbejde med øvrige offentlige organisationer kan være med til at skabe et bedre samlet billede af borgeren og dermed, hvordan vedkommende kan gøres mere aktiv.',
    title: 'Udbyderne',
  },
]
