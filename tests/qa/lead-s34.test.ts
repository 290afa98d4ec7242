import { indexWithCuratedFacts } from '../helpers/knowledge-from-markdown';
import type { QaResult } from '../../src/features/qa/qa.domain';
import { findPdfTables } from '../../src/features/qa/pdf-tables';
import { pdfItem } from '../helpers/pdf-items';

// An invented nota van inlichtingen of a tender for school transport by five gemeenten: bidders' numbered questions with
// their answers under a label "Antwoord", a table of lots whose total row leaves the code column empty, a planning with
// clock times, and a rectification. Written for session 34; which tests fail at the session's start commit (5c76108) is
// said per describe block.
const NOTA = `# Nota van inlichtingen Leerlingenvervoer Vechtdal 2045-2049

**Kenmerk:** VV-2044-031
**Datum:** 3 oktober 2044

## 1. Inleiding

Deze nota hoort bij de aanbesteding "Leerlingenvervoer Vechtdal 2045-2049". Het vervoersbureau voert de aanbesteding uit namens de vijf gemeenten. In de vragenronde stelden 19 vervoerders samen 64 vragen.

## 2. Planning

| Mijlpaal | Oorspronkelijke datum | Nieuwe datum |
|---|---|---|
| Sluiting vragenronde | 12 september 2044, 12.00 uur | ongewijzigd |
| Sluitingstermijn inschrijving | 31 oktober 2044, 12.00 uur | 14 november 2044, 12.00 uur |
| Ingang overeenkomsten | 1 augustus 2045 | ongewijzigd |

## 3. Percelen

| Perceel | Omschrijving | Geraamd aantal leerlingen per jaar | Geraamd budget 2045 (mln euro) | Tussentijdse toetreding |
|---|---|---|---|---|
| 1 | Taxivervoer basisonderwijs | 640 | 3,1 | ja |
| 2 | Taxivervoer speciaal onderwijs | 410 | 4,6 | nee |
| 3 | Aangepast busvervoer | 150 | 1,9 | ja |
| | **Totaal** | **1.200** | **9,6** | |

## 4. Vragen en antwoorden

**Vraag 1**
Wij hebben gelezen dat de chauffeurs een vaste route moeten rijden. Mogen wij bij ziekte van een chauffeur een invalkracht inzetten?

**Antwoord**
Ja, mits de invalkracht de verklaring omtrent het gedrag heeft en de leerlingen vooraf door de ouders zijn ingelicht. Het vervoersbureau ontvangt binnen een werkdag een melding.

**Vraag 2**
Een vervoerder die niet opnieuw gegund wordt, heeft nog lopende ritten. Wat gebeurt daarmee?

**Antwoord**
Zo'n vervoerder mag de ritten die op 31 juli 2045 lopen nog uitvoeren tot uiterlijk 31 december 2045. Daarvoor geldt het minimumtarief van de bandbreedte van het betreffende perceel.

**Vraag 3**
Is de maximale reistijd voor leerlingen van het speciaal onderwijs nog steeds 60 minuten?

**Antwoord**
Nee. Na rectificatie R2 geldt voor het speciaal onderwijs een maximale reistijd van 75 minuten enkele reis. Voor het basisonderwijs blijft het 45 minuten.

**Vraag 4**
Hoe wordt het tarief per rit tijdens de looptijd aangepast?

**Antwoord**
Het tarief per rit wordt elk jaar per 1 januari geïndexeerd met de NEA-index voor personenvervoer.

## 5. Vervolg

Het bestuur heeft de directeur van het vervoersbureau gemandateerd om namens de vijf gemeenten de beslissingen over gunning te nemen.
`;

const nota = async () => indexWithCuratedFacts('nota-van-inlichtingen-leerlingenvervoer-vechtdal.md', NOTA);
const text = (result: QaResult) => (result.kind === 'answer' ? result.answer : `(${result.kind})`);
const ask = async (question: string) => (await nota()).ask(question);

