import { indexWithCuratedFacts } from '../helpers/knowledge-from-markdown';
import type { QaResult } from '../../src/features/qa/qa.domain';
import { termsOf } from '../../src/features/qa/dutch-text';
import { asksHowMuchByVerb, wordAfterHoeveel } from '../../src/features/qa/count-questions';
import { deniesThingAsked } from '../../src/features/qa/yes-no-asks';
import { splitSentences } from '../../src/features/qa/passages';
import { withJoinedVerbs } from '../../src/features/qa/separable-verbs';

// An invented financial analysis of a network of family homes: a risk register under codes, indicators whose rows carry
// their unit, shares per gemeente as a percentage and an amount, reserves at the start of the year, a budget over two
// years with a total column, and sentences that count, compare with an option and give what is left uncovered. Written
// for session 37; each test says whether it fails at the session's start commit (a36b4f2). Sections 7-11 came later
// in the session; their tests were checked at the start commit with the whole document.
const ANALYSE = `# Financiële analyse Netwerk Gezinshuizen Vechtdal 2048

## 1. Inleiding

Deze analyse laat zien welke financiële risico's het netwerk loopt en hoeveel buffer daar tegenover staat. Risico's treden zelden allemaal tegelijk op, maar kunnen elkaar wel versterken. Het aantal kinderen in een gezinshuis steeg in 2047 van 58 naar 71, een groei van 22%.

## 2. Risicoregister

| Nr | Risico | Kans | Gevolg | Gewogen |
| --- | --- | --- | --- | --- |
| K1 | Uitval van een gezinshuisouder | 30% | € 400.000 | € 120.000 |
| K2 | Groei van het aantal plaatsingen boven de raming | 60% | € 700.000 | € 420.000 |
| K3 | Hogere huurlasten van de woningen | 40% | € 250.000 | € 100.000 |

In het uiterste geval, als alle risico's zich tegelijk voordoen, resteert een ongedekt bedrag van € 615.000.

## 3. Indicatoren

| Indicator | Nulmeting 2047 | Doel 2049 |
| --- | ---: | ---: |
| Gemiddelde wachttijd voor een plaatsing (dagen) | 41 | 28 |
| Aantal gezinshuizen | 19 | 24 |

## 4. Reserves

| Reserve | Stand 1 januari 2048 | Meegeteld |
| --- | --- | --- |
| Algemene reserve | € 310.000 | volledig |
| Reserve huisvesting | € 95.000 | volledig |

De reserve huisvesting vervalt per 31 december 2049 als zij dan niet is gebruikt.

## 5. Aandeel per gemeente

| Gemeente | Aandeel verdeelsleutel | Aandeel in de reserve |
| --- | --- | --- |
| Hardenberg | 41,5% | € 128.650 |
| Ommen | 33,0% | € 102.300 |
| Dalfsen | 25,5% | € 79.050 |

Dalfsen vroeg wat een verdeling naar inwonertal zou betekenen. Het aandeel van Dalfsen zou dan dalen van 25,5% naar 23,8%.

## 6. Budget

| Onderdeel | 2048 | 2049 | Totaal |
| --- | ---: | ---: | ---: |
| Begeleiding gezinshuisouders | 140.000 | 150.000 | 290.000 |
| Scholing | 35.000 | 30.000 | 65.000 |
| **Totaal** | **175.000** | **180.000** | **355.000** |

## 7. Projecten

| Nr | Project | Bestuurlijk trekker | Budget 2048 | Budget 2049 | Totaal |
| --- | --- | --- | ---: | ---: | ---: |
| 1 | Thuis Nabij | Anna de Vries (Ommen) | 60.000 | 70.000 | 130.000 |
| 2 | Inkoop 2050 | Kees Jansen (Dalfsen) | 40.000 | 45.000 | 85.000 |

## 8. Ouderpanel

Er komt een ouderpanel van tien ouders met ervaring in een gezinshuis. Panelleden krijgen € 30 per bijeenkomst. Het panel adviseert het netwerk over de begeleiding.

## 9. Formatie

Het netwerk heeft structureel een formatie van 6,4 fte.

## 10. Werving

Voor de werving van nieuwe gezinshuisouders is 1,2 fte beschikbaar.

## 11. Huisvesting

Het netwerk huurt in Ommen vier woningen van de woningcorporatie.

## 12. Dekking

| Bron | 2048 | 2049 |
| --- | ---: | ---: |
| Bijdragen gemeenten | 150.000 | 155.000 |
| Fonds Vechtdal | 25.000 | 25.000 |

De wethouder van Raalte is geen trekker van een project, omdat hij al voorzitter is van het ouderpanel.
`;

