import { indexWithCuratedFacts } from '../helpers/knowledge-from-markdown';
import type { QaResult } from '../../src/features/qa/qa.domain';
import { splitSentences } from '../../src/features/qa/passages';
import { lacksWhatIsAsked } from '../../src/features/qa/declines';
import { lacksCount } from '../../src/features/qa/figures-in-answer';

// An invented monitor of the waiting lists for swimming lessons of a consortium of swimming pools: norms with a paragraph
// that gives the first norm after naming both, a table of two years, a quarter table, a planning list whose decision
// item points back at the item that names the budget, a fund with its filling and rules, and agreements with pools.
// At the session's start commit (580ec34) 22 of this file's 28 tests fail; six pass there and guard what the new checks
// must keep: an analysis asked by a deadline stays declined, a size asked still finds the passage with the amount, a
// body's members are counted (the session's first change lost that: the year before "Het BO" had counted it), a vote
// that goes on from the best sentence stays in the answer, and two cases the review of the change found ("verzenden" is
// no people; "hoe groot is de wachtlijst" asks no amount).
const MONITOR = `# Monitor wachtlijsten zwemles Vechtdal 2044

## 1. Normen

### 1.1 Wachtnormen

Het bestuur van het samenwerkingsverband stelde de wachtnormen in 2040 vast. We meten twee periodes: de periode van inschrijving bij het zwembad tot de proefles, en de periode van de proefles tot de eerste les. Voor de eerste periode geldt bij alle lesvormen behalve spoedlessen een norm van **3 weken**. Voor de tweede periode verschilt de norm per lesvorm:

- groepsles: 5 weken;
- privéles: 2 weken;
- spoedles: start binnen 48 uur na de melding.

## 2. Kerncijfers

**Tabel 1. Kerncijfers Vechtdal, 2043 en 2044**

| Indicator | 2043 | 2044 | Verschil |
| --- | --- | --- | --- |
| Wachtende kinderen op 31 december | 412 | 377 | −35 |
| Gemiddelde wachttijd inschrijving tot proefles | 4,1 weken | 3,6 weken | −0,5 week |
| Inschrijvingen in het jaar | 2.950 | 3.120 | +170 |

### 2.1 Instructiebaden

Na het sluiten van het instructiebad in Lemele liep het aantal wachtenden op tot 455 eind juni. Sinds 1 september biedt het bad in Ommen extra lesuren.

### 2.2 Personeel en gastgezinnen

In 2044 kwamen er 21 nieuwe badmeesters bij, terwijl 14 badmeesters stopten. Ook kwamen er 9 nieuwe gastgezinnen bij voor de zomerkampen, terwijl 6 gastgezinnen stopten.

## 3. Calamiteitenfonds

### 3.1 Omvang en vulling

Het samenwerkingsverband richt een calamiteitenfonds in. Het fonds krijgt een doelomvang van **€ 90.000**. De eerste vulling komt uit het resultaat van 2043, waarvan € 30.000 eenmalig wordt gereserveerd. Daarna storten de zwembaden in 2045 en 2046 ieder jaar samen € 25.000.

### 3.2 Vergoeding

Het fonds vergoedt **60 procent** van het bedrag boven de drempel van 5 procent, met een maximum van **€ 12.000 per zwembad per jaar**.

### 3.3 Evaluatie

Het fonds wordt geëvalueerd nadat twee seizoenen voorbij zijn. Het secretariaat legt de evaluatie voor aan het bestuur van **maart 2047**. Doet een zwembad twee jaar achter elkaar een beroep op het fonds, dan meldt het secretariaat dat direct aan het bestuur, zodat niet op de evaluatie wordt gewacht. *Bijlage: rekenmodel calamiteitenfonds 2045-2047 per zwembad.*

## 4. Afspraken met zwembaden

Sinds 1 januari 2044 bevatten alle contracten een wachtlijstclausule. De afspraken daarin zijn:

1. Het zwembad werkt de wachtlijst elke week bij.
2. Het zwembad meldt binnen 5 werkdagen als het de norm voor een kind niet haalt.

Waar een zwembad zich hier niet aan houdt, volgt een gesprek met de coördinator. Twee zwembaden zijn doorgeëscaleerd naar het bestuur: Bad De Vecht en Zwemcentrum Noord.

## 5. Planning 2045

- **10 januari 2045, secretariaat:** verzending van deze monitor aan de zwembaden.
- **3 februari 2045, coördinatoren:** bespreking van de wachtlijsten per zwembad.
- **3 maart 2045, werkgroep:** voorstel om de norm voor groepsles per 1 januari 2046 aan te scherpen van 5 naar 4 weken.
- **1 april 2045, adviesraad:** advies over het extra werkbudget van € 18.000 voor de wachtlijsten.
- **15 april 2045, bestuur:** besluit over dat werkbudget.
- **September 2045:** tussenrapportage over het eerste halfjaar.
- **Februari 2046:** monitor wachtlijsten over 2045.
- drie nieuwe instructiebaden in Dalfsen, Ommen en Raalte, die in de loop van 2045 opengaan.
`;

