import { parseDocument } from '../../src/features/qa/ingest.service';
import { KnowledgeIndex } from '../../src/features/qa/knowledge-index';
import type { QaResult } from '../../src/features/qa/qa.domain';

// An invented reglement of a music school council: reports, participation targets, in words other than the ones
// people ask with.
const REGLEMENT = `# Reglement Muziekschoolraad Testland 2037

## Hoofdstuk 1 Verantwoording

### Artikel 2 Rapportages

1. De directeur levert na elk kwartaal de cijfers over leerlingen en lessen aan bij de penningmeester.
2. De voortgangsrapportage over januari tot en met mei verschijnt uiterlijk 1 juli; die over januari tot en met september uiterlijk 1 november.
3. De jaarrekening verschijnt uiterlijk 1 april van het volgende jaar.

## Hoofdstuk 2 Activiteiten

### Artikel 5 Zomercursus

1. De zomercursus duurt twee weken en vindt plaats in juli.
2. De deelname aan de zomercursus bedraagt ten minste veertig leerlingen; blijft zij daaronder, dan vervalt de cursus het jaar erna.

## Hoofdstuk 3 Slotbepalingen

### Artikel 9 Evaluatie

1. De penningmeester evalueert dit reglement in het voorjaar van 2039, na een enquête onder de leden.

### Artikel 10 Inwerkingtreding

1. Dit reglement treedt in werking op 1 maart 2037.
`;

const index = async () => new KnowledgeIndex([], (await parseDocument('muziekschoolraad.md', Buffer.from(REGLEMENT))).passages);
const text = (r: QaResult) => (r.kind === 'answer' ? r.answer : r.kind);

describe('questions in words the reglement does not use (session 23)', () => {
  it('"de eerste vijf maanden van het jaar" is the period the text names by its months, and its date is asked', async () => {
    const answer = text((await index()).ask('Voor welke datum moet de rapportage aan het bestuur over de eerste vijf maanden van het jaar klaar zijn?'));
    expect(answer).toMatch(/uiterlijk 1 juli/);
  });

  it('a compound asked whose tail the texts only use in the plural ("deelnamecijfer", "cijfers") is split', async () => {
    const answer = text((await index()).ask('Welk deelnamecijfer moet de zomercursus halen?'));
    expect(answer).toMatch(/ten minste veertig leerlingen/);
  });

  it('"kijken of ze goed werken" asks the evaluation, of the rules the first ask names ("deze spelregels": the reglement)', async () => {
    const answer = text((await index()).ask('Sinds wanneer gelden deze spelregels, en wanneer wordt er gekeken of ze goed werken?'));
    expect(answer).toMatch(/1 maart 2037/);
    expect(answer).toMatch(/voorjaar van 2039/);
  });
});
