import { parseDocument } from '../../src/features/qa/ingest.service';
import { KnowledgeIndex } from '../../src/features/qa/knowledge-index';
import { withFootnotesInPlace } from '../../src/features/qa/footnotes';
import type { Fact, QaResult } from '../../src/features/qa/qa.domain';

// An invented kadernota as text comes out of a PDF: footnote numbers stuck to the last word of a sentence, and the
// notes themselves at the foot of the page, in the middle of the next paragraph.
const KADERNOTA = `Kadernota Sportraad Testdorp 2039

1. Organisatie
Binnen de organisatie werken we aan sport en spel en aan de samenwerking die de clubs
verbindt1. Uiteraard hangt dit samen. Daarnaast werken we met vrijwilligers.
Conform de afspraak wordt het ledenmodel geëvalueerd en zal de focus van de raad meer liggen op de risico's van het
ledenmodel, de doelen van de clubs en de effecten van de trainingen. De resultaten van deze evaluatie alsook van de
herziening van het trainingsplan komen medio 2039 beschikbaar2 .
Wij blijven in gesprek met de clubs over de
1 Dit alles onder voorbehoud van de uitkomst van de Week van het Bewegen en de herijking van
de opdracht aan de Sportraad.
2 De mate waarin dit lukt is mede afhankelijk van de besluitvorming over de begrotingswijziging 2038.
verdeling van de velden.

2. Middelen
De Sportraad heeft structureel een formatie van 3,5 fte3.
3 In 2038 loopt een onderzoek naar de omvang van de formatie voor de ledenadministratie. Dit heeft mogelijk gevolgen voor de omvang van de structurele formatie 2039.
Het opleidingsbudget is € 4.000.
`;

const text = (r: QaResult) => (r.kind === 'answer' ? r.answer : r.kind);
const passages = async () => (await parseDocument('kadernota-sportraad.txt', Buffer.from(KADERNOTA))).passages;

describe('footnotes of a text extracted from a PDF', () => {
  it('puts each note after the sentence whose word carries its number, and takes the number off that word', () => {
    const lines = withFootnotesInPlace(KADERNOTA.split('\n'));
    expect(lines.join('\n')).toMatch(/clubs\nverbindt\. Voetnoot: Dit alles onder voorbehoud van de uitkomst van de Week van het Bewegen en de herijking van de opdracht aan de Sportraad\. Uiteraard/);
    expect(lines.join('\n')).toMatch(/beschikbaar\. Voetnoot: De mate waarin dit lukt/);
    expect(lines.join('\n')).toMatch(/3,5 fte\. Voetnoot: In 2038 loopt een onderzoek/);
    expect(lines.some((l) => /^\d /.test(l))).toBe(false);
    // The paragraph the notes fell into is whole again.
    expect(lines.join('\n')).toMatch(/over de\nverdeling van de velden/);
  });

  it('leaves numbered headings and lines whose number no word carries as they are', () => {
    const lines = ['De clubs leveren elk jaar hun wensen aan.', '3 Werkorganisatie van de Sportraad', '4 De Sportraad vergadert vier keer per jaar in het clubhuis.'];
    expect(withFootnotesInPlace(lines)).toEqual(lines);
  });

  it('answers what a note says about the sentence it qualifies', async () => {
    const index = new KnowledgeIndex([], await passages());
    const reservation = text(index.ask('Bij de organisatie staat een voorbehoud in een voetnoot. Waar hangt dat voorbehoud van af?'));
    expect(reservation).toMatch(/Week van het Bewegen/);
    // The note comes with the sentence it belongs to.
    expect(reservation).toMatch(/de clubs verbindt\. Voetnoot:/);
    expect(text(index.ask('Is het zeker dat de evaluatie van het ledenmodel medio 2039 klaar is, of hangt dat nog ergens van af?'))).toMatch(/begrotingswijziging 2038/);
  });

  it('quotes a source sentence that points back ("Dit heeft ...") with the sentence before it', async () => {
    const fact: Fact = {
      id: 'formatie',
      questions: ['Hoe groot is de formatie van de Sportraad?'],
      keywords: ['formatie', 'fte'],
      answer: 'De Sportraad heeft structureel een formatie van 3,5 fte.',
      source: { title: 'Kadernota Sportraad Testdorp 2039', section: '2. Middelen' },
    };
    const index = new KnowledgeIndex([fact], await passages());
    const answer = text(index.ask('Kan de structurele formatie van de Sportraad voor 2039 nog veranderen, en zo ja waardoor?'));
    expect(answer).toMatch(/Dit heeft mogelijk gevolgen/);
    expect(answer).toMatch(/onderzoek naar de omvang van de formatie voor de ledenadministratie/);
  });
});