const PLANNING = `# Besluit zwemnorm Vechtdal 2045

## Planning

De zwemnorm wordt vastgesteld door het bestuur, na advies.

| Stap | Overleg | Datum | Doel |
| --- | --- | --- | --- |
| 1 | Werkgroep | 10 februari 2045 | Voorbereiding |
| 2 | Adviesraad | 3 maart 2045 | Inhoudelijke bespreking |
| 3 | Bestuur | 15 april 2045 | Definitief besluit |
`;

const monitor = async () => indexWithCuratedFacts('monitor-zwemles-vechtdal.md', MONITOR);
const text = (r: QaResult) => (r.kind === 'answer' ? r.answer : r.kind);
const ask = async (question: string) => text((await monitor()).ask(question));

describe('counts and shares an answer gives in other words (session 32)', () => {
  it('a typo that drops a doubled consonant ("gastgezinen") still counts the plural, and "haakten af" is "stopten"', async () => {
    const answer = await ask('hoeveel gastgezinen kwamen er vorig jaar bij en hoeveel haakten er af?');
    expect(answer).toContain('9 nieuwe gastgezinnen');
    expect(answer).toContain('6 gastgezinnen stopten');
  });

  it('"hoeveel kinderen wachtten" is counted by "het aantal wachtenden liep op tot 455"', async () => {
    expect(await ask('Hoeveel kinderen wachtten er eind juni op een plek in een instructiebad?')).toContain('455');
  });

  it('"welk deel van de overschrijding boven de drempel" is given as a percentage of "het bedrag boven de drempel"', async () => {
    const answer = await ask('Welk deel van de overschrijding boven de drempel krijg je terug uit het fonds, en wat is het max per zwembad?');
    expect(answer).toContain('60 procent');
    expect(answer).toContain('€ 12.000');
  });

  it('"wat zijn de totale ...kosten" asks an amount: a sentence of the year asked without one is no answer', async () => {
    expect(await ask('Wat zijn de totale evaluatiekosten van het fonds in 2047?')).toBe('none');
  });
});

