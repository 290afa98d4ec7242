import { indexWithCuratedFacts } from '../helpers/knowledge-from-markdown';
import type { QaResult } from '../../src/features/qa/qa.domain';
import { rowsMeetingCondition } from '../../src/features/qa/table-conditions';
import { comparesRows } from '../../src/features/qa/table-answer';
import { Speller } from '../../src/features/qa/spelling';
import { askedForThing } from '../../src/features/qa/unknown-things';
import { warmUpDutchWords } from '../../src/features/qa/dutch-dictionary';

// An invented half-year report of a music school council, with the tables such a report has: money per school against
// its budget, lessons per instrument over two years, waiting times against a norm with a "norm gehaald?" column, the
// largest suppliers with a risk class, open escalations by reference, and an action list with a status column.
const REPORT = `# Halfjaarrapportage Muziekraad Teststad 2039

## 1. Geld

### 1.1 Kosten per school

De scholen krijgen elk jaar een budget voor muziekles. Tabel 1 zet per school het budget 2039 af tegen de rekeningen die tot en met juni zijn betaald en wat we voor het hele jaar verwachten.

**Tabel 1. Kosten per school (bedragen x € 1.000)**

| School | Budget 2039 | Realisatie 1e halfjaar | Prognose 2039 | Verschil (€) | Verschil (%) |
| --- | --- | --- | --- | --- | --- |
| Het Conservatorium | 400 | 190 | 440 | +40 | +10,0% |
| De Harmonie | 900 | 430 | 950 | +50 | +5,6% |
| Het Koor | 300 | 140 | 290 | -10 | -3,3% |
| De Fanfare | 250 | 110 | 235 | -15 | -6,0% |
| **Totaal** | **1.850** | **870** | **1.915** | **+65** | **+3,5%** |

### 1.2 Verklaring

**De Harmonie** laat in euro's de grootste overschrijding zien. Er kwamen in maart nog late rekeningen over 2038 binnen.

**Het Conservatorium** heeft procentueel de zwaarste overschrijding. Die is grotendeels terug te voeren op de huur van een tweede concertzaal sinds februari. Het bestuur onderzoekt of die huur volgend jaar kan vervallen.

## 2. Lessen

Tabel 2 vergelijkt het aantal lopende lessen per instrument met het eerste halfjaar van 2038.

**Tabel 2. Lopende lessen per instrument**

| Instrument | 1e halfjaar 2038 | 1e halfjaar 2039 | Verschil | Verschil (%) |
| --- | --- | --- | --- | --- |
| Piano | 410 | 452 | +42 | +10,2% |
| Viool | 220 | 205 | -15 | -6,8% |
| Slagwerk | 130 | 141 | +11 | +8,5% |

## 3. Wachttijden

De wachttijd is het gemiddelde aantal weken dat een leerling wacht tussen aanmelding en eerste les. De normen zijn de streefwaarden uit het jaarplan.

**Tabel 3. Gemiddelde wachttijd tegen de norm (in weken)**

| Instrument | Norm | 2e halfjaar 2038 | 1e halfjaar 2039 | Wachtenden op 30 juni 2039 | Norm gehaald? |
| --- | --- | --- | --- | --- | --- |
| Piano | 6 | 7,5 | 8,2 | 61 | Nee |
| Viool | 6 | 5,1 | 4,4 | 12 | Ja |
| Slagwerk | 4 | 4,8 | 3,9 | 9 | Ja |
| Zang | 4 | 5,2 | 6,1 | 17 | Nee |

## 4. Leveranciers

**Tabel 4. Vijf grootste leveranciers**

| Nr | Leverancier | Omzet (x € 1.000) | Risicoklasse | Contactpersoon |
| --- | --- | --- | --- | --- |
| 1 | Stichting Klankbord | 310 | Midden | Ruud Hekman |
| 2 | Snaarwerk BV | 280 | Hoog | Femke Brandsma |
| 3 | De Trommelaar | 150 | Laag | Ruud Hekman |
| 4 | Notenbalk Verhuur | 120 | Hoog | Femke Brandsma |
| 5 | Akkoord Onderhoud | 90 | Laag | Ruud Hekman |

## 5. Lopende geschillen

Het geschillenprotocol kent drie treden: contactpersoon, directeur en ten slotte het bestuur.

**Tabel 5. Geschillen in behandeling**

| Kenmerk | Leverancier | Aanleiding | Huidig niveau | Volgende stap |
| --- | --- | --- | --- | --- |
| GES-2039-02 | Snaarwerk BV | Te late levering van veertig violen | Directeur | Gesprek op 3 september 2039 |
| GES-2039-05 | Notenbalk Verhuur | Huurprijs verhoogd zonder overleg | Bestuur | Besluit bestuur op 20 oktober 2039 |

## 6. Acties

**Tabel 6. Actielijst**

| Nr | Actie | Eigenaar | Deadline | Status |
| --- | --- | --- | --- | --- |
| B-01 | Huur tweede concertzaal heroverwegen | Directeur | 1 oktober 2039 | Op schema |
| B-02 | Wachtlijst piano verkleinen met extra docent | Teamleider piano | 1 juli 2039 | Vertraagd, nieuwe datum 1 november 2039 |
| B-03 | Nieuwe huurafspraken met Notenbalk Verhuur | Contactpersoon | 15 juni 2039 | Vertraagd |
| B-04 | Jaarplan 2040 opstellen | Bestuur | 1 december 2039 | Nog niet gestart |
`;

