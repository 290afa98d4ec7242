import { indexOfMarkdown } from '../helpers/knowledge-from-markdown';
import { inDocumentWords } from '../../src/features/qa/everyday-words';
import { asksCause, asksCauseOnly } from '../../src/features/qa/asked-elaboration';
import type { QaResult } from '../../src/features/qa/qa.domain';
import { withoutIdioms } from '../../src/features/qa/question-frames';
import { withoutIndirectAmount } from '../../src/features/qa/question-rewrites';
import { withoutYearsOfNames } from '../../src/features/qa/year-editions';

const answer = (r: QaResult) => (r.kind === 'answer' ? r.answer : '');

// An invented survey report (not an evaluation document): a table of scores per theme, and prose that says why a score
// rose or fell, one sentence after the figure.
const ONDERZOEK = `# Bewonersonderzoek zwembaden Voorbeeldstad 2030

## 1. Uitkomsten

| Thema | 2028 | 2030 |
|---|---|---|
| Schoonmaak | 6,1 | 7,2 |
| Openingstijden | 7,4 | 6,5 |
| Personeel | 7,9 | 8,0 |

## 2. Schoonmaak

Bezoekers zijn veel positiever over de schoonmaak dan twee jaar eerder: het cijfer steeg van 6,1 naar 7,2. Een aannemelijke verklaring is het nieuwe schoonmaakrooster dat sinds maart 2029 geldt, met een extra ronde in de middag.

## 3. Openingstijden

Het oordeel over de openingstijden is gedaald. Bezoekers noemen vooral het vervallen van het vroege baantjeszwemmen. De daling is vooral toe te schrijven aan het sluiten van het bad op maandagochtend, dat door personeelstekort niet meer open kon.

## 4. Personeel

Het personeel scoort opnieuw het hoogst. Bezoekers roemen de vriendelijkheid van de badmeesters.
`;

describe('a cause asked', () => {
  const kb = indexOfMarkdown(ONDERZOEK, 'bewonersonderzoek.md');

  it('is answered by the sentence that says why, not by the row of the table with the figure', () => {
    expect(answer(kb.ask('Waarom is het cijfer voor schoonmaak zo gestegen?'))).toContain('schoonmaakrooster');
    expect(answer(kb.ask('Wat verklaart de daling bij de openingstijden?'))).toContain('maandagochtend');
    expect(answer(kb.ask('hoe komt het dat het oordeel over de openingstijden zo gedaald is?'))).toContain('maandagochtend');
  });

  it('leaves a figure asked to the table', () => {
    expect(answer(kb.ask('Welk cijfer kreeg schoonmaak in 2030?'))).toContain('7,2');
  });

  it('is read from "waarom", "waardoor", "wat verklaart", "hoe komt het dat" and "waar komt dat door"', () => {
    for (const q of ['Waardoor zijn de kosten gestegen?', 'Wat verklaart de daling?', 'Hoe komt het dat er zoveel wachten?', 'Het cijfer daalde; waar komt dat door?']) expect(asksCause(q)).toBe(true);
    expect(asksCause('Hoeveel daalde het cijfer?')).toBe(false);
    expect(asksCauseOnly('Hoeveel daalde het cijfer en hoe komt dat?')).toBe(false);
  });
});

describe('a figure that turned out higher or lower', () => {
  it('is no "uitval" (absence of staff): "hoger uitgevallen dan begroot" is over budget', () => {
    expect(inDocumentWords('Waardoor zijn de kosten hoger uitgevallen dan begroot?')).toBe('Waardoor zijn de kosten hoger dan begroot?');
    expect(inDocumentWords('Hoeveel medewerkers zijn uitgevallen?')).toBe('Hoeveel medewerkers zijn uitgevallen?');
  });
});

// An invented evaluation (not an evaluation document): recommendations, each opening with the party that is to act.
const EVALUATIE = `# Evaluatie proef deelfietsen Voorbeeldstad 2031

## 3. Werkwijze

De begeleidingsgroep met een lid van het Mobiliteitsoverleg las de conceptversies van dit rapport mee.

## 6. Aanbevelingen

Wij doen de volgende aanbevelingen, elk met de partij die aan zet is:

1. **Gemeenteraad:** besluit voor 1 juli 2032 of de proef een vervolg krijgt.
2. **Fietsbureau, samen met de vervoerders:** stel een gezamenlijke dataset op met vaste definities van een rit.
3. **Vervoerders van deelfietsen:** plaats in elke wijk minstens twee stallingen.
4. **Mobiliteitsoverleg:** herzie de tarieven bij de begroting van 2033, uiterlijk in september 2032.
`;

