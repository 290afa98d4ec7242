import { parseDocument } from '../../src/features/qa/ingest.service';
import { KnowledgeIndex } from '../../src/features/qa/knowledge-index';

// An invented plan: the summary counts the zones, a table names them.
const PLAN = `# Plan groenonderhoud Testland 2032

## Samenvatting

Vanaf 2032 verdelen we het onderhoud over vier zones, elk met een eigen aannemer en een eigen budget. De wijken kiezen zelf hun maaidata.

## Zones en budgetten

| Zone | Budget 2032 | Aannemer |
| --- | --- | --- |
| Centrum | € 120.000 | Groenwerk BV |
| Noord | € 95.000 | Tuinhulp |
| Zuid | € 80.000 | Groenwerk BV |
| Buitengebied | € 60.000 | Agrarisch Loon |
| **Totaal** | **€ 355.000** | |
`;

describe('a sentence that counts the things asked without naming them', () => {
  it('is followed by the row labels of the table that names that many of them', async () => {
    const kb = new KnowledgeIndex([], (await parseDocument('groen.md', Buffer.from(PLAN))).passages);
    const r = kb.ask('Welke zones onderscheiden jullie straks bij het groenonderhoud?');
    expect(r.kind === 'answer' ? r.answer : r.kind).toMatch(/vier zones[^]*Zone: Centrum; Noord; Zuid; Buitengebied\./);
  });
});

describe('two tables of as many rows naming other things', () => {
  it('leave it unclear which are meant: nothing follows the sentence', async () => {
    const other = `${PLAN}\n## Afgewezen alternatief\n\n| Zone | Budget 2032 |\n| --- | --- |\n| Oost | € 90.000 |\n| West | € 90.000 |\n| Midden | € 90.000 |\n| Haven | € 85.000 |\n`;
    const kb = new KnowledgeIndex([], (await parseDocument('groen.md', Buffer.from(other))).passages);
    const r = kb.ask('Welke zones onderscheiden jullie straks bij het groenonderhoud?');
    expect(r.kind === 'answer' ? r.answer : r.kind).not.toMatch(/Zone: /);
  });
});
