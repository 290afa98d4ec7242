import { parseDocument } from '../../src/features/qa/ingest.service';
import { KnowledgeIndex } from '../../src/features/qa/knowledge-index';
import { twoAsks } from '../../src/features/qa/question-setup';

// An invented proposal: a table of costs per year and a planning table, each asked two rows at once.
const VOORSTEL = `# Voorstel zwembadvervoer Testland 2031

## Kosten

De tabel geeft de kosten per post en per jaar. Het busvervoer kost in 2031 € 410.000, vooral door de langere ritten.

| Post | 2030 | 2031 | 2032 |
| --- | --- | --- | --- |
| Busvervoer | € 0 | € 410.000 | € 420.000 |
| Begeleiding in de bus (incidenteel) | € 35.000 | € 12.000 | € 0 |
| Inkoop en contractering (incidenteel) | € 48.000 | € 0 | € 0 |
| Totaal | € 83.000 | € 422.000 | € 420.000 |

## Planning

| Stap | Datum |
| --- | --- |
| Besluit van de dorpsraad | 3 maart 2030 |
| Gunning aan de vervoerder | 15 juni 2030 |
| Eerste rit van de zwembadbus | 1 september 2030 |
`;

const index = async () => new KnowledgeIndex([], (await parseDocument('zwembadvervoer.md', Buffer.from(VOORSTEL))).passages);
const answer = (r: ReturnType<KnowledgeIndex['ask']>) => (r.kind === 'answer' ? r.answer : r.kind);

describe('a second ask opened by a preposition and "wanneer"', () => {
  it('is split from the first', () => {
    expect(twoAsks('Wanneer is de gunning gepland en per wanneer rijdt de bus')?.[1]).toBe('per wanneer rijdt de bus');
    expect(twoAsks('Wie besluit erover en sinds wanneer geldt de regel?')?.[1]).toBe('sinds wanneer geldt de regel?');
  });
});

describe('two rows of one table asked in one question', () => {
  it('are both answered, in the order asked', async () => {
    const kb = await index();
    expect(answer(kb.ask('Wat is er in 2030 nodig voor de inkoop en contractering, en wat voor begeleiding in de bus?'))).toMatch(/48\.000[^]*35\.000/);
    expect(answer(kb.ask('Wanneer is de gunning aan de vervoerder gepland en per wanneer is de eerste rit van de zwembadbus'))).toMatch(/15 juni 2030[^]*1 september 2030/);
  });
});

describe('a total asked by a compound of "totaal"', () => {
  it('is answered by the total row of a table, in the year asked', async () => {
    const kb = await index();
    expect(answer(kb.ask('Wat is het totaalbedrag van het zwembadvervoer in 2031 volgens het voorstel?'))).toMatch(/Totaal: 2031: € 422\.000/);
  });
});
