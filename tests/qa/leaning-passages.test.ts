import { parseDocument } from '../../src/features/qa/ingest.service';
import { KnowledgeIndex } from '../../src/features/qa/knowledge-index';
import { LEANS_ON_BEFORE, unitsOf } from '../../src/features/qa/answer-units';

// An invented note whose risks run on in one paragraph (no item labels), so a sentence that leans on the one before ("Daarom ...")
// may open a passage of its own.
const NOTA = `# Notitie zwembadvervoer Testland 2031

## Risico's

Voor de nieuwe dienst zijn naar schatting twaalf chauffeurs nodig, van wie er vier nieuw te werven zijn. Het risico bestaat dat niet alle ritten in september rijden. Bij vaste ritten betalen de dorpen ook voor ritten waarin weinig kinderen zitten. Als de bezetting twee maanden onder de helft ligt, kan de dienst het aantal ritten verminderen. Als de bus vaak vaststaat, komen kinderen te laat bij de les. Dit kost naar verwachting tien minuten per rit. Kleine dorpen met weinig zwemmers, zoals Aadorp en Celdorp, gaan mogelijk meer betalen dan nu. Daarom geldt in 2031 en 2032 een overgangsregeling: de bijdrage van een dorp wijkt in die jaren niet meer dan 15% af van zijn eigen uitgaven aan vervoer over 2029 en 2030. Het rijk kan nieuwe eisen aan het vervoer stellen. In het contract nemen we een clausule op waarmee de dienst tussentijds kan worden aangepast. Bij gladheid rijdt de bus niet en vervalt de les. De ouders krijgen dan voor zeven uur 's ochtends een bericht van de dienst. De kosten per rit stijgen elk jaar met de indexatie van het vervoerscontract. Ook de verzekering van de bussen wordt elk jaar duurder; de dienst vraagt daarom elk najaar nieuwe offertes op bij drie verzekeraars.

## Alternatieven

Een gezamenlijke regeling met de buurregio is afgewezen. Twee aparte regelingen voor de dorpen in het noorden en het zuiden zijn ook afgewezen, omdat de aantallen per dorp te klein zijn.

## Vervolg

De dorpsraad besluit in maart 2030.
`;

describe('a sentence leaning on the one before it', () => {
  it('is about what that one says, also when it opens a passage of its own', async () => {
    const passages = (await parseDocument('zwembadvervoer.md', Buffer.from(NOTA))).passages;
    expect(passages.some((p) => p.text.startsWith('Daarom geldt'))).toBe(true);
    const r = new KnowledgeIndex([], passages).ask('wat houdt de overgangsregeling voor kleine dorpen in?');
    expect(r.kind === 'answer' ? r.answer : r.kind).toMatch(/overgangsregeling: .* 15%/);
  });
});

describe('the score of a sentence leaning on the one before it', () => {
  it('counts the words of that one too, less surely', () => {
    const section = [{ title: 'Notitie', section: 'Risico', chapter: '', position: 0, text: 'Kleine dorpen betalen mogelijk meer. Daarom geldt een overgangsregeling.', sourceFile: 'notitie.md', ingestedAt: '' }];
    const matches = (s: string) => [/klein/i.test(s) ? 1 : 0, /overgangsregeling/.test(s) ? 1 : 0];
    const [before, leaning] = unitsOf(section, matches);
    expect(leaning.score).toBeGreaterThan(before.score);
  });
});

describe('a sentence about the document itself', () => {
  it('leans on no sentence before it', () => {
    expect(LEANS_ON_BEFORE.test('Dit reglement treedt in werking op 1 januari 2031.')).toBe(false);
    expect(LEANS_ON_BEFORE.test('In deze nota beschrijven we de aanpak.')).toBe(false);
    expect(LEANS_ON_BEFORE.test('Daarom geldt in 2031 een overgangsregeling.')).toBe(true);
    expect(LEANS_ON_BEFORE.test('Dit kost tien minuten per rit.')).toBe(true);
  });
});
