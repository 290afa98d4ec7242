import { parseDocument } from '../../src/features/qa/ingest.service';
import { KnowledgeIndex } from '../../src/features/qa/knowledge-index';

// An invented reglement: the terms for handing in papers stand in a table, under headers that name who receives them.
const REGLEMENT = `# Reglement van orde Zwemclub Testland 2031

### Artikel 3. Vergaderschema

1. De clubraad vergadert vier keer per jaar. De penningmeester stuurt de leden uiterlijk 1 april het jaarverslag.

### Artikel 4. Stukken

1. De indiener levert een stuk aan bij de penningmeester, met een voorblad.
2. Voor het aanleveren en verzenden van stukken gelden de volgende termijnen:

| soort stuk | aanleveren bij de penningmeester | verzenden aan de leden |
| --- | --- | --- |
| gewoon agendapunt | 10 werkdagen voor de vergadering | 5 werkdagen voor de vergadering |
| jaarrekening en begroting | 4 weken voor de vergadering | 10 werkdagen voor de vergadering |
`;

describe('"hoeveel weken van tevoren" asked of a table of terms', () => {
  it('is answered by the row whose cell gives the time before, under the header the question names', async () => {
    const kb = new KnowledgeIndex([], (await parseDocument('zwemclub.md', Buffer.from(REGLEMENT))).passages);
    const r = kb.ask('hoeveel weken van tevoren moet de jaarrekening bij de penningmeester liggen');
    expect(r.kind === 'answer' ? r.answer : r.kind).toMatch(/4 weken voor de vergadering/);
  });
});