const analyse = async () => indexWithCuratedFacts('financiele-analyse-netwerk-gezinshuizen-vechtdal-2048.md', ANALYSE);
const text = (result: QaResult) => (result.kind === 'answer' ? result.answer : `(${result.kind})`);
const ask = async (question: string) => (await analyse()).ask(question);

describe('tables read as a reader would (session 37)', () => {
  it('fails at a36b4f2: the heaviest risk of a register under codes is named by its code and its name, not the code alone', async () => {
    const answer = text(await ask('Welk risico weegt het zwaarst in het risicoregister?'));
    expect(answer).toContain('K2 Groei van het aantal plaatsingen');
    expect(answer).toContain('420.000');
  });

  it('fails at a36b4f2: a row named with its unit ("(dagen)") gives that unit to each of its figures', async () => {
    const answer = text(await ask('Wat is de nulmeting van de gemiddelde wachttijd voor een plaatsing en wat is het doel?'));
    expect(answer).toContain('41 dagen');
    expect(answer).toContain('28 dagen');
  });

  it('fails at a36b4f2: "zowel percentage als bedrag" gives the best column of each kind', async () => {
    const answer = text(await ask('Wat is het aandeel van Ommen in de reserve? Zowel percentage als bedrag graag'));
    expect(answer).toContain('33,0%');
    expect(answer).toContain('102.300');
  });

  it('fails at a36b4f2: "begin 2048" is the stand a table dates 1 januari 2048', async () => {
    const answer = text(await ask('Hoe hoog is de algemene reserve begin 2048?'));
    expect(answer).toContain('310.000');
  });

  it('fails at a36b4f2: "in totaal over beide jaren" is the total column of the total row, said once', async () => {
    const answer = text(await ask('Hoeveel geld is er in totaal uitgetrokken over beide jaren?'));
    expect(answer).toContain('355.000');
    expect(answer).not.toMatch(/Totaal: Totaal/);
  });

  it('fails at a36b4f2: "over beide jaren" of a row is its total column, not the latest year', async () => {
    const answer = text(await ask('Hoeveel geld is er voor scholing uitgetrokken over beide jaren?'));
    expect(answer).toContain('65.000');
    expect(answer).not.toContain('30.000');
  });
});

describe('questions read as a reader would (session 37)', () => {
  it('fails at a36b4f2: "hoeveel blijft er ongedekt" asks how much, it counts no "blijft"', async () => {
    const answer = text(await ask('Als alle risico\'s tegelijk optreden, hoeveel blijft er dan ongedekt?'));
    expect(answer).toContain('615.000');
  });

  it('fails at a36b4f2: a verb before its subject after "hoeveel" counts nothing; a noun still does', () => {
    expect(asksHowMuchByVerb('Hoeveel blijft er over?')).toBe(true);
    expect(wordAfterHoeveel('Hoeveel blijft er over?')).toBeUndefined();
    expect(asksHowMuchByVerb('Hoeveel kinderen wonen er in een gezinshuis?')).toBe(false);
    expect(wordAfterHoeveel('Hoeveel kinderen wonen er in een gezinshuis?')).toBe('kinderen');
  });

  it('fails at a36b4f2: "eind vorig jaar vs het jaar daarvoor" asks the two figures of the sentence that counts them', async () => {
    const answer = text(await ask('Hoeveel kinderen zaten er in een gezinshuis, eind vorig jaar vs het jaar daarvoor?'));
    expect(answer).toContain('58');
    expect(answer).toContain('71');
  });

  it('fails at a36b4f2: "t.o.v. nu" compares an option with the figure the document gives, no state of today', async () => {
    const answer = text(await ask('Dalfsen vroeg naar een verdeling op inwonertal; welk aandeel zouden ze dan krijgen t.o.v. nu?'));
    expect(answer).toContain('23,8%');
  });

  it('fails at a36b4f2: a plural of a noun in -s shares a term with its singular ("plaatsen", "plaats")', () => {
    const singular = new Set(termsOf('plaats'));
    expect(termsOf('plaatsen').some((t) => singular.has(t))).toBe(true);
    expect(termsOf('kansen').some((t) => new Set(termsOf('kans')).has(t))).toBe(true);
  });
});

