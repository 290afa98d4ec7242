import { indexWithCuratedFacts } from '../helpers/knowledge-from-markdown';
import { parseDocument } from '../../src/features/qa/ingest.service';
import { KnowledgeIndex } from '../../src/features/qa/knowledge-index';
import type { QaResult } from '../../src/features/qa/qa.domain';
import { CURATED_FACTS } from '../../src/features/qa/qa.service';
import { builtInDocuments } from '../../src/features/qa/builtin-documents';
import { inDocumentWords } from '../../src/features/qa/everyday-words';

// An invented quarterly report of a consortium of libraries: columns per quarter with a norm and a status column, costs
// per branch against the budget with a share of the budget, a dossier with a bold title, and requests to two boards in
// bold labels after a list.
// At the session's start commit (6c6ab08) 14 of these 17 fail; three pass there and guard what the changes must keep:
// "Q1" asked of a column named so, the difference column in euros, and the expected-spending column of a compound.
const REPORT = `# Kwartaalrapportage Bibliotheekservice Vechtdal, tweede kwartaal 2041

## 1. Signalen

De bibliotheken van het Vechtdal leenden in het tweede kwartaal van 2041 meer boeken uit dan een jaar eerder. De wachttijd voor een reservering liep bij twee vestigingen op.

## 2. Levertijd van reserveringen

**Tabel 1. Gemiddelde levertijd per vestiging in dagen**

| Vestiging | Norm | Q2 2041 | Q1 2041 | Q2 2040 | Open reserveringen op 30-6-2041 | Binnen norm |
|---|---:|---:|---:|---:|---:|---|
| Hardenberg | 7 | 9 | 8 | 6 | 212 | nee |
| Ommen | 7 | 5 | 6 | 7 | 48 | ja |
| Dalfsen | 10 | 12 | 9 | 8 | 95 | nee |
| Raalte | 10 | 8 | 11 | 9 | 61 | ja |

## 3. Kosten per vestiging

Alle bedragen zijn in duizenden euro's.

**Tabel 2. Kosten per vestiging (x € 1.000)**

| Vestiging | Begroting 2041 | Realisatie t/m Q2 | Besteed t/m Q2 | Prognose 2041 | Verschil prognose - begroting | Prognose in % van begroting |
|---|---:|---:|---:|---:|---:|---:|
| Hardenberg | 2.000 | 1.150 | 57,5% | 2.240 | +240 | 112,0% |
| Ommen | 800 | 390 | 48,8% | 780 | -20 | 97,5% |
| Dalfsen | 4.000 | 2.100 | 52,5% | 4.300 | +300 | 107,5% |
| Raalte | 1.200 | 610 | 50,8% | 1.260 | +60 | 105,0% |
| **Totaal** | **8.000** | **4.250** | **53,1%** | **8.580** | **+580** | **107,3%** |

De verwachte overschrijding van het consortium is € 580.000 (7,3%).

## 4. Leveranciers met extra aandacht

**Boekhandel Lindeboom.** Lindeboom levert de schoolboeken voor vier vestigingen. Na een tweede te late levering kon de leverancier geen nieuwe planning meer geven. Daarom heeft de directeur op 12 juli 2041 de escalatieroute gestart en het dagelijks bestuur ingeschakeld.

**Drukkerij Weverij.** Weverij drukt de programmaboekjes en levert op tijd.

## 5. Gevraagde besluiten

Wij doen de volgende aanbevelingen:

- Verleng het contract met de drukkerij met een jaar.
- Start een onderzoek naar de levertijd in Dalfsen.

**Gevraagd aan het dagelijks bestuur (2 september 2041):**

1. Kennisnemen van deze rapportage.
2. Instemmen met een extra bezorgronde in Hardenberg.

**Gevraagd aan de ledenraad (30 september 2041):** instemmen met de begrotingswijziging.

## 6. Leesclubs

| Leesclub | Wachttijd jan. 2041 (weken) | Wachttijd jun. 2041 (weken) |
|---|---:|---:|
| Thriller | 3 | 5 |
| Poëzie | 6 | 4 |
`;

const report = async () => indexWithCuratedFacts('kwartaalrapportage-vechtdal.md', REPORT);
const text = (r: QaResult) => (r.kind === 'answer' ? r.answer : r.kind);

describe('columns of quarters (session 30)', () => {
  it('"nu" is the latest quarter of the measure the caption names, not the count on a day beside it', async () => {
    const answer = text((await report()).ask('Hoe lang is de levertijd in Hardenberg nu gemiddeld?'));
    expect(answer).toContain('Q2 2041: 9 dagen');
    expect(answer).not.toContain('212 dagen');
  });

  it('"hetzelfde kwartaal vorig jaar" against now gives both quarters and the change with its size', async () => {
    const answer = text((await report()).ask('Hoeveel dagen langer is de levertijd in Dalfsen nu dan in hetzelfde kwartaal vorig jaar?'));
    expect(answer).toMatch(/Dalfsen: Q2 2041: 12 dagen; Q2 2040: 8 dagen; gestegen met 4 dagen\./);
  });

  it('"Q1" asks the first quarter, "het eerste kwartaal" too', async () => {
    expect(text((await report()).ask('Wat was de levertijd in Raalte in Q1?'))).toContain('Q1 2041: 11 dagen');
  });

  it('"de norm wel gehaald" is the rows the status column says so of', async () => {
    const answer = text((await report()).ask('Bij welke vestigingen wordt de levertijdnorm op dit moment wel gehaald?'));
    expect(answer).toContain('Ommen');
    expect(answer).toContain('Raalte');
    expect(answer).not.toContain('Hardenberg (');
  });
});

