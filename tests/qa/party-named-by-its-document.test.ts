import { parseDocument } from '../../src/features/qa/ingest.service';
import { KnowledgeIndex } from '../../src/features/qa/knowledge-index';
import { answersForOtherParty } from '../../src/features/qa/count-questions';
import { termsOf } from '../../src/features/qa/dutch-text';

// An invented reglement of a committee that calls itself "de commissie" in its articles.
const REGLEMENT = `# Reglement Escalatiecommissie Testland 2033

### Artikel 7 Quorum

1. De commissie kan slechts adviseren als ten minste vier leden aanwezig zijn.

### Artikel 8 Termijnen

1. De gemeente reageert binnen tien werkdagen op een advies.
`;

const hasFigure = (s: string) => /\d|\b(?:vier|tien)\b/.test(s);

describe('a party the question names by the compound its document is titled with', () => {
  it('is named in that document by its last part ("de commissie" in the reglement of the escalatiecommissie)', () => {
    const question = 'met hoeveel leden moet de escalatiecommissie minimaal zijn om een advies te mogen geven';
    const answer = 'De commissie kan slechts adviseren als ten minste vier leden aanwezig zijn.';
    expect(answersForOtherParty(question, answer, termsOf, hasFigure, 'Reglement Escalatiecommissie Testland 2033 Artikel 7 Quorum')).toBe(false);
  });

  it('so the quorum lid answers how many members must be there', async () => {
    const kb = new KnowledgeIndex([], (await parseDocument('reglement.md', Buffer.from(REGLEMENT))).passages);
    const r = kb.ask('met hoeveel leden moet de escalatiecommissie minimaal zijn om een advies te mogen geven');
    expect(r.kind === 'answer' ? r.answer : r.kind).toMatch(/ten minste vier leden/);
  });
});
