import { parseDocument } from '../../src/features/qa/ingest.service';
import { KnowledgeIndex } from '../../src/features/qa/knowledge-index';
import { Speller } from '../../src/features/qa/spelling';
import { WANTS_LIST } from '../../src/features/qa/list-questions';

// An invented reglement: a quorum article that never says "aanwezig", decoys that do (one names the quorum, one how a vote on a voorstel goes), and an
// article whose first lid lists what is confidential while its second lid shares more of a question's words.
const REGLEMENT = `# Reglement van orde Bergraad Testland 2032

### Artikel 3. Vergaderingen

1. De Bergraad vergadert zes keer per jaar in het dorpshuis van Testland.
2. Een lid kan digitaal aanwezig zijn; digitale deelname telt mee voor het quorum. Ten minste drie gemeenten kunnen om een extra vergadering vragen.

### Artikel 4. Quorum

1. De Bergraad kan alleen advies geven als ten minste vijf van de negen gemeenten in de vergadering vertegenwoordigd zijn.
2. Is het quorum niet bereikt, dan gaat de vergadering door als informeel beraad. De voorstellen gaan dan binnen vijf werkdagen in een schriftelijke ronde naar alle leden.

### Artikel 5. Stemming

1. De Bergraad streeft naar een gezamenlijk advies over elk voorstel. Lukt dat niet, dan wordt gestemd.
2. Een advies over een voorstel is aangenomen als een meerderheid van de aanwezige gemeenten ermee instemt. Bij staking van stemmen gaat het voorstel zonder advies verder naar het bestuur.

### Artikel 9. Geheimhouding

1. Stukken die als vertrouwelijk zijn gemarkeerd, vallen onder geheimhouding. Het gaat in elk geval om:
   a. informatie over de financiële positie van een zorgaanbieder;
   b. informatie over een lopende aanbesteding;
   c. gegevens die tot personen herleidbaar zijn.
2. Een lid deelt vertrouwelijke informatie alleen met de eigen wethouder. De geheimhouding blijft gelden nadat een lid de Bergraad heeft verlaten.
`;

const index = async () => new KnowledgeIndex([], (await parseDocument('bergraad.md', Buffer.from(REGLEMENT))).passages);
const answerOf = (r: ReturnType<KnowledgeIndex['ask']>) => (r.kind === 'answer' ? r.answer : r.kind);

describe('rules asked in other words than the reglement uses', () => {
  it('reads "vertegenwoordigd zijn" in a meeting as being present: the quorum rule answers how many must be there', async () => {
    const r = (await index()).ask('als er te weinig gemeenten zijn bij de bergraad, hoeveel moeten er minimaal aanwezig zijn om toch advies te geven?');
    expect(answerOf(r)).toMatch(/ten minste vijf van de negen/);
  });

  it('takes "er zijn maar 4 gemeenten aanwezig" for too few present: the quorum article tells what happens', async () => {
    const r = (await index()).ask('Bij de bergraad zijn vandaag maar 4 gemeenten aanwezig. Kunnen we het voorstel dan nog adviseren of hoe gaat dat verder?');
    expect(answerOf(r)).toMatch(/schriftelijke ronde/);
  });

  it('reads "welke soorten X" and "graag alles noemen" as asking a list whole', async () => {
    expect(WANTS_LIST.test('welke soorten informatie vallen onder de geheimhouding')).toBe(true);
    expect(WANTS_LIST.test('wat valt onder geheimhouding? graag alles noemen')).toBe(true);
    const r = (await index()).ask('Welke soorten informatie vallen bij de bergraad onder de geheimhouding? graag alles noemen');
    expect(answerOf(r)).toMatch(/financiële positie[\s\S]*lopende aanbesteding[\s\S]*herleidbaar/);
  });

  it('leaves a separable verb written whole alone ("aandragen" is no slip of "aanvragen"), and still corrects a real slip', () => {
    const speller = new Speller(['aanvragen', 'onderwerp', 'vergadering']);
    expect(speller.correct('wanneer moet ik een onderwerp aandragen')).toBe('wanneer moet ik een onderwerp aandragen');
    expect(speller.correct('wanneer moet ik een onderwerp aanvrgen')).toBe('wanneer moet ik een onderwerp aanvragen');
  });
});