describe('the sentence that gives what is asked (session 32)', () => {
  it('"wanneer komt ... bij het bestuur" asks a moment; a span of years in a name ("rekenmodel 2045-2047") is none', async () => {
    expect(await ask('wanneer komt de evaluatie van het fonds bij het bestuur?')).toContain('maart 2047');
  });

  it('a duration asked comes from the best sentence\'s own paragraph; the child who gets the lesson keeps no term', async () => {
    expect(await ask('Binnen hoeveel tijd moet een kind na de inschrijving bij een zwembad een proefles hebben volgens de normen?')).toContain('3 weken');
  });

  it('"meten" and "meting" share their root: the sentence about the meting answers "over welke periode meten we"', async () => {
    const doc = '# Notitie bijdragen zwembaden 2045\n\n## 1. Aanleiding\n\nDe werkgroep bestond uit adviseurs van vier zwembaden en telde het gebruik per seizoen.\n\n## 2. Nieuwe verhouding\n\nVoorgesteld wordt de verhouding om te draaien naar 60 procent vaste bijdrage en 40 procent gebruik. Het vaste deel groeit daarmee van € 30.000 naar € 45.000. Daarnaast verandert de meting van het gebruik: in plaats van één seizoen geldt voortaan het gemiddelde van s-2 en s-1.\n';
    const index = await indexWithCuratedFacts('meting.md', doc);
    expect(text(index.ask('Wat wordt de nieuwe verhouding tussen vaste bijdrage en gebruik? En over welke periode meten we het gebruik dan?'))).toContain('s-2 en s-1');
  });

  it('an item that decides about "dat werkbudget" comes with the item before it that names the budget and its amount', async () => {
    const answer = await ask('Wanneer besluit het bestuur over het extra werkbudget voor de wachtlijsten en over welk bedrag gaat het?');
    expect(answer).toContain('15 april 2045');
    expect(answer).toContain('€ 18.000');
  });

  it('"welke zwembaden" under the heading "Afspraken met zwembaden" asks which pools, not the list of agreements', async () => {
    const answer = await ask('Welke zwembaden zijn uiteindelijk tot bij het bestuur geëscaleerd?');
    expect(answer).toMatch(/^Waar een zwembad zich hier niet aan houdt[^\n]*Bad De Vecht en Zwemcentrum Noord/);
  });

  it('"waarmee wordt ... gevuld" is answered by the filling, "het fonds" naming the calamiteitenfonds, with each deposit', async () => {
    const answer = await ask('Waarmee wordt het calamiteitenfonds gevuld? Welke bedragen?');
    expect(answer).toContain('€ 30.000');
    expect(answer).toContain('€ 25.000');
  });
});

describe('paraphrases of changing and opening (session 32)', () => {
  it('"strenger maken" is "aanscherpen"', async () => {
    const answer = await ask('Er ligt toch een voorstel om de norm voor groepsles strenger te maken? Naar hoeveel weken en vanaf wanneer zou dat ingaan?');
    expect(answer).toContain('1 januari 2046');
    expect(answer).toContain('4 weken');
  });

  it('"openen" is "gaan open"', async () => {
    expect(await ask('In welke gemeenten openen de nieuwe instructiebaden?')).toContain('Dalfsen, Ommen en Raalte');
  });

  it('"zelf dragen" is "voor eigen rekening"', async () => {
    const index = await indexWithCuratedFacts('kosten.md', '# Regeling kosten zwembaden 2045\n\n## Voor eigen rekening\n\nKosten van eigen personeel komen voor eigen rekening van het zwembad.\n\n## Gedeelde kosten\n\nDe kosten van de gezamenlijke inkoop worden verdeeld naar het aantal leerlingen.\n');
    expect(text(index.ask('Welke kosten moet een zwembad zelf dragen?'))).toContain('eigen personeel');
  });
});

describe('tables: the year before, two rows asked, a pronoun ask (session 32)', () => {
  it('"in 2044 en hoe verhoudt zich dat tot het jaar ervoor" gives both years and the change in the cells\' unit', async () => {
    const answer = await ask('Wat was de gemiddelde wachttijd van inschrijving tot proefles in 2044 en hoe verhoudt zich dat tot het jaar ervoor?');
    expect(answer).toContain('2043: 4,1 weken; 2044: 3,6 weken; gedaald met 0,5 weken');
  });

  it('two asks that each name a row of one table are answered with both rows, in the order asked', async () => {
    const index = await indexWithCuratedFacts('planning.md', PLANNING);
    const answer = text(index.ask('Op welke datum bespreekt de adviesraad de zwemnorm en wanneer valt het definitieve besluit in het bestuur?'));
    expect(answer).toMatch(/Stap 2 \(Adviesraad\): Datum: 3 maart 2045[\s\S]*Stap 3 \(Bestuur\): Datum: 15 april 2045/);
  });
});

