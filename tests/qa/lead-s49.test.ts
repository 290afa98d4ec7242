import { KnowledgeIndex } from '../../src/features/qa/knowledge-index';
import { indexWithCuratedFacts } from '../helpers/knowledge-from-markdown';
import type { QaResult } from '../../src/features/qa/qa.domain';
import { inDocumentWords } from '../../src/features/qa/everyday-words';
import { termsOf } from '../../src/features/qa/dutch-text';
import { CURATED_FACTS } from '../../src/features/qa/qa.service';
import { parseDocument } from '../../src/features/qa/ingest.service';

// An invented project plan, an invented FAQ and an invented informatienota of the invented region Veldmark, whose
// project team and pilot name real gemeenten of IJsselland, as such papers do. Written for session 49; each test
// fails at the session's start commit (1657209) unless it says it guards a case the session's changes could break.
const PLAN = `# Projectplan Dichtbij Wonen Veldmark 2061-2062

**Regionaal Serviceteam Veldmark** · Regioagenda 2061, thema Wonen

**Versie:** 2.0
**Datum:** 3 oktober 2060
**Projectleider:** Ilse Wubbels
**Bestuurlijk trekker:** wethouder Koen Hesselink (Dalfsen)

## 1. Aanleiding

De bestuurlijk trekker licht de voortgang toe in het overleg, en in elke rapportage krijgt Dichtbij Wonen een eigen paragraaf.

De regio zag het aantal jeugdigen in een grote instelling buiten de regio in drie jaar stijgen.

| Indicator | 2058 | 2059 | 2060 |
| --- | ---: | ---: | ---: |
| Verblijf buiten de regio | 41 | 47 | 53 |
| Gezinshuisplaatsen | 30 | 29 | 27 |

*Tabel 1. Kerncijfers verblijf Veldmark. Bron: regiomonitor, bewerking serviceteam.*

In de ronde voor de regioagenda, die op 1 april 2060 sloot, hebben drie gemeenten los van elkaar een thema over wonen ingestuurd. Raalte vroeg om meer gezinshuizen. Kampen wees op jongeren die ver van school wonen. Hardenberg signaleerde lange reistijden voor ouders.

## 2. Projectteam

De projectleider stuurt het team aan. Vier beleidsadviseurs spreken in het team ook namens gemeenten zonder eigen adviseur. Zo vertegenwoordigt Jolien Mulder naast Raalte ook Ommen en Dalfsen, en neemt Bart Kuipers van Zwolle de belangen van Staphorst en Zwartewaterland mee. Anke Smit doet hetzelfde voor Deventer en Olst-Wijhe, Ruud de Boer voor Steenwijkerland.

## 3. Begroting

| Post | 2061 | 2062 | Totaal |
| --- | ---: | ---: | ---: |
| Projectleiding | € 80.000 | € 80.000 | € 160.000 |
| Evaluatie | € 0 | € 25.000 | € 25.000 |
| **Totaal kosten** | **€ 80.000** | **€ 105.000** | **€ 185.000** |

| Gemeente | 2061 | 2062 | Totaal |
| --- | ---: | ---: | ---: |
| Zwolle | € 21.600 | € 28.350 | € 49.950 |
| Raalte | € 6.400 | € 8.400 | € 14.800 |
`;

const FAQ = `# Veelgestelde vragen over de Wachttafel Veldmark

## 1. Algemeen

### Wat is er per 1 juni 2061 anders dan in de proef?

Op basis van de evaluatie zijn de spelregels bijgesteld:

- alle gemeenten kunnen casussen inbrengen;
- de aanmeldtermijn gaat van 10 naar 7 werkdagen.

### Wat heeft de proef opgeleverd?

| Gemeente | Aangemeld | Besproken | Plek binnen 6 weken |
| --- | --- | --- | --- |
| Raalte | 15 | 13 | 10 |
| Kampen | 9 | 9 | 6 |

Van de besproken jeugdigen had dus 72 procent binnen zes weken een plek. In 12 gevallen is een overbrugging ingezet, gemiddeld voor € 2.950.
`;

const NOTA = `# Samenwerking wachttijden Veldmark

Informatienota

Aan : het college
Van : Mirjam Oosterhuis, beleidsadviseur jeugd
Datum : 4 mei 2059
Zaaknummer : 2231-2059

## Afspraken

Het overleg van wethouders komt twee tot vier keer per jaar bijeen; daarnaast is er een escalatieroute.
`;

const ROUTE = `# Kadernota Veldmark 2063

## Overleg

Het overleg van wethouders komt minstens twee keer per jaar bijeen.
`;

let plan: KnowledgeIndex;
let faq: KnowledgeIndex;
let notes: KnowledgeIndex;

