import { parseDocument } from '../../src/features/qa/ingest.service';
import { KnowledgeIndex } from '../../src/features/qa/knowledge-index';
import type { QaResult } from '../../src/features/qa/qa.domain';

// Invented minutes (not an evaluation document): an agenda item whose decision goes on after its first sentence.
const MINUTES = `# Verslag Dorpsraadoverleg Testland 3 maart 2032

## 1. Opening

De voorzitter opent de vergadering om 19.30 uur.

## 2. Proef met een buurtbus

De secretaris licht het voorstel voor een proef met een buurtbus tussen Aadorp en Beekveld toe. De proef duurt zes maanden en kost € 24.000. De penningmeester vraagt of de buurtbus ook op zondag rijdt; dat is niet voorzien. De voorzitter concludeert dat de dorpsraad positief is over de buurtbus.

**Besluit:** de dorpsraad stemt in met de proef met de buurtbus. De penningmeester reserveert het bedrag in de begroting. De secretaris vraagt vóór 15 april 2032 een offerte aan bij twee vervoerders.

Actie: de secretaris meldt de proef bij de provincie.

## 3. Sluiting

De voorzitter sluit de vergadering om 21.15 uur.
`;

const answer = (r: QaResult) => (r.kind === 'answer' ? r.answer : `(${r.kind})`);

describe('what was decided about a point of the minutes', () => {
  it('answers with the whole decision, its later sentences (who does what, by when) too, not the next label', async () => {
    const kb = new KnowledgeIndex([], (await parseDocument('verslag.md', Buffer.from(MINUTES))).passages);
    const text = answer(kb.ask('Wat is er besloten over de proef met de buurtbus?'));
    expect(text).toContain('stemt in met de proef');
    expect(text).toContain('vóór 15 april 2032 een offerte');
    expect(text).not.toContain('meldt de proef bij de provincie');
  });
});
