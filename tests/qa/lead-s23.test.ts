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

## Hoofdstuk 3 Middelen

### Artikel 7 Budgetten

• Instrumentenbudget: € 12.000,- Het budget is bedoeld voor onderhoud en aanschaf van instrumenten. Vleugels en slagwerk worden eens per jaar gestemd en nagekeken door een erkende instrumentmaker; kleine reparaties aan strijk- en blaasinstrumenten doen de docenten zelf. Nieuwe instrumenten worden alleen aangeschaft als er een wachtlijst is voor het instrument en de leerlingen er langer dan twee jaar les op kunnen krijgen.

• Reiskosten: € 3.000,- Voor 2037 rekenen we met twee extra concerten buiten de stad. De raad reist zo veel mogelijk met het openbaar vervoer; de afdelingen regelen zelf het vervoer van grote instrumenten en van hun leerlingen, en declareren die kosten achteraf bij de penningmeester met de bonnen erbij.

### Artikel 8 Bijdragen en dashboard

1. Elke afdeling maakt haar bijdrage per kwartaal vooraf over aan de penningmeester.
2. In het dashboard van de raad kan worden ingezoomd op school, leerjaar en instrument.

### Artikel 9 Leerlingenpanel

Er wordt een leerlingenpanel ingesteld. Het panel is bedoeld om de stem van leerlingen te laten horen bij de keuze van het lesaanbod en de concerten. De samenstelling van het panel is een afspiegeling van alle afdelingen, onder leiding van een docent. In het panel worden wensen voor nieuwe cursussen verzameld.
In het panel vindt uitwisseling tussen afdelingen plaats. Er worden ideeën verzameld die de afdelingen zelf oppakken en leerlingen leren elkaar kennen. Het panel is geen besluitvormend orgaan. Rond het panel wordt een digitaal prikbord opgezet voor het delen van ideeën. In de Muziekschoolraad vindt terugkoppeling plaats van de adviezen en ideeën.

## Hoofdstuk 4 Slotbepalingen

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

  it('a year only the title says ("voor 2037" in the reglement 2037) need not be in the sentence that answers', async () => {
    const answer = text((await index()).ask('Hoe groot is het instrumentenbudget voor 2037?'));
    expect(answer).toMatch(/Instrumentenbudget: € 12\.000/);
  });

  it('"op welke niveaus" asks a kind the text names by its instances', async () => {
    expect(text((await index()).ask('Op welke niveaus kun je in het dashboard inzoomen?'))).toMatch(/school, leerjaar en instrument/);
  });

  it('who asks, told before a colon, is the case, not what is asked ("bij de gemeente Raalte: hoe vaak ...")', async () => {
    expect(text((await index()).ask('Ik ben nieuw als penningmeester bij de gemeente Raalte: hoe vaak maakt een afdeling haar bijdrage over?'))).toMatch(/per kwartaal vooraf/);
  });

  it('a second question in a sentence of its own ("... orgaan? En waar ...?") is asked too', async () => {
    const answer = text((await index()).ask('Is het leerlingenpanel een besluitvormend orgaan? En waar koppelt dat zijn adviezen terug?'));
    expect(answer).toMatch(/geen besluitvormend orgaan/);
    expect(answer).toMatch(/In de Muziekschoolraad vindt terugkoppeling plaats/);
  });
});
