import { parseDocument } from '../../src/features/qa/ingest.service';
import { KnowledgeIndex } from '../../src/features/qa/knowledge-index';
import type { QaResult } from '../../src/features/qa/qa.domain';

// An invented reglement of a regional sports council: speaking times, a quorum, purchasing thresholds and guests, in
// words other than the ones people ask with.
const REGLEMENT = `# Reglement van orde Sportraad Testland 2036

## Hoofdstuk 1 Vergaderen

### Artikel 3 Gasten

1. De voorzitter kan gasten uitnodigen, zoals sportbonden, verenigingen of deskundigen.
2. Een lid dat een gast wil laten uitnodigen, vraagt dat uiterlijk vier werkdagen vóór de vergadering aan bij de secretaris.

### Artikel 4 Spreektijd

1. Per agendapunt gelden deze spreektijden:
   a. de indiener leidt het punt in binnen vijf minuten;
   b. elk lid spreekt in de eerste termijn ten hoogste drie minuten;
   c. een gast presenteert ten hoogste twaalf minuten, waarna ten hoogste tien minuten voor vragen volgen.
2. De voorzitter kan de spreektijd verlengen.

### Artikel 5 Quorum

1. De Sportraad vergadert en besluit alleen als ten minste zeven leden aanwezig zijn.
2. Is dat aantal een kwartier na het begintijdstip niet bereikt, dan sluit de voorzitter de vergadering en belegt binnen tien werkdagen een nieuwe.

## Hoofdstuk 2 Inkoop

### Artikel 8 Drempels

1. Voor inkoop voor de eigen bedrijfsvoering geldt, naar geraamde waarde exclusief btw:
   a. tot € 25.000: enkelvoudig onderhands, met één offerte;
   b. vanaf € 25.000 tot € 120.000: meervoudig onderhands met ten minste drie offertes;
   c. vanaf € 120.000: nationaal openbaar.
2. De evaluatie van de drempels gebeurt elke twee jaar door de controller.
`;

const index = async () => new KnowledgeIndex([], (await parseDocument('sportraad.md', Buffer.from(REGLEMENT))).passages);
const text = (r: QaResult) => (r.kind === 'answer' ? r.answer : r.kind);

describe('questions in words the reglement does not use (session 22)', () => {
  it('a noun in -atie is its verb: "de presentatie" is what "een gast presenteert"', async () => {
    expect(text((await index()).ask('Hoe lang mag de presentatie van een gast duren?'))).toMatch(/twaalf minuten/);
  });

  it('the words of a case told before a question word find passages less than the words asked', async () => {
    const answer = text((await index()).ask('We willen een sportbond een toelichting laten geven in de Sportraad. Hoelang mag hun presentatie duren?'));
    expect(answer).toMatch(/twaalf minuten/);
  });

  it('"met hoeveel moeten we minimaal zijn om de raad te laten doorgaan" asks the quorum', async () => {
    expect(text((await index()).ask('Met hoeveel moeten we minimaal zijn om de Sportraad te laten doorgaan?'))).toMatch(/ten minste zeven leden/);
  });

  it('"90 mille" is an amount of 90 thousand euro, answered by the band it falls in', async () => {
    const answer = text((await index()).ask('Hoeveel offertes zijn nodig bij inkoop van 90 mille?'));
    expect(answer).toMatch(/vanaf € 25\.000 tot € 120\.000: meervoudig onderhands met ten minste drie offertes/);
    expect(answer).toMatch(/Een bedrag van € 90\.000 valt in deze categorie/);
    expect(answer).not.toMatch(/één offerte|nationaal/);
  });

  it('a band without the figure asked leaves the whole list: "hoeveel offertes" above the highest threshold', async () => {
    expect(text((await index()).ask('Hoeveel offertes zijn nodig bij inkoop van € 200.000?'))).toMatch(/één offerte[^]*drie offertes[^]*nationaal openbaar/);
  });
});
