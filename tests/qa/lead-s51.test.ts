import type { KnowledgeIndex } from '../../src/features/qa/knowledge-index';
import { indexWithCuratedFacts } from '../helpers/knowledge-from-markdown';
import type { QaResult } from '../../src/features/qa/qa.domain';

// Invented minutes and an invented report of the invented region Veldmark, with real gemeenten of IJsselland as such papers
// have. Written for session 51; each test fails at the session's start commit (4e0e446) unless it says it guards a case
// the session's changes could break.
const MINUTES = `# Verslag stuurgroep zorgcontinuïteit Veldmark 2 maart 2063

**Kenmerk:** SV/2063-02
**Voorzitter:** Marit Hofstede
**Verslag:** Tijn Ekkelenkamp, secretaris

**Aanwezig**
- mw. M. (Marit) Hofstede, wethouder gemeente Dalfsen, voorzitter
- dhr. K. (Koen) Wagenvoort, wethouder gemeente Raalte
- mw. E. (Eline) Slot, regiomanager Serviceteam Veldmark

**Op uitnodiging aanwezig**
- dhr. R. (Rens) Overbeek, senior contractmanager Serviceteam (agendapunt 2)

**Afwezig met bericht**
- mw. L. (Lieke) Gerritsen, wethouder gemeente Kampen. Zij heeft vooraf schriftelijk gereageerd.

## 1. Opening

De voorzitter opent om 13.00 uur. Mevrouw Gerritsen is verhinderd wegens een bezoek van de minister aan Kampen.

## 2. Signaal Stichting Ravenhorst

### 2.1 Feiten

Stichting Ravenhorst, gevestigd in Raalte met een locatie in Heino, meldde op 12 februari een betalingsachterstand bij de
belastingdienst. Volgens de eigen prognose ontstaat in het tweede kwartaal een tekort van ongeveer € 800.000.

| Gemeente | Jeugdigen in zorg | Gedeclareerd 2062 |
| --- | --- | --- |
| Raalte | 41 | € 1.204.000 |
| Dalfsen | 22 | € 640.500 |
| Ommen, Staphorst en Hardenberg samen | 9 | € 212.300 |

### 2.2 Bespreking

Overbeek benadrukt dat de kwaliteit van de zorg op orde is. De oorzaak ligt volgens hem in een te late indexering van de
tarieven en in een nieuw declaratiesysteem dat maandenlang haperde. Wagenvoort vraagt of andere aanbieders volgen.

## 3. Regioagenda 2064

| Gemeente | Ingediend op | Aantal thema's |
| --- | --- | --- |
| Dalfsen | 20 februari | 2 |
| Kampen | – | – |
| Raalte | 25 februari | 1 |
| Zwolle | – | – |

Over het bestuurlijk trekkerschap meldt de voorzitter dat wethouder Bart Nijenhuis van Deventer het trekkerschap van de
aanpak thuiszitters per 1 mei wil overdragen, omdat hij de portefeuille financiën erbij krijgt.

## Actielijst

| Nr. | Actie | Eigenaar | Deadline |
| --- | --- | --- | --- |
| SV-63-04 | Peiling opvolging bestuurlijk trekker aanpak thuiszitters | Hofstede | 1 april 2063 |
| SV-63-05 | Prognose Ravenhorst opvragen | Overbeek | 16 maart 2063 |
`;

const REPORT = `# Tijdigheid van de stukken Serviceteam Veldmark 2062

## 1. Tijdigheid

| Document | Afgesproken termijn | Verzonden aan gemeenten |
| --- | --- | --- |
| Kadernotitie 2063 | 28 februari 2062 | 14 maart 2062 |
| Bestuursrapportage I 2062 | juli 2062 | 9 september 2062 |
| Bestuursrapportage II 2062 | november 2062 | 28 november 2062 |
| Jaarstukken 2062 | 15 april 2063 | 2 mei 2063 |

Over 2062 was niet elk stuk op tijd. Na het vertrek van de vorige regiomanager eind 2061 moest de nieuwe regiomanager in haar
eerste maanden de achterstand wegwerken en de contracten verlengen, zodat de bestuursrapportage over de eerste helft later verscheen.

## 2. Bijdragen

De gemeenten dragen samen € 120.000 bij aan de herijking, volgens de verdeelsleutel. Zwolle betaalt daarvan € 31.200.
`;