// An invented decision list of the swimming pools' board: a decision put off to a later meeting, an analysis asked by a
// deadline, a budget of two years beside a plan named by a span of years, a zienswijze procedure and a fund's size.
const DECISIONS = `# Besluitenlijst bestuur zwembaden Vechtdal, 12 maart 2045

## 1. Begroting 2046

De begroting van het secretariaat stijgt van € 410.000 (2045) naar € 436.000 (2046). Voor de nieuwe zwemvisie 2047–2050 wordt incidenteel € 20.000 opgenomen. De gemeenten kunnen tot en met 9 juni 2045 een zienswijze van hun raad indienen.

**Besluit: het bestuur stelt de ontwerpbegroting 2046 voorlopig vast en zendt deze voor zienswijze aan de vier gemeenteraden.**

## 2. Verdeling van de kosten

De werkgroep werkte twee varianten uit: verdeling naar inwoners en verdeling naar bezoekers.

**Besluit: het voorstel tot een nieuwe verdeling wordt uitgesteld naar het bestuur van 30 juni 2045.**

## 3. Wachtlijsten

De wachtlijst voor de groepsles daalde van 120 naar 96 kinderen.

**Besluit: het bestuur vraagt de coördinator uiterlijk 19 mei 2045 een analyse van de wachtlijst voor privélessen op te leveren, met mogelijke maatregelen.**

## 4. Reservefonds

Het reservefonds is bedoeld voor onvoorziene reparaties van de baden. Het vaste deel van de bijdrage wordt daarbij belangrijker.

Het vaste deel van de bijdrage groeit van € 30.000 naar € 45.000.

## 5. Vergaderregels

Het bestuur stelt de verdeling vast in de vergadering van 30 juni 2045. Het bestuur kan alleen besluiten als ten minste drie van de vier leden aanwezig zijn.

## Actielijst

| Nr | Actie | Eigenaar | Deadline | Status |
| --- | --- | --- | --- | --- |
| 2045-01 | Werkbezoek nieuw instructiebad organiseren | coördinator | september 2045 | Nieuw |
| 2045-02 | Analyse wachtlijst privélessen | coördinator | 19 mei 2045 | Nieuw |
| 2045-03 | Tussentijdse evaluatie zwemvisie 2047–2050 plannen | projectleider | februari 2046 | Open |
`;

describe('near misses of a decision list: what it has not decided, made or given (session 32)', () => {
  const decided = async (question: string) => text((await indexWithCuratedFacts('besluitenlijst-zwembaden.md', DECISIONS)).ask(question));

  it('the choice of a later meeting, where the list puts the decision off, is not in the document', async () => {
    expect(await decided('Welke variant van de verdeling heeft het bestuur op 30 juni gekozen?')).toBe('none');
  });

  it('what an analysis asked for by a deadline "heeft opgeleverd" is not in the document', async () => {
    expect(await decided('Welke maatregelen heeft de analyse van de wachtlijst voor privélessen opgeleverd?')).toBe('none');
  });

  it('"hoeveel zienswijzen" is not counted by "tot en met 9 juni 2045 een zienswijze indienen"', async () => {
    expect(await decided('Hoeveel zienswijzen hebben de gemeenteraden ingediend op de begroting 2046?')).toBe('none');
  });

  it('a figure asked for 2047 is not given by a plan named "zwemvisie 2047–2050"', async () => {
    expect(await decided('Hoe groot was de begroting van het secretariaat in 2047?')).toBe('none');
    expect(await decided('Hoe groot is de begroting van het secretariaat in 2046?')).toContain('€ 436.000');
  });

  it('"wat kost" is not answered by the row of an action list that names the thing without an amount', async () => {
    expect(await decided('Wat kost het werkbezoek aan het nieuwe instructiebad?')).toBe('none');
  });

  it('"wat kwam er uit de evaluatie" is not answered by the open action that plans it', async () => {
    expect(await decided('Wat kwam er uit de tussentijdse evaluatie van de zwemvisie?')).toBe('none');
  });

  it('"hoeveel bo leden" counts the members, as "ten minste zeven van de elf leden" gives them', async () => {
    const index = await indexWithCuratedFacts('regels.md', '# Werkwijze regioagenda 2045\n\n## Besluit\n\nHet BO stelt de regioagenda vast op 14 december 2044, als onderdeel van het jaarplan 2045. Het BO kan alleen besluiten als ten minste zeven van de elf leden aanwezig zijn.\n');
    expect(text(index.ask('hoeveel bo leden moeten er minimaal aanwezig zijn om over de regioagenda te kunnen besluiten'))).toContain('zeven van de elf leden');
  });

  it('"hoe groot is het vaste deel" ranks the passage with the amount above one that only names it', async () => {
    expect(await decided('Hoe groot is het vaste deel van de bijdrage?')).toContain('€ 45.000');
  });
});

