import { parseDocument } from '../../src/features/qa/ingest.service';
import { KnowledgeIndex } from '../../src/features/qa/knowledge-index';
import { definitionTerms } from '../../src/features/qa/definitions';

// An invented reglement that defines its terms in article 1 and uses them later.
const REGLEMENT = `# Reglement speeltuinraad Testland 2031

### Artikel 1. Begrippen

1. In dit reglement wordt verstaan onder:
   a. raad: de speeltuinraad van Testland;
   b. speeldag: zaterdag en zondag, met uitzondering van de dagen waarop de speeltuin voor onderhoud dicht is;
   c. beheerder: de medewerker van de gemeente die de speeltuin onderhoudt.

### Artikel 2. Melden

1. Een lid meldt een gebrek uiterlijk twee speeldagen na ontdekking bij de beheerder.
2. De beheerder herstelt een gebrek binnen tien speeldagen. Een melding per e-mail telt als schriftelijke melding van de raad.
3. Een lid dat een vergadering van de raad niet kan bijwonen, meldt dit twee speeldagen vooraf. Zijn stem telt dan niet mee.
`;

describe('"wat telt als ..." asks what a term means', () => {
  it('is answered from the definitions', async () => {
    const kb = new KnowledgeIndex([], (await parseDocument('speeltuinraad.md', Buffer.from(REGLEMENT))).passages);
    const r = kb.ask('wat telt in het reglement van de raad als speeldag');
    expect(r.kind === 'answer' ? r.answer : r.kind).toMatch(/zaterdag en zondag/);
  });

  it('but not a condition after "als"', () => {
    expect(definitionTerms('Wat geldt als een speeldag?')).toEqual(['speeldag']);
    expect(definitionTerms('Wat geldt als de voorzitter afwezig is?')).toEqual([]);
  });
});