describe('months and a second ask that points back (session 30)', () => {
  it('"tussen januari en juni toegenomen" is the change between the two months\' columns ("jan." in a header is januari)', async () => {
    const answer = text((await report()).ask('Met hoeveel weken is de wachttijd voor de leesclub Thriller tussen januari en juni toegenomen?'));
    expect(answer).toMatch(/Thriller: Wachttijd januari 2041: 3 weken; Wachttijd jun\. 2041: 5 weken; gestegen met 2 weken\./);
  });

  it('"..., en hoe lang is die nu?" is given by the rows the first ask finds, with their figures', async () => {
    const answer = text((await report()).ask('Bij welke leesclub is de wachttijd sinds januari langer geworden, en hoe lang is die nu?'));
    expect(answer).toMatch(/^Wachttijd jun\. 2041 hoger dan Wachttijd januari 2041: Thriller \(5 tegen 3\)\./);
  });
});

describe('costs against the budget (session 30)', () => {
  it('"procentueel het verst boven de begroting" reads the share of the budget', async () => {
    const answer = text((await report()).ask('Welke vestiging zit procentueel het verst boven haar begroting?'));
    expect(answer).toMatch(/^Hoogste prognose in % van begroting: Hardenberg \(112,0%\)\./);
  });

  it('in euros it is the difference column', async () => {
    const answer = text((await report()).ask('Welke vestiging zit het verst boven haar begroting?'));
    expect(answer).toMatch(/^Hoogste verschil prognose - begroting: Dalfsen/);
  });

  it('an "eindejaarsuitgave" is the expected spending', async () => {
    expect(text((await report()).ask('Wat is de verwachte eindejaarsuitgave van Raalte?'))).toContain('Prognose 2041: 1.260');
  });

  it('what was spent is the realisation, not the unlabelled percentage, with the year\'s budget beside it', async () => {
    const answer = text((await report()).ask('Wat waren de uitgaven van Ommen t/m Q2?'));
    expect(answer).toMatch(/^Ommen: Realisatie t\/m Q2: 390 \(x € 1\.000\) \(Begroting 2041: 800 \(x € 1\.000\)\)\./);
  });

  it('"met hoeveel gaan we over het bibliotheekbudget heen" asks the amount, which the text gives', async () => {
    expect(text((await report()).ask('Met hoeveel gaan we dit jaar naar verwachting over het bibliotheekbudget heen?'))).toContain('580.000');
  });

  it('"over ... heen" keeps a verb, so "met hoeveel" still asks an amount', () => {
    expect(inDocumentWords('Met hoeveel gaan we over het jeugdhulpbudget heen?')).toBe('Met hoeveel zit we boven de budget?');
  });
});

describe('text of a report (session 30)', () => {
  it('a paragraph\'s bold title names who "de leverancier" is, with the date asked', async () => {
    const answer = text((await report()).ask('Welke leverancier is geëscaleerd en op welke datum?'));
    expect(answer).toContain('Boekhandel Lindeboom');
    expect(answer).toContain('12 juli 2041');
  });

  it('a bold label after a list starts its own paragraph and brings its numbered list', async () => {
    const answer = text((await report()).ask('Wat wordt er aan het dagelijks bestuur van september gevraagd? Graag alle punten'));
    expect(answer).toMatch(/^\*\*Gevraagd aan het dagelijks bestuur \(2 september 2041\)\*\*:\n1\. Kennisnemen van deze rapportage\.\n2\. Instemmen met een extra bezorgronde/);
  });

  it('"in Q2" is the second quarter, no name the answer must repeat', async () => {
    expect(text((await report()).ask('Hoeveel boeken leenden de bibliotheken in Q2 uit, meer dan een jaar eerder?'))).toContain('tweede kwartaal');
  });

  it('"i.p.v." and what follows it are not asked', () => {
    expect(inDocumentWords('Wanneer volgen we de spoedroute i.p.v. de normale stappen?')).toBe('Wanneer volgen we de spoedroute?');
  });
});

describe('editions of a document (session 30)', () => {
  // Years of minutes and proposals repeat the same paragraphs: a later proposal on another subject is no newer edition
  // of an earlier one that starts with the same word (the bench's corpus of 3,000 such papers lost a sample question so).
  const copy = 'De bibliotheek leent boeken uit aan inwoners van de gemeente en organiseert leesclubs voor inwoners.';
  const paper = (title: string) => `${title}\n\n1. Aanleiding\n\n${copy}\n\n2. Voorstel\n\nHet overleg wordt gevraagd in te stemmen.`;

  it('"Voorstel aan de ledenraad: Openingstijden (2029)" does not overrule "Voorstel aan het bestuur: Inkoop van boeken (2017)"', async () => {
    // The 2017 paper is ingested last, so only an edition rule could put the 2029 one first.
    const papers = await Promise.all([
      parseDocument('stuk-2017.txt', Buffer.from(paper('Voorstel aan het bestuur: Inkoop van boeken (3 maart 2017)')), new Date('2026-06-01T00:00:00Z')),
      parseDocument('stuk-2029.txt', Buffer.from(paper('Voorstel aan de ledenraad: Openingstijden (1 januari 2029)')), new Date('2026-01-01T00:00:00Z')),
    ]);
    const index = new KnowledgeIndex(CURATED_FACTS, [...papers.flatMap((d) => d.passages), ...(await builtInDocuments()).flatMap((d) => d.passages)]);
    const result = index.ask('Leent de bibliotheek boeken uit aan inwoners?');
    expect(result.kind === 'answer' ? result.source.title : result.kind).toBe('Voorstel aan het bestuur: Inkoop van boeken (3 maart 2017)');
  });
});
