import { parseDocument } from '../../src/features/qa/ingest.service';
import { KnowledgeIndex } from '../../src/features/qa/knowledge-index';

// An invented evaluation report: the cost of one thing, then the cost of the thing it is compared with.
const REPORT = `# Evaluatie van de buurtsportcoaches Testland 2031

## 4. Kosten

Het aantal deelnemers groeide in drie jaar van 400 naar 650. De coaches organiseerden vooral activiteiten na schooltijd.

De gemiddelde kosten van een sportcoach kwamen in 2031 uit op € 52.300 per coach per jaar. Voor een vergelijkbare buurtwerker rekent de gemeente met ongeveer € 61.000 per jaar. Die vergelijking is grof: de taken overlappen maar deels en buurtwerkers werken ook 's avonds.

## 5. Conclusies

De coaches bereiken meer kinderen dan verwacht.
`;

describe('a comparison asked ("wat kost X vergeleken met Y?")', () => {
  it('is answered with both sides, not with the sentence about Y alone', async () => {
    const kb = new KnowledgeIndex([], (await parseDocument('sportcoaches.md', Buffer.from(REPORT))).passages);
    for (const q of ['Wat kost een sportcoach per jaar in vergelijking met een buurtwerker?', 'Wat kost een sportcoach per jaar vergeleken met een buurtwerker?']) {
      const r = kb.ask(q);
      expect(r.kind === 'answer' ? r.answer : r.kind).toMatch(/52\.300.*61\.000/s);
    }
  });
});