/** An index of the bot's own knowledge with one document an administrator added. */
const withDocument = (file: string, markdown: string) => async () => indexWithCuratedFacts(file, markdown);
const report = withDocument('muziekraad.md', REPORT);
const text = (r: QaResult) => (r.kind === 'answer' ? r.answer : r.kind);

describe('rows of a report\'s table that meet a condition (session 27)', () => {
  it('"welke ... halen de norm niet" lists the rows whose "Norm gehaald?" says nee', async () => {
    const answer = text((await report()).ask('Voor welke instrumenten halen we de wachttijdnorm niet?'));
    expect(answer).toMatch(/Norm gehaald\? Nee: Piano, Zang\./);
  });

  it('"langer dan we als maximum hebben afgesproken" asks where the norm is not met', async () => {
    const answer = text((await report()).ask('Bij welke instrumenten wachten leerlingen langer dan we met elkaar als maximum hebben afgesproken?'));
    expect(answer).toContain('Piano, Zang');
  });

  it('"in de hoogste risicoklasse" is the top of the scale laag-midden-hoog, not the largest turnover of "de vijf grootste"', async () => {
    const answer = text((await report()).ask('Welke van de vijf grootste leveranciers vallen in de hoogste risicoklasse?'));
    expect(answer).toMatch(/Risicoklasse hoog: Snaarwerk BV, Notenbalk Verhuur\./);
    expect(answer).not.toContain('Hoogste omzet');
  });

  it('"houden geld over" are the rows expected under their budget', async () => {
    const answer = text((await report()).ask('Welke scholen houden volgens de prognose geld over?'));
    expect(answer).toContain('Het Koor');
    expect(answer).toContain('De Fanfare');
    expect(answer).not.toMatch(/De Harmonie \(/);
  });

  it('a status named in other words ("lopen achter") lists every row whose status opens with it', async () => {
    const answer = text((await report()).ask('Welke acties uit de actielijst lopen achter op de planning?'));
    expect(answer).toContain('B-02');
    expect(answer).toContain('B-03');
    expect(answer).not.toMatch(/B-01 \(/);
  });

  it('a column the question names but does not constrain answers no condition (the rule is direct, no index needed)', () => {
    const table = { caption: '', headers: ['Instrument', 'Norm gehaald?'], rows: [['Piano', 'Nee'], ['Viool', 'Ja']] };
    const terms = (t: string) => new Set(t.toLowerCase().match(/\p{L}+/gu) ?? []);
    expect(rowsMeetingCondition('Hoe vaak is de norm gehaald?', table, terms)).toBeUndefined();
    expect(rowsMeetingCondition('Welke instrumenten halen de norm wel?', table, terms)).toMatchObject({ kind: 'answer', text: expect.stringContaining('Ja: Viool.') });
  });
});

describe('rows past a figure the question names (session 27)', () => {
  it('"langer dan 5 weken" lists the rows of the latest period past it, in the caption\'s unit; the figure need not be in the text', async () => {
    const answer = text((await report()).ask('Bij welke instrumenten is de wachttijd langer dan 5 weken?'));
    expect(answer).toContain('1e halfjaar 2039 boven 5 weken: Piano (8,2 weken), Zang (6,1 weken).');
  });

  it('"meer dan 200 duizend euro" is compared in euros with a column in thousands', async () => {
    const answer = text((await report()).ask('welke leveranciers hebben een omzet van meer dan 200 duizend euro?'));
    expect(answer).toContain('Omzet boven 200 duizend euro: Stichting Klankbord (310 (x € 1.000)), Snaarwerk BV (280 (x € 1.000)).');
  });
});

describe('changes between periods and differences of one row (session 27)', () => {
  it('"beter geworden tov de tweede helft van 2038" gives both periods, not only the year asked', async () => {
    const answer = text((await report()).ask('Is de wachttijd voor viool beter geworden tov de tweede helft van 2038? Van hoeveel naar hoeveel weken?'));
    expect(answer).toContain('5,1');
    expect(answer).toContain('4,4');
    expect(answer).not.toContain('Wachtenden');
  });

  it('"met hoeveel gegroeid" is the difference column, with the two periods it lies between', async () => {
    const answer = text((await report()).ask('Met hoeveel is het aantal pianolessen gegroeid?'));
    expect(answer).toContain('+42');
    expect(answer).toContain('410');
    expect(answer).toContain('452');
  });

  it('a row\'s difference comes with the columns it is taken between, in the unit of the caption', async () => {
    const answer = text((await report()).ask('Hoeveel gaat Het Conservatorium naar verwachting over het budget heen?'));
    expect(answer).toContain('+40 (x € 1.000)');
    expect(answer).toContain('Prognose 2039: 440');
    expect(answer).not.toContain('Realisatie');
  });

  it('"binnengekomen" asks what was paid out so far: the Realisatie column', async () => {
    const answer = text((await report()).ask('hoeveel is er voor de harmonie t/m juni al binnengekomen aan rekeningen?'));
    expect(answer).toContain('430');
  });
});

describe('guards of the new words (session 27; the second passed before these rules too)', () => {
  it('"houden ... over" is money left only of money: "wie houdt er toezicht over?" compares nothing', () => {
    expect(comparesRows('Welke gemeenten houden geld over?')).toBe(true);
    expect(comparesRows('Wie houdt er toezicht over?')).toBe(false);
  });

  it('"binnengekomen" asks for spending only of money: "hoeveel klachten zijn binnengekomen" is still read from a table of counts', async () => {
    const answer = text((await report()).ask('Hoeveel lessen piano waren er in het eerste halfjaar van 2039?'));
    expect(answer).toContain('452');
  });
});

describe('words of a report\'s text and rows (session 27)', () => {
  it('a row whose first column is its reference ("Kenmerk") is named by the party in the next cell', async () => {
    const answer = text((await report()).ask('Op welke trede ligt het geschil met Snaarwerk?'));
    expect(answer).toContain('Directeur');
  });

  it('a paragraph opened in bold is a paragraph of its own: the cause asked comes without the sentence before it', async () => {
    const answer = text((await report()).ask('Hoe komt het dat Het Conservatorium zo ver boven budget uitkomt?'));
    expect(answer).toContain('tweede concertzaal');
    expect(answer).not.toContain('late rekeningen');
  });

  it('"zit ... voor <noun>" is a preposition, not "voorzitten": the comparison is still read', async () => {
    const answer = text((await report()).ask('Welke school zit procentueel het verst boven haar budget voor muziekles?'));
    expect(answer).toContain('Hoogste verschil: Het Conservatorium');
  });
});

describe('honest answers and plain words (session 27)', () => {
  beforeAll(() => warmUpDutchWords());

  it('a plural the dictionary lists only as its singular is no typo: "leerlingen" stays, it is not "leergingen"', () => {
    const speller = new Speller(['wachten', 'leerling', 'langer', 'gingen']);
    expect(speller.correct('wachten leerlingen langer')).toBe('wachten leerlingen langer');
  });

  it('"hoe zijn de wachttijden in ..." names the thing asked, which an answer must say (else "niet gevonden")', () => {
    expect(askedForThing('Hoe zijn de wachttijden jeugd-ggz in regio Twente, doen ze het daar beter?')).toBe('wachttijden');
    expect(askedForThing('Hoe is het budget verdeeld?')).toBe('budget');
  });

  it('a question naming a gemeente and "boven budget" is about the domain: not declined as off-topic', async () => {
    const result = (await report()).ask('Hoe komt het dat Kampen zo ver boven budget uitkomt?');
    expect(result.kind === 'none' && result.reason).not.toBe('out-of-domain');
  });
});

// An invented agreement with the tables such an agreement has: a key for sharing costs, indicators with how often they
// are reported, a planning.
const AGREEMENT = `# Samenwerkingsovereenkomst Sportbureau Teststad 2040-2043

## Artikel 1. Diensten

1. Het Sportbureau levert de volgende diensten aan de deelnemende gemeenten:
a. inkoop van sportaccommodaties;
b. beheer van subsidies voor sportverenigingen;
c. advies over beweegbeleid.

## Artikel 2. Verdeelsleutel

1. De kosten worden verdeeld naar inwonertal.

| Gemeente | Aandeel (%) | Bijdrage 2040 (€) | Voorschot per kwartaal (€) |
| --- | --- | --- | --- |
| Aastad | 40,0 | 800.000 | 200.000 |
| Beedorp | 35,0 | 700.000 | 175.000 |
| Ceeveen | 25,0 | 500.000 | 125.000 |
| **Totaal** | **100,0** | **2.000.000** | **500.000** |

## Artikel 3. Prestatie-indicatoren

| Indicator | Norm | Rapportage |
| --- | --- | --- |
| Tijdige betaling subsidies | 95% binnen 30 dagen | Per kwartaal |
| Klanttevredenheid gemeenten | gemiddeld 7,5 | Jaarlijks |
| Doorlooptijd adviesaanvragen | 80% binnen 6 weken | Per kwartaal |
| Bezettingsgraad accommodaties | minimaal 70% | Halfjaarlijks |

## Artikel 4. Planning

| Product | Deadline | Vastgesteld door |
| --- | --- | --- |
| Kadernota 2041 | 1 februari 2040 | Bestuur |
| Jaarrekening 2039 | 15 april 2040 | Bestuur |
| Begroting 2041 | 1 juli 2040 | Bestuur na zienswijze raden |
`;

describe('tables of an agreement (session 27)', () => {
  const agreement = withDocument('sportbureau.md', AGREEMENT);

  it('"welke indicatoren worden elk kwartaal gerapporteerd" lists the rows reported per kwartaal, not every indicator', async () => {
    const answer = text((await agreement()).ask('welke indicatoren worden elk kwartaal gerapporteerd?'));
    expect(answer).toContain('Tijdige betaling subsidies, Doorlooptijd adviesaanvragen.');
    expect(answer).not.toMatch(/Klanttevredenheid gemeenten[,.] Vergeleken|^1\./);
  });

  it('a value named by the terms of its words ("ieder kwartaal" for "Per kwartaal"), in a column of frequencies whatever its header', async () => {
    const answer = text((await agreement()).ask('over welke prestatie-indicatoren moet ieder kwartaal gerapporteerd worden?'));
    expect(answer).toContain('per kwartaal: Tijdige betaling subsidies, Doorlooptijd adviesaanvragen.');
  });

  it('an amount under a header "(€)" is written with the euro sign first', async () => {
    const answer = text((await agreement()).ask('hoeveel betaalt Beedorp per kwartaal als voorschot?'));
    expect(answer).toContain('€ 175.000');
  });
});

// An invented annual note with norms but no column saying whether each was met.
const NORMS = `# Jaarbericht Bibliotheekraad Teststad 2040

## 3. Wachttijden

De wachttijd is het gemiddelde aantal weken tussen aanvraag en levering van een boek. De normen staan in het dienstverleningsplan.

**Tabel 3. Wachttijd per collectie (in weken)**

| Collectie | Norm | 2039 | 2040 | Binnen norm 2040 (%) |
| --- | --- | --- | --- | --- |
| Romans | 2 | 2,4 | 1,8 | 92% |
| Studieboeken | 3 | 3,1 | 3,6 | 71% |
| Strips | 2 | 1,5 | 2,6 | 64% |
| Kinderboeken | 1 | 0,9 | 0,8 | 98% |

## 4. Tevredenheid

| Vestiging | Streefwaarde | Score 2040 |
| --- | --- | --- |
| Centrum | minimaal 7,5 | 7,9 |
| Noord | minimaal 7,5 | 7,1 |
| Zuid | minimaal 7,5 | 7,4 |
`;

describe('rows measured against a column of norms (session 27)', () => {
  const norms = withDocument('bibliotheekraad.md', NORMS);

  it('"welke ... halen de norm niet" compares the latest year to the norm: above a norm of at most', async () => {
    const answer = text((await norms()).ask('welke collecties halen de norm voor de wachttijd niet?'));
    expect(answer).toContain('Norm niet gehaald: Studieboeken (3,6 tegen 3), Strips (2,6 tegen 2).');
  });

  it('a year asked picks that year\'s column: "in 2039 boven de norm"', async () => {
    const answer = text((await norms()).ask('bij welke collecties lag de wachttijd in 2039 boven de norm?'));
    expect(answer).toContain('Boven de norm: Romans (2,4 tegen 2), Studieboeken (3,1 tegen 3).');
  });

  it('a norm of at least ("minimaal 7,5") is missed below it', async () => {
    const answer = text((await norms()).ask('welke vestigingen halen de streefwaarde voor tevredenheid niet?'));
    expect(answer).toContain('Norm niet gehaald: Noord (7,1 tegen minimaal 7,5), Zuid (7,4 tegen minimaal 7,5).');
  });
});

// An invented annual report's register of complaints: a column of who handled each, a column of how each stands.
const COMPLAINTS = `# Jaarverslag Zwembadraad Teststad 2040

## 5. Klachten over exploitanten

In 2040 kwamen vijf klachten binnen die tot een formele procedure leidden.

**Tabel 5. Klachten in 2040**

| Kwartaal | Exploitant | Onderwerp | Behandeld door | Stand op 31 december 2040 |
| --- | --- | --- | --- | --- |
| Q1 | Zwemparadijs BV | Te koud water | Directeur | Afgerond |
| Q1 | Bad Noord | Sluiting zonder melding | Bestuur | Afgerond |
| Q2 | Zwemparadijs BV | Personeelstekort | Directeur | Loopt |
| Q3 | Aquaplein | Hygiëne | Bestuur | Loopt |
| Q4 | Bad Noord | Tariefverhoging | Directeur | Afgerond |
`;

describe('rows of a register that hold a value (session 27)', () => {
  const complaints = withDocument('zwembadraad.md', COMPLAINTS);

  it('a value of a column of a few classes names the column, whatever its header ("naar het bestuur": "Behandeld door")', async () => {
    const answer = text((await complaints()).ask('welke klachten gingen naar het bestuur?'));
    expect(answer).toContain('Behandeld door bestuur: Q1 (Bad Noord), Q3 (Aquaplein).');
  });

  it('"hoeveel klachten ..." counts the rows that hold the value, when the rows are what is counted', async () => {
    const answer = text((await complaints()).ask('hoeveel klachten zijn door het bestuur behandeld?'));
    expect(answer).toMatch(/Behandeld door bestuur: 2 \(/);
  });
});