beforeAll(async () => {
  plan = await indexWithCuratedFacts('projectplan-dichtbij-wonen-veldmark-2061-2062.md', PLAN);
  faq = await indexWithCuratedFacts('veelgestelde-vragen-wachttafel-veldmark.md', FAQ);
  const nota = await parseDocument('samenwerking-wachttijden-veldmark.md', Buffer.from(NOTA));
  const kadernota = await parseDocument('kadernota-veldmark-2063.md', Buffer.from(ROUTE), new Date(Date.now() + 1));
  notes = new KnowledgeIndex(CURATED_FACTS, [...nota.passages, ...kadernota.passages]);
});

const text = (r: QaResult) => (r.kind === 'answer' ? r.answer : `declined: ${r.reason}`);

describe('who holds a role, from a bold field of a head', () => {
  it('gives the trekker of the project the title names, not a sentence about the role, and that field alone', () => {
    const answer = text(plan.ask('wie is eigenlijk de bestuurlijk trekker van dichtbij wonen?'));
    expect(answer).toMatch(/Koen Hesselink/);
    expect(answer).not.toMatch(/Versie|Projectleider/);
  });
});

describe('the head of a nota', () => {
  it('reads "wie heeft de nota eigenlijk geschreven" as the field Van', () => {
    expect(text(notes.ask('wie heeft de nota over wachttijden eigenlijk geschreven'))).toMatch(/Mirjam Oosterhuis/);
  });

  // Passes at the start commit too: guards the joined fields against the filler words now ignored beside them.
  it('gives two fields joined by "+"', () => {
    const answer = text(notes.ask('datum + zaaknummer van de informatienota over wachttijden?'));
    expect(answer).toMatch(/4 mei 2059/);
    expect(answer).toMatch(/2231-2059/);
  });

  it('finds "de nota uit 2059" by the kind and the year its head gives', () => {
    expect(text(notes.ask('hoe vaak per jaar komt het overleg van wethouders bijeen volgens de nota uit 2059?'))).toMatch(/twee tot vier keer/);
  });
});

describe('tables', () => {
  it('counts the rows by what the text below the table says they count, though that text gives an amount too', () => {
    expect(text(faq.ask('hoeveel jeugdigen uit Kampen zijn er in de proef besproken?'))).toMatch(/Besproken: 9/);
  });

  it('gives the total column for two years added up', () => {
    expect(text(plan.ask('hoeveel moet Zwolle in totaal betalen, 2061 en 2062 bij elkaar opgeteld?'))).toMatch(/49\.950/);
  });

  it('gives the total column for the whole project', () => {
    expect(text(plan.ask('wat kost het hele project?'))).toMatch(/185\.000/);
  });

  it('cites rows by a caption in italics below their table, which no longer opens the paragraph after it', () => {
    const answer = plan.ask('welke gemeenten hadden het woonthema ingestuurd voor de regioagenda?');
    expect(text(answer)).not.toMatch(/Bron: regiomonitor/);
    expect(text(plan.ask('hoeveel jeugdigen verbleven in 2060 buiten de regio?'))).toMatch(/53/);
  });
});

describe('lists and names', () => {
  it('gives the sentences after a count that each open with one of the things counted', () => {
    const answer = text(plan.ask('welke gemeenten hadden het woonthema ingestuurd voor de regioagenda?'));
    for (const name of ['Raalte', 'Kampen', 'Hardenberg']) expect(answer).toMatch(name);
  });

  it('reads gemeenten spread over clauses as said of each, not as a list of all', () => {
    expect(text(plan.ask('wie spreekt in het projectteam namens Ommen'))).toMatch(/Jolien Mulder/);
  });
});

describe('words', () => {
  it('reads "nu anders dan tijdens de proef" as what changed, which the document gives', () => {
    expect(text(faq.ask('wat is er nu anders dan tijdens de proef?'))).toMatch(/7 werkdagen/);
  });

  it('reads "ophoesten" and "dokken" as paying', () => {
    expect(inDocumentWords('hoeveel moet Zwolle ophoesten?')).toBe('hoeveel moet Zwolle betalen?');
    expect(inDocumentWords('wat dokken we?')).toBe('wat betalen we?');
  });

  it('reads aandachtspunten of an evaluation as its knelpunten', () => {
    expect(termsOf('aandachtspunten')).toContain('~~knelpunt');
  });
});

describe('curated facts say names and figures as their source writes them', () => {
  it('says the kleine commissie has 3 bestuurders', () => {
    expect(text(notes.ask('wie zitten er in de kleine commissie?'))).toMatch(/3 bestuurders/);
  });
});
