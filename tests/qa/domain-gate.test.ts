import { parseDocument } from '../../src/features/qa/ingest.service';
import { KnowledgeIndex } from '../../src/features/qa/knowledge-index';

/** An invented rule whose subject ("fietsenkelder") is in its text only, not in a heading or the domain's own words. */
const REGELING = `# Regeling onkosten Vijvercommissie Testland 2026

### Artikel 3 Vervoer
Wie met de fiets komt, zet die in de fietsenkelder onder het dorpshuis.
`;

describe('the domain of the knowledge', () => {
  let index: KnowledgeIndex;
  beforeAll(async () => {
    index = new KnowledgeIndex([], (await parseDocument('regeling.md', Buffer.from(REGELING))).passages);
  });

  it('takes in what an ingested document talks about, not only its headings', () => {
    const r = index.ask('Waar is de fietsenkelder?');
    expect(r.kind === 'answer' && r.answer).toContain('dorpshuis');
  });

  it('still keeps out a question about something else', () => {
    expect(index.ask('Wat is het weer morgen?')).toEqual({ kind: 'none', reason: 'out-of-domain' });
  });
});