let minutes: KnowledgeIndex;
let report: KnowledgeIndex;

beforeAll(async () => {
  minutes = await indexWithCuratedFacts('verslag-stuurgroep-veldmark-maart-2063.md', MINUTES);
  report = await indexWithCuratedFacts('tijdigheid-stukken-veldmark-2062.md', REPORT);
});

const text = (r: QaResult) => (r.kind === 'answer' ? r.answer : `declined: ${r.reason}`);

describe('who was there, as minutes list it', () => {
  it('answers who sat at the table with the names under the bold title "Aanwezig"', () => {
    const answer = text(minutes.ask('wie zaten er bij de stuurgroep in maart?'));
    for (const name of ['Hofstede', 'Wagenvoort', 'Slot']) expect(answer).toMatch(name);
  });

  it('reads "welke wethouder ontbrak" as who was absent', () => {
    expect(text(minutes.ask('welke wethouder ontbrak?'))).toMatch(/Gerritsen/);
  });

  it('finds the reason of an absent wethouder asked by her gemeente, as the list of people names her', () => {
    expect(text(minutes.ask('waarom was de wethouder van kampen er niet bij?'))).toMatch(/bezoek van de minister/);
  });
});

describe('causes and reasons', () => {
  it('gives the cause the contractmanager names, not the passage that only states the shortfall', () => {
    const answer = text(minutes.ask('wat is de oorzaak van het tekort bij ravenhorst?'));
    expect(answer).toMatch(/indexering/);
  });

  it('answers "wie ..., en waarom?" with the sentence that gives the reason, not the action of the actielijst', () => {
    const answer = text(minutes.ask('wie wil stoppen als bestuurlijk trekker van de thuiszittersaanpak en waarom?'));
    expect(answer).toMatch(/Nijenhuis/);
    expect(answer).toMatch(/financiën/);
  });
});

describe('tables', () => {
  it('lists the gemeenten whose cell is still open for "nog geen ... ingestuurd"', () => {
    const answer = text(minutes.ask('welke gemeentes hadden nog geen themas ingestuurd voor de regioagenda?'));
    expect(answer).toMatch(/Kampen, Zwolle/);
    expect(answer).not.toMatch(/niet ingevuld \(–\) bij [^.]*Dalfsen/);
  });

  it('says a gemeente has no figure of its own when the row gives it together with others', () => {
    const result = minutes.ask('hoeveel jeugdigen uit Ommen zitten er in zorg bij ravenhorst?');
    expect(result.kind === 'answer' && result.missing).toMatch(/Ommen apart/);
  });

  it('guard: a gemeente with a row of its own gets its figure without a caveat', () => {
    const result = minutes.ask('hoeveel jeugdigen uit Raalte zitten er in zorg bij ravenhorst?');
    expect(text(result)).toMatch(/41/);
    expect(result.kind === 'answer' && result.missing).toBeFalsy();
  });

  it('reads "de eerste bestuursrapportage" as the row "Bestuursrapportage I"', () => {
    const answer = text(report.ask('wanneer is de eerste bestuursrapportage over 2062 verstuurd?'));
    expect(answer).toMatch(/9 september 2062/);
    expect(answer).not.toMatch(/28 november/);
  });

  it('declines an amount of a gemeente outside the region that no document names', () => {
    expect(text(report.ask('wat moet hengelo bijdragen aan de herijking?'))).toMatch(/^declined/);
  });

  it('guard: answers the amount of a gemeente of the region', () => {
    expect(text(report.ask('wat moet zwolle bijdragen aan de herijking?'))).toMatch(/31\.200/);
  });
});