describe('later in session 37: rows named, amounts paid, asks apart', () => {
  it('fails at a36b4f2: a row that names none of the name asked ("Inkoop 2050" for "Thuis Nabij in 2050") is about another project', async () => {
    const answer = text(await ask('Hoeveel budget is er voor Thuis Nabij in 2050 gereserveerd?'));
    expect(answer).not.toContain('Inkoop 2050');
    expect(answer).not.toContain('85.000');
    expect(text(await ask('Hoeveel budget is er voor Thuis Nabij in 2049?'))).toContain('70.000');
  });

  it('fails at a36b4f2: "welke vergoeding" is answered by the sentence with the amount paid', async () => {
    // At the start the sentence came with the remark that nothing was found about "vergoeding".
    const result = await ask('Welke vergoeding krijgen de ouders in het ouderpanel?');
    expect(text(result)).toContain('30 per bijeenkomst');
    expect(result.kind === 'answer' && result.unanswered).toBeFalsy();
  });

  it('fails at a36b4f2: "hoeveel daarvan" asks a part of what the first ask counts', async () => {
    const answer = text(await ask('Hoeveel fte heeft het netwerk structureel en hoeveel daarvan is beschikbaar voor werving?'));
    expect(answer).toContain('6,4');
    expect(answer).toContain('1,2');
  });

  it('guard (passes at a36b4f2): two asks answered from two sections, each from its own', async () => {
    const answer = text(await ask('Wat is de structurele formatie van het netwerk en hoeveel woningen huurt het in Ommen?'));
    expect(answer).toContain('6,4');
    expect(answer).toContain('vier woningen');
  });
});

describe('later still in session 37: the case of an ask, rows with their year, a concept by its last word', () => {
  it('fails at a36b4f2: "als ..., hoeveel ...?" weighs the ask above the words of its case', async () => {
    const answer = text(await ask('Als echt alle risico\'s tegelijk optreden, hoeveel blijft er dan ongedekt?'));
    expect(answer).toContain('615.000');
  });

  it('fails at a36b4f2: "graag de bronnen met bedragen" lists every row of the table of bronnen, with the year asked', async () => {
    const answer = text(await ask('Hoe wordt het netwerk in 2049 gefinancierd? Graag de bronnen met bedragen'));
    expect(answer).toContain('Bijdragen gemeenten (2049: 155.000)');
    expect(answer).toContain('Fonds Vechtdal (2049: 25.000)');
  });

  it('fails at a36b4f2: a document that names bestuurlijk trekkers goes on about "trekker"', async () => {
    const answer = text(await ask('Waarom is de wethouder van Raalte geen bestuurlijk trekker?'));
    expect(answer).toContain('voorzitter is van het ouderpanel');
  });
});

describe('a "no" said first (session 37)', () => {
  it('fails at a36b4f2 (deniesThingAsked is new): "is er X?" answered by a text that says there is no X opens with "Nee"', () => {
    const answer = 'Gemeenten en aanbieders werken samen aan het convenant. Er is geen apart werkbudget voor: aanbieders betalen zelf.';
    expect(deniesThingAsked('Is er werkbudget nodig voor het convenant?', answer)).toBe(true);
    expect(deniesThingAsked('Is er een fonds voor de scholing?', 'Voor de scholing is er een fonds van € 25.000.')).toBe(false);
    expect(deniesThingAsked('Wat kost het convenant?', answer)).toBe(false);
  });
});

describe('an end date, footnotes and a verb apart (session 37)', () => {
  it('fails at a36b4f2: "tot wanneer blijft X bestaan?" asks when X ends, which the text says with "vervalt"', async () => {
    const answer = text(await ask('Tot wanneer blijft de reserve huisvesting bestaan?'));
    expect(answer).toContain('31 december 2049');
  });

  it('fails at a36b4f2: a footnote after a sentence is a sentence of its own', () => {
    expect(splitSentences('De reserve vervalt per 31 december 2047. ² De simulatie is door een bureau uitgevoerd.')).toHaveLength(2);
  });

  it('fails at a36b4f2: "koppelt ... terug" in a text is the verb terugkoppelen', () => {
    expect(withJoinedVerbs('De kerngroep koppelt de uitkomsten terug aan het PFO.')).toContain('terugkoppelen');
  });
});
