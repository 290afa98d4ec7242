import { parseDocument } from '../../src/features/qa/ingest.service';
import { KnowledgeIndex } from '../../src/features/qa/knowledge-index';

// An invented evaluation report: who takes part, then who does not, in two sentences of one paragraph.
const REPORT = `# Evaluatie van de regionale schoolmaaltijden Testland 2031

## 1. Het project in het kort

De regio Testland startte in 2029 met gratis schoolmaaltijden op basisscholen. Het project kent één menu, met een vaste vergoeding per maaltijd en een toeslag voor scholen met veel leerlingen.

Zeven gemeenten deden mee: Aadorp, Beekdorp, Cesdorp, Dedorp, Eedorp, Fedorp en Gedorp. Hadorp en Idorp sloten niet aan, omdat zij al eigen afspraken met een cateraar hadden.

## 2. Kosten

Het project kostte in 2030 € 1,2 miljoen.
`;

describe('a question asking what is not so ("welke gemeenten doen niet mee?")', () => {
  it('is answered by the negated sentence after the one that says what is, not by that one', async () => {
    const kb = new KnowledgeIndex([], (await parseDocument('schoolmaaltijden.md', Buffer.from(REPORT))).passages);
    const r = kb.ask('Welke gemeenten doen niet mee met de schoolmaaltijden?');
    expect(r.kind === 'answer' ? r.answer : r.kind).toMatch(/Hadorp en Idorp sloten niet aan/);
  });

  it('while the question without the negation keeps the sentence that says what is', async () => {
    const kb = new KnowledgeIndex([], (await parseDocument('schoolmaaltijden.md', Buffer.from(REPORT))).passages);
    const r = kb.ask('Welke gemeenten doen mee met de schoolmaaltijden?');
    expect(r.kind === 'answer' ? r.answer : r.kind).toMatch(/Zeven gemeenten deden mee/);
  });
});