// The first, second and fourth fail at 5c76108: "Antwoord" was a heading of its own, so the answer was cited as
// "Antwoord" and its question's words did not find it; "geldt nu" asked today's state; "het minimumtarief van de
// bandbreedte" gave no tariff. The third and fifth pass there and guard what must stay.
describe('numbered questions of a nota van inlichtingen (session 34)', () => {
  it('an answer is cited with its numbered question, and is found by the words of that question', async () => {
    const result = await ask('Mag een vervoerder een invalkracht inzetten als de vaste chauffeur ziek is?');
    expect(text(result)).toContain('verklaring omtrent het gedrag');
    expect(result.kind === 'answer' && result.source.section).toBe(
      'Vraag 1: Wij hebben gelezen dat de chauffeurs een vaste route moeten rijden. Mogen wij bij ziekte van een chauffeur een invalkracht inzetten?',
    );
  });

  it('"welke maximale reistijd geldt nu" asks the rule as it stands, which the answer after a rectification gives', async () => {
    expect(text(await ask('Welke maximale reistijd geldt nu voor leerlingen van het speciaal onderwijs?'))).toContain('75 minuten');
  });

  it('"bij welke vervoerders geldt nu ..." still asks today\'s state of affairs, which no document gives', async () => {
    expect(text(await ask('Bij welke vervoerders geldt nu een aanmeldstop?'))).not.toContain('minuten');
  });

  it('"tegen welk tarief" is answered by "het minimumtarief van de bandbreedte"', async () => {
    const answer = text(await ask('Wij krijgen misschien geen nieuw contract. Tot wanneer mogen we lopende ritten nog uitvoeren en tegen welk tarief?'));
    expect(answer).toContain('31 december 2045');
    expect(answer).toContain('minimumtarief');
  });

  it('"in deze aanbesteding" points at the document, so the sentence about the decisions on the award answers', async () => {
    expect(text(await ask('Wie neemt in deze aanbesteding de gunningsbeslissingen namens de vijf gemeenten?'))).toContain('directeur van het vervoersbureau');
  });
});

// The first, second and fourth fail at 5c76108: a total row with an empty code cell was no total row, "per jaar" read as
// a ratio, and a clock time counted as a number. The third passes there and guards the total row left out of a comparison.
describe('a table of lots with a total row and a planning with clock times (session 34)', () => {
  it('"in totaal, in euro\'s en in aantal leerlingen" gives both columns of the total row, named "Totaal"', async () => {
    const answer = text(await ask('Wat is in totaal geraamd voor alle percelen samen in 2045, in euro\'s en in aantal leerlingen?'));
    expect(answer).toContain('Totaal: ');
    expect(answer).toContain('1.200');
    expect(answer).toContain('9,6');
  });

  it('"hoeveel leerlingen zijn geraamd" asks the column of leerlingen "per jaar", not the budget of the year', async () => {
    const answer = text(await ask('Hoeveel leerlingen zijn er geraamd voor aangepast busvervoer?'));
    expect(answer).toContain('150');
    expect(answer).not.toContain('1,9');
  });

  it('"welke percelen" with a yes/no column lists the rows that say "ja", and compares no total row', async () => {
    const answer = text(await ask('In welke percelen is tussentijdse toetreding mogelijk?'));
    expect(answer).toContain('Taxivervoer basisonderwijs');
    expect(answer).toContain('Aangepast busvervoer');
    expect(answer).not.toContain('Totaal');
  });

  it('"hoeveel inschrijvingen" is not answered by the closing date and its time ("12.00 uur")', async () => {
    expect(text(await ask('Hoeveel inschrijvingen zijn er op de sluitingsdatum binnengekomen?'))).not.toContain('12.00 uur');
  });
});

// An invented budget of a service bureau of libraries: a staffing table with a total, a contribution per gemeente with a
// closing sentence on the key, a table of risks, reserves at the end of the year and the contribution of the gemeenten.
const BUDGET = `# Begroting 2046 Bibliotheekbureau Salland

## 1. Formatie

De formatie groeit in 2046 met 0,50 fte, vooral voor de collectie.

| Functie | Formatie 2045 (fte) | Formatie 2046 (fte) |
| --- | ---: | ---: |
| Directeur | 1,00 | 1,00 |
| Collectiebeheerders | 3,50 | 4,00 |
| Administratie | 2,10 | 2,10 |
| **Totaal** | **6,60** | **7,10** |

## 2. Lasten en baten

Bedragen in euro's.

| Post | Begroting 2045 | Begroting 2046 | Raming 2049 |
| --- | ---: | ---: | ---: |
| Personeel | 610.000 | 655.000 | 690.000 |
| Huisvesting | 95.000 | 98.000 | 104.000 |
| **Bijdrage gemeenten** | **705.000** | **753.000** | **794.000** |

## 3. Bijdrage per gemeente

Bijdrage per gemeente aan het bureau, in euro's.

| Gemeente | Aandeel | Bijdrage 2046 |
| --- | ---: | ---: |
| Raalte | 41,0% | 308.730 |
| Ommen | 33,0% | 248.490 |
| Dalfsen | 26,0% | 195.780 |
| **Totaal** | **100,0%** | **753.000** |

De verdeelsleutel blijft in 2046 gelijk aan die van 2045.

## 4. Risico's

| Risico | Kans | Gewogen bedrag |
| --- | ---: | ---: |
| Uitval van het uitleensysteem | 20% | 12.000 |
| Hogere energieprijzen | 50% | 30.000 |
| Vertraging van de verbouwing | 10% | 8.000 |

## 5. Reserves

| Reserve | Stand 1 januari 2046 | Onttrekking 2046 | Stand 31 december 2046 |
| --- | ---: | ---: | ---: |
| Algemene reserve | 80.000 | 0 | 80.000 |
| Reserve collectie | 60.000 | 25.000 | 35.000 |

De aanschaf van e-boeken in 2046 wordt voor € 25.000 gedekt uit de reserve collectie.
`;

