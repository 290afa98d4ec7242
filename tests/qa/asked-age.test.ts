import { parseDocument } from '../../src/features/qa/ingest.service';
import { KnowledgeIndex } from '../../src/features/qa/knowledge-index';
import type { QaResult } from '../../src/features/qa/qa.domain';

// An invented guide (not an evaluation document) that states ages in years, never the word "leeftijd".
const GUIDE = `# Handreiking logeeropvang Testland

## 1. Voor wie
Logeeropvang is er voor kinderen vanaf 4 jaar die thuis wonen. Verlengde logeeropvang tot 21 jaar is mogelijk als de ondersteuning nodig blijft.

## 2. Aanmelden
De ouders melden hun kind aan bij het wijkteam, uiterlijk een week voor de eerste logeernacht.
`;

const answer = (r: QaResult) => (r.kind === 'answer' ? r.answer : `(${r.kind})`);

describe('an age asked for', () => {
  let kb: KnowledgeIndex;
  beforeAll(async () => {
    kb = new KnowledgeIndex([], (await parseDocument('logeren.md', Buffer.from(GUIDE))).passages);
  });

  it.each([
    ['Tot welke leeftijd kan logeeropvang verlengd worden?', 'tot 21 jaar'],
    ['Vanaf welke leeftijd mag een kind logeren?', 'vanaf 4 jaar'],
  ])('%s is answered by the sentence that states it in years', (question, expected) => {
    expect(answer(kb.ask(question))).toContain(expected);
  });
});