describe('sentences that open in italics or with a bold label (session 32)', () => {
  it('a bold label or decision and an italic note after a full stop start sentences of their own; a bold title does not', () => {
    expect(splitSentences('Het plan gaat naar het AO. **Besluit: het bestuur stelt de agenda vast.**')).toEqual(['Het plan gaat naar het AO.', '**Besluit: het bestuur stelt de agenda vast.**']);
    expect(splitSentences('Het fonds wordt geëvalueerd. *Bijlage: rekenmodel 2045-2047.*')).toEqual(['Het fonds wordt geëvalueerd.', '*Bijlage: rekenmodel 2045-2047.*']);
    expect(splitSentences('Het AO adviseerde positief. **Aanbieders.** Na het besluit volgt een bijeenkomst.')).toHaveLength(1);
  });

  it('the sentence after the best that goes on from it ("heeft daarom gestemd") comes along when it says the word asked', async () => {
    const doc = `# Besluiten werkgroep zwemles 2045\n\n## Thema's\n\nOver het thema *Zwemdiploma C* werd geen overeenstemming bereikt. Het bestuur heeft daarom gestemd: 3 voor en 1 tegen (Ommen). Het thema gaat mee.\n\n**Besluit:** het bestuur legt de volgende thema's voor:\n1. Wachtlijsten;\n2. Zwemdiploma C;\n3. Veilig zwemwater.\n`;
    const index = await indexWithCuratedFacts('besluiten.md', doc);
    expect(text(index.ask('hoe is de stemming over het thema zwemdiploma C uitgevallen?'))).toContain('3 voor en 1 tegen');
  });
});

describe('what the new checks must not decline (session 32 review)', () => {
  it('a decision to postpone is a decision; a result given by "leverde ... op" is a result', () => {
    expect(lacksWhatIsAsked('Wat heeft het BO besloten over de invoering?', 'Het BO heeft besloten dat de invoering wordt uitgesteld naar 1 januari 2046.')).toBe(false);
    expect(lacksWhatIsAsked('Wat heeft de bezuiniging opgeleverd?', 'De bezuiniging leverde € 2 miljoen op.')).toBe(false);
    expect(lacksWhatIsAsked('Welke variant heeft het bestuur gekozen?', 'Het voorstel wordt uitgesteld naar het bestuur van 30 juni.')).toBe(true);
  });

  it('"verzenden" is a verb, no people who wait', () => {
    expect(lacksCount('Hoeveel kinderen wachtten er in juni?', 'Het zwembad moet 3 brieven verzenden.')).toBe(true);
  });

  it('"hoe groot is de wachtlijst" asks no amount: the list\'s count answers, not a budget', async () => {
    const index = await indexWithCuratedFacts('wachtlijst.md', '# Notitie wachtlijst zwemles 2045\n\n## Wachtlijst\n\nDe wachtlijst voor groepsles telt 377 kinderen.\n\n## Budget\n\nVoor de aanpak van de wachtlijst voor groepsles is een extra werkbudget van € 18.000 beschikbaar.\n');
    expect(text(index.ask('Hoe groot is de wachtlijst voor groepsles?'))).toContain('377 kinderen');
  });
});