const budget = async () => indexWithCuratedFacts('begroting-2046-bibliotheekbureau-salland.md', BUDGET);
const askBudget = async (question: string) => text(await (await budget()).ask(question));

// The third to the fifth fail at 5c76108, each for the reason its title gives. The first two pass there on this small
// budget and guard the rules that made the blind budget's total row and end-of-year column answer.
describe('a budget: the whole, the end of the year, two years compared and the heaviest risk (session 34)', () => {
  it('"hoeveel fte heeft het bureau" names no row: the total row of the staffing table is the whole\'s figure', async () => {
    expect(await askBudget('Hoeveel fte heeft het bibliotheekbureau in 2046 tov 2045?')).toContain('7,10');
  });

  it('"eind 2046" is the column "Stand 31 december 2046"', async () => {
    expect(await askBudget('Hoeveel zit er eind 2046 nog in de reserve collectie?')).toContain('35.000');
  });

  it('"in 2046 vergeleken met 2045" compares those two years, not the latest of the table', async () => {
    const answer = await askBudget('Met hoeveel stijgt de bijdrage van de gemeenten in 2046 vergeleken met 2045?');
    expect(answer).toContain('48.000');
    expect(answer).not.toContain('2049');
  });

  it('"weegt het zwaarst" asks the highest weighted amount', async () => {
    expect(await askBudget('Welk risico weegt financieel het zwaarst?')).toContain('Hogere energieprijzen');
  });

  it('"volgens de verdeelsleutel voor rekening van Ommen" is the share in the table of contributions per gemeente', async () => {
    expect(await askBudget('Welk percentage komt volgens de verdeelsleutel voor rekening van Ommen?')).toContain('33,0%');
  });
});

// Fails at 5c76108: the total row's line filled fewer columns than the row above and no first cell, so it was read as
// that row's wrapped text ("95 12.975").
describe('a PDF table whose total row leaves the code column empty (session 34)', () => {
  const item = pdfItem;
  const items = [
    item('Perceel', 72, 712, 35),
    item('Omschrijving', 120, 712),
    item('Leerlingen', 260, 712),
    item('Budget', 330, 712),
    item('1', 72, 690, 5),
    item('Taxivervoer', 120, 690),
    item('640', 260, 690, 15),
    item('3,1', 330, 690, 15),
    item('2', 72, 676, 5),
    item('Busvervoer', 120, 676),
    item('150', 260, 676, 15),
    item('1,9', 330, 676, 15),
    item('Totaal', 120, 662),
    item('790', 260, 662, 15),
    item('5,0', 330, 662, 15),
  ];

  it('reads the total as a row of its own, not as wrapped text of the row above', () => {
    expect(findPdfTables(items)[0].lines).toEqual([
      '| Perceel | Omschrijving | Leerlingen | Budget |',
      '|---|---|---|---|',
      '| 1 | Taxivervoer | 640 | 3,1 |',
      '| 2 | Busvervoer | 150 | 1,9 |',
      '|  | Totaal | 790 | 5,0 |',
    ]);
  });
});

// Fails at 5c76108: "welk instrument" asked a thing no document names, so the question was declined before any search.
describe('a thing asked in a word the documents do not use (session 34)', () => {
  const NOTE = `# Werkwijze wachtlijsten bibliotheken Salland\n\n## Monitoring\n\nSinds 2044 gebruikt het bibliotheekbureau een hulpmiddel, de Uitleenmonitor, om zicht te houden op wachtlijsten en de beschikbaarheid van boeken.\n`;
  it('"welk instrument" is known when the lexicon gives a word the documents use ("hulpmiddel")', async () => {
    const index = await indexWithCuratedFacts('werkwijze-wachtlijsten-bibliotheken-salland.md', NOTE);
    expect(text(index.ask('Welk instrument gebruikt het bibliotheekbureau om zicht te houden op wachtlijsten?'))).toContain('Uitleenmonitor');
  });
});

// Fails at 5c76108: only "omdat", "om ... te" and the like gave a purpose, so the sentence that names the handbook won.
describe('a purpose given as a situation (session 34)', () => {
  const RULES = `# Huisregels bibliotheken Salland\n\n## Veiligheid\n\nElke vestiging heeft een bedrijfshulpverlener. In geval van brand heeft de vestigingsleider de beschikking over een ontruimingsplan. Brand is een voorval dat niet kan wachten op de directie. Het ontruimingsplan wordt opgenomen in het veiligheidshandboek.\n`;
  it('"waarvoor dient X" is answered by the sentence that says "in geval van ..."', async () => {
    const index = await indexWithCuratedFacts('huisregels-bibliotheken-salland.md', RULES);
    expect(text(index.ask('Waarvoor dient het ontruimingsplan in het veiligheidshandboek?'))).toContain('In geval van brand');
  });
});
