import { parseDocument } from '../../src/features/qa/ingest.service';
import { KnowledgeIndex } from '../../src/features/qa/knowledge-index';

// An invented letter (not an evaluation document): the sentence that answers leans on the ones before it.
const LETTER = `# Raadsbrief stand van de buurthulp Testland 2031

## 3. Wachttijden

De wachttijden zijn dit jaar gedaald. Een belangrijke verklaring is het gezamenlijke intakeloket, dat sinds maart in alle dorpen werkt. Aan dat loket bespreken de wijkteams elke week met de grote aanbieders wie een gezin het snelst kan helpen. Daardoor staan gezinnen minder vaak tegelijk bij meerdere aanbieders ingeschreven.

## 4. Kosten

De kosten stegen met vier procent.
`;

describe('a sentence that leans on the one before it', () => {
  it('comes with the sentences it leans on, back to the one that names what it is about', async () => {
    const kb = new KnowledgeIndex([], (await parseDocument('raadsbrief.md', Buffer.from(LETTER))).passages);
    const r = kb.ask('Wat is er gedaan zodat gezinnen niet meer tegelijk bij meerdere aanbieders ingeschreven staan?');
    expect(r.kind === 'answer' ? r.answer : r.kind).toMatch(/intakeloket.*Aan dat loket.*Daardoor staan gezinnen/s);
  });
});
