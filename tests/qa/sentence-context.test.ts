import { parseDocument } from '../../src/features/qa/ingest.service';
import { KnowledgeIndex } from '../../src/features/qa/knowledge-index';

// An invented note: the sentence with the figure asked names the thing only as a verb's noun ("Verlenging").
const NOTA = `# Notitie zwemlessen Testland 2031

## Afspraken

Elke zwemles wordt gegeven door twee instructeurs. Een zwemles begint om half vier. Na elke zwemles is er een kwartier om te douchen.

Een zwemles duurt in de nieuwe opzet in principe maximaal 45 minuten. Verlenging tot 60 minuten kan alleen met toestemming van de badmeester van het bad waar de les is. De ouders kijken vanaf de tribune mee.

**2. Vervoer.** De bus rijdt elke woensdag.
`;

describe('the best sentence without the thing asked about', () => {
  it('comes with the sentence before it that names it', async () => {
    const kb = new KnowledgeIndex([], (await parseDocument('zwemlessen.md', Buffer.from(NOTA))).passages);
    const r = kb.ask('tot hoeveel minuten mag een zwemles verlengd worden');
    expect(r.kind === 'answer' ? r.answer : r.kind).toMatch(/zwemles duurt .* maximaal 45 minuten\. Verlenging tot 60 minuten/);
  });
});