describe('what a party is to do, from a list whose items open with the party in bold', () => {
  const kb = indexOfMarkdown(EVALUATIE, 'evaluatie-deelfietsen.md');

  it('gives the items of the party asked, not a sentence elsewhere that names it', () => {
    const mo = answer(kb.ask('Wat moet het Mobiliteitsoverleg volgens de evaluatie doen?'));
    expect(mo).toContain('herzie de tarieven');
    expect(mo).not.toContain('begeleidingsgroep');
    const vervoerders = answer(kb.ask('Welke aanbevelingen zijn er voor de vervoerders van deelfietsen?'));
    expect(vervoerders).toContain('stallingen');
    expect(vervoerders).not.toContain('besluit voor 1 juli');
  });
});

// An invented evaluation (not an evaluation document): a decision still to take, and the decision taken.
const BESLUIT = `# Evaluatie buurtbus Voorbeelddorp 2030

## 1. Doel van deze evaluatie

De evaluatie levert een onderbouwde basis voor het besluit van de gemeenteraad over voortzetting van de buurtbus na de proef.

## 7. Bestuurlijke reactie

De gemeenteraad heeft het rapport besproken in zijn vergadering van 4 maart 2031. De gemeenteraad heeft het volgende besloten:

- de buurtbus blijft rijden tot en met 31 december 2031;
- de dienstregeling wordt uitgebreid met de zaterdag.
`;

describe('what was decided about something', () => {
  const kb = indexOfMarkdown(BESLUIT, 'evaluatie-buurtbus.md');

  it('is answered by the passage that reports the decision taken, not by one about a decision still to take', () => {
    expect(answer(kb.ask('Wat heeft de gemeenteraad besloten naar aanleiding van de evaluatie van de buurtbus?'))).toContain('zaterdag');
  });
});

describe('an earlier measurement and now', () => {
  const kb = indexOfMarkdown(ONDERZOEK, 'bewonersonderzoek.md');

  it('asks the figures of a report, not the state of today: the column of the year before the latest, and the latest', () => {
    expect(answer(kb.ask('Welk cijfer kreeg schoonmaak bij de vorige meting?'))).toContain('6,1');
    const both = answer(kb.ask('Welk cijfer kreeg schoonmaak bij de vorige meting en welk nu?'));
    expect(both).toContain('6,1');
    expect(both).toContain('7,2');
  });
});

// Review of session 17: ordinary questions the new rules must leave alone (invented sentences).
describe('the rules of this page leave ordinary questions alone', () => {
  it('"hoe komt het budget tot stand" asks how, not why; "hoe komt het dat" and "hoe komt dat?" ask why', () => {
    expect(asksCause('Hoe komt het budget tot stand?')).toBe(false);
    expect(asksCause('Hoe komt het geld bij de aanbieders terecht?')).toBe(false);
    expect(asksCause('Het cijfer daalde, hoe komt dat?')).toBe(true);
    expect(asksCauseOnly('Waarom is de bijdrage gestegen en naar welk bedrag?')).toBe(false);
  });

  it('a vote count is no tie, a distributive "hoeveel" is asked, and a moment with an article keeps its year', () => {
    expect(withoutIdioms('Hoeveel leden stemden er voor en er tegen?')).toBe('Hoeveel leden stemden er voor en er tegen?');
    expect(withoutIdioms('Wat als het vijf voor en vijf tegen is?')).toContain('stemmen staken');
    expect(withoutIndirectAmount('Welke gemeente betaalt hoeveel aan het werkbudget?')).toContain('hoeveel');
    expect(withoutIndirectAmount('Hoe wordt vastgelegd hoeveel voorschot elke gemeente betaalt?')).not.toContain('hoeveel');
    expect(withoutYearsOfNames('Na de gemeenteraadsverkiezingen 2026 wordt het reglement geëvalueerd.')).toContain('2026');
    expect(withoutYearsOfNames('Dat staat in de ontwerpbegroting 2029.')).not.toContain('2029');
  });
});

describe('a letter whose kind its head names, not its title', () => {
  it('answers a field of its head asked by that kind ("de raadsinformatiebrief")', () => {
    const kb = indexOfMarkdown(`# Stand van zaken wachttijden Noordkwartier

**Raadsinformatiebrief** **Kenmerk:** NK-2030-118 **Datum:** 14 mei 2030 **Aan:** de gemeenteraad

Geachte leden van de raad,

De gemiddelde wachttijd voor ambulante hulp is gedaald naar zeven weken.
`, 'brief-wachttijden.md');
    expect(answer(kb.ask('Wat is het kenmerk van de raadsinformatiebrief over de wachttijden?'))).toBe('Kenmerk: NK-2030-118');
  });
});
