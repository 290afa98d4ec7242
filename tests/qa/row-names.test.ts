import { parseDocument } from '../../src/features/qa/ingest.service';
import { KnowledgeIndex } from '../../src/features/qa/knowledge-index';
import { rowNamedBy } from '../../src/features/qa/row-names';

// An invented meeting schedule: numbered rows, a date per column.
const SCHEDULE = `# Reglement van orde Speeltuinraad Testland 2031

## Artikel 4. Vergaderschema

De raad vergadert in 2031 vier keer volgens dit schema.

| Vergadering | Datum raad | Stukken uiterlijk | Voorbereiding voor |
| --- | --- | --- | --- |
| 1 | 16 januari 2031 | 9 januari 2031 | wijkoverleg 5 februari 2031 |
| 2 | 13 maart 2031 | 6 maart 2031 | wijkoverleg 2 april 2031 |
| 3 | 12 juni 2031 | 5 juni 2031 | jaarverslag |
| 4 | 2 oktober 2031 | 25 september 2031 | wijkoverleg 23 oktober 2031 |
`;

describe('a row named by a date the question quotes', () => {
  it('is the row that holds the date, not the row numbered as its day', async () => {
    expect(rowNamedBy('Het wijkoverleg van 2 april 2031: wanneer vergadert de raad daarvoor?', '2 16 januari 9 januari 5 februari')).toEqual([]);
    const kb = new KnowledgeIndex([], (await parseDocument('speeltuin.md', Buffer.from(SCHEDULE))).passages);
    const r = kb.ask('Het wijkoverleg van 23 oktober 2031: op welke datum vergadert de raad daarvoor en wanneer moeten de stukken er uiterlijk zijn?');
    expect(r.kind === 'answer' ? r.answer : r.kind).toMatch(/2 oktober 2031[^]*25 september 2031/);
  });
});
