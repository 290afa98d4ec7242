import { parseDocument } from '../../src/features/qa/ingest.service';
import { KnowledgeIndex } from '../../src/features/qa/knowledge-index';

// An invented reglement that lists what a form holds without ever calling it information.
const REGLEMENT = `# Reglement zwemclub Testland 2031

### Artikel 5. Aanmelden

1. Een ouder meldt een kind aan met het aanmeldformulier van de club.
2. Op het aanmeldformulier staan in elk geval de naam en de geboortedatum van het kind, het zwemdiploma dat het kind al heeft en het telefoonnummer van een ouder.
3. De secretaris bevestigt de aanmelding binnen vijf dagen.
`;

describe('"welke info" asks a kind of thing', () => {
  it('is answered by the text that names its instances, though no document says "info"', async () => {
    const kb = new KnowledgeIndex([], (await parseDocument('zwemclub.md', Buffer.from(REGLEMENT))).passages);
    const r = kb.ask('welke info moet er allemaal op het aanmeldformulier staan?');
    expect(r.kind === 'answer' && !r.missing && !r.unanswered ? r.answer : r.kind).toMatch(/naam en de geboortedatum/);
  });
});
