import { parseDocument } from '../../src/features/qa/ingest.service';
import { KnowledgeIndex } from '../../src/features/qa/knowledge-index';

/** An invented expenses rule that says "vergoed" and "ingediend", never the words asked. */
const REGELING = `# Regeling onkosten Vijvercommissie Testland 2026

### Artikel 3 Taxi
De kosten van een taxi worden alleen vergoed als de voorzitter vooraf toestemming gaf.

### Artikel 4 Declaratie
Een declaratie wordt binnen twee maanden na de bijeenkomst ingediend bij de secretaris.
`;

describe('governance paraphrases a hand-made group holds', () => {
  let index: KnowledgeIndex;
  beforeAll(async () => {
    index = new KnowledgeIndex([], (await parseDocument('regeling.md', Buffer.from(REGELING))).passages);
  });
  const answer = (q: string) => {
    const r = index.ask(q);
    return r.kind === 'answer' ? r.answer : `declined: ${r.reason}`;
  };

  it('reads "betaald" as "vergoed"', () => {
    expect(answer('Wordt een taxi betaald?')).toContain('taxi');
  });

  it('reads "inleveren" as "indienen"', () => {
    expect(answer('Wanneer moet een declaratie ingeleverd worden?')).toContain('twee maanden');
  });
});
