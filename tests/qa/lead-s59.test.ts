import type { KnowledgeIndex } from '../../src/features/qa/knowledge-index';
import { asksPersonalData } from '../../src/features/qa/personal-data';
import { indexWithCuratedFacts } from '../helpers/knowledge-from-markdown';
import type { QaResult } from '../../src/features/qa/qa.domain';

// An invented annual report of a complaints committee, a procurement plan for emergency care and a reglement of a small
// committee of the invented region Veldmark, with real gemeenten of IJsselland as such papers have. Written for session 59;
// each test fails at the session's start commit (904967e) unless it says it guards a case the session's changes could break.
const REPORT = `# Jaarverslag 2066 Onafhankelijke Geschillencommissie Jeugdhulp Veldmark

## Voorwoord

Voor u ligt het verslag over 2066 van de Onafhankelijke Geschillencommissie Jeugdhulp Veldmark. Het was een druk jaar.

## 1. Het jaar in het kort

In 2066 ontving de commissie 61 klachtschriften, tegen 47 in 2065. De gemiddelde doorlooptijd was 11,2 weken.

## 1a. Instroom per kwartaal

De klachten per kwartaal, naar zorgvorm:

| Code | Zorgvorm | K1 | K2 | K3 | K4 | Totaal 2066 |
| --- | --- | --- | --- | --- | --- | --- |
| P1 | Ambulante jeugdhulp | 5 | 4 | 6 | 3 | 18 |
| P2 | Jeugd-GGZ | 4 | 7 | 5 | 6 | 22 |
| P3 | Verblijf | 6 | 5 | 4 | 6 | 21 |
| | **Totaal** | **15** | **16** | **15** | **15** | **61** |

## 2. Samenstelling

De commissie telt vijf leden; de voorzitter en diens plaatsvervanger zijn jurist. In 2066 bestond de commissie uit:

- mr. Hester van Dam-Kuipers, voorzitter, oud-rechter;
- mr. Joost Brink, plaatsvervangend voorzitter, advocaat;
- dr. Mirjam Otten, jeugdpsychiater;
- Karin Wolters, ervaringsdeskundige ouder;
- Daan Veenstra, ervaringsdeskundige jongere.

De commissie benutte het vertrek van een lid om een ervaringsdeskundige jongere voor te dragen.

## 4. Signalen aan het serviceteam

In mei kwamen in korte tijd drie klachten binnen over dezelfde groep. De voorzitter informeerde regiomanager Tom Bakker op 3 mei
per brief.

## 5. Opvolging van de aanbevelingen uit 2065

Vorig jaar deed de commissie vier aanbevelingen. De stand eind 2066:
- **Vaste contactpersoon bij elke aanbieder.** Opgevolgd: 52 van de 60 aanbieders hebben er een.
- **Wachtenden actief bellen.** Deels opgevolgd. Een regionale afspraak ontbreekt nog.
- **Jaarverslag in het bestuur.** Opgevolgd: het verslag over 2065 is in april besproken.
- **Tolken bij hoorzittingen.** Niet opgevolgd binnen de begroting.

## 6. Aanbevelingen 2066

1. **A1 – Reactietermijn.** Aanbieders beantwoorden een klacht in de interne fase binnen tien werkdagen.
2. **A2 – Klachten als signaal.** Het serviceteam neemt gegronde klachten op in de risicomonitor.
3. **R1 – Snelle lijn.** Een ernstig signaal bereikt binnen vijf werkdagen de kleine commissie.
4. **R2 – Bekendheid.** De gemeenten wijzen bij elke beschikking op de klachtmogelijkheid.
`;

const PLAN = `# Inkoopplan Spoedzorg Jeugd Veldmark 2068

## 2. Aanmeldingen

In 2066 kwamen er 402 crisisaanmeldingen binnen, gemiddeld 34 per maand. Een jaar eerder waren dat er 371.

## 3. De spoeddienst

Sinds 1 maart 2063 voert Stichting Vuurtoren de regionale spoeddienst uit. Verwijzers kunnen de dienst dag en nacht bellen.

## 4. Rol van Veilig Thuis

Bij acuut gevaar schakelt VT de spoeddienst rechtstreeks in, zonder beschikking vooraf. Het toegangsteam geeft die beschikking
dan achteraf af, binnen vijf werkdagen. In 2066 werd die termijn 17 keer overschreden.

## 6. Planning

Aanbieders leveren hun inschrijving uiterlijk 14 maart 2067 aan bij het serviceteam.

## 5. Percelen

Perceel 4 is nieuw: een overbruggingsplek is voor een jongere wiens crisis voorbij is. Hij of zij kan er maximaal zes weken blijven.

## 9. Looptijd en opzegging

Elke partij kan schriftelijk opzeggen met een termijn van negen maanden, maar niet met ingang van een datum vóór 1 januari 2070.
`;

const RULES = `# Reglement van orde kleine commissie Veldmark 2067

## 2. Samenstelling

### 2.1 Leden

| Naam | Gemeente | Rol in de commissie |
| --- | --- | --- |
| Greet Hofman-Bos | Raalte | voorzitter; tevens voorzitter bestuur |
| Wim de Lange | Ommen | lid en plaatsvervangend voorzitter |
| Sanne Tuin | Dalfsen | plaatsvervangend lid |

### 2.2 Voorzitter

De voorzitter van het bestuur is ook voorzitter van de kleine commissie. Die personele unie houdt de lijnen kort.

### 2.3 Regiomanager

De regiomanager neemt aan alle vergaderingen deel. Zij heeft een adviserende stem maar stemt niet mee. Dat laatste volgt uit de rol van de commissie als werkgever: het past niet dat de regiomanager meebeslist over haar eigen beoordeling.

## 3. Voorbereiding van het bestuur

Stukken die nog niet rijp zijn, kan de commissie terugverwijzen naar de regiomanager. Ieder lid van het bestuur behoudt het recht om een onderwerp te agenderen.

## 4. Bijeenroeping

De commissie vergadert volgens het jaarschema in bijlage 1. Twee bestuurlijke leden samen, of de regiomanager, kunnen om een extra vergadering vragen. De voorzitter roept de commissie dan binnen vijf werkdagen bijeen.
`;

let report: KnowledgeIndex;
let plan: KnowledgeIndex;
let rules: KnowledgeIndex;

beforeAll(async () => {
  report = await indexWithCuratedFacts('jaarverslag-geschillencommissie-veldmark-2066.md', REPORT);
  plan = await indexWithCuratedFacts('inkoopplan-spoedzorg-veldmark-2068.md', PLAN);
  rules = await indexWithCuratedFacts('reglement-kleine-commissie-veldmark-2067.md', RULES);
});

const text = (r: QaResult) => (r.kind === 'answer' ? r.answer : `declined: ${r.reason}`);

describe('lists and their items', () => {
  it('gives the recommendation whose code is asked, not another that shares a word with the question', () => {
    const answer = text(report.ask('wat wordt bedoeld met aanbeveling R1 uit het verslag van de geschillencommissie?'));
    expect(answer).toMatch(/Snelle lijn/);
    expect(answer).not.toMatch(/Klachten als signaal/);
  });
  it('gives the whole follow-up list, each with its state, for "welke ... zijn niet of maar half uitgevoerd"', () => {
    const answer = text(report.ask('welke adviezen uit het klachtenjaarverslag over 2065 zijn niet of maar half uitgevoerd'));
    expect(answer).toMatch(/Deels opgevolgd/);
    expect(answer).toMatch(/Niet opgevolgd/);
  });
});

describe('who holds a role', () => {
  it('names the chair from the list of members for "wie zit die commissie voor", after the asker\'s case', () => {
    const answer = text(report.ask('Ik zit morgen in het bestuur en het jaarverslag van de geschillencommissie staat op de agenda. Wie zit die commissie eigenlijk voor?'));
    expect(answer).toMatch(/Hester van Dam-Kuipers/);
  });
  it('names the chair after a title ("mr.") for "wie is de voorzitter van ..."', () => {
    expect(text(report.ask('wie is de voorzitter van de geschillencommissie?'))).toMatch(/Hester van Dam-Kuipers/);
  });
  it('gives the table row of the chair, with its header, when the text only says whose chair it is', () => {
    const result = rules.ask('wie zit de kleine commissie voor in 2067?');
    expect(text(result)).toMatch(/Greet Hofman-Bos: .*Rol in de commissie: voorzitter/);
    expect(result.kind === 'answer' && result.table?.rows).toEqual([['Greet Hofman-Bos', 'Raalte', 'voorzitter; tevens voorzitter bestuur']]);
  });
  it('reads "wie draait de spoeddienst" as who carries it out', () => {
    expect(text(plan.ask('wie draait de spoeddienst nu eigenlijk en sinds wanneer'))).toMatch(/Stichting Vuurtoren/);
  });
});

describe('figures and terms', () => {
  it('takes a subject pronoun for the party named in the sentence before', () => {
    expect(text(plan.ask("hoe lang mag een jongere maximaal op zo'n overbruggingsplek blijven"))).toMatch(/zes weken/);
  });
  it('reads "hoe lang is de opzegtermijn" without "lang" as a word the text must say', () => {
    expect(text(plan.ask('hoe lang is de opzegtermijn'))).toMatch(/negen maanden/);
  });
  it('counts "spoedmeldingen" as the crisisaanmeldingen a text counts', () => {
    expect(text(plan.ask('hoeveel spoedmeldingen kwamen er in 2066 gemiddeld per maand binnen?'))).toMatch(/34 per maand/);
  });
  it('takes a party of an opening condition ("als VT ...") as the case, not as the party counted', () => {
    expect(text(plan.ask('als VT de spoeddienst zonder beschikking inschakelt, hoeveel tijd heeft het toegangsteam dan om dat achteraf te regelen?'))).toMatch(/vijf werkdagen/);
  });
  it('reads "klagten" as "klachten", "cie" as "commissie", and the title\'s subject as said by each passage', () => {
    expect(text(report.ask('hoeveel klagten zijn er in 2066 bij de onafhankelijke geschillencie binnengekomen?'))).toMatch(/61/);
  });
});

describe('tables and deadlines', () => {
  it('gives the quarter with the most, from the total row, not the row with the highest year total', () => {
    const answer = text(report.ask('In welk kwartaal van 2066 kwamen de meeste klachten binnen?'));
    expect(answer).toMatch(/K2: 16/);
    expect(answer).not.toMatch(/Jeugd-GGZ/);
  });
  it('guard: reads "tot wanneer hebben we de tijd om" as a deadline asked, and "plus" as "en"', () => {
    expect(text(plan.ask('tot wanneer hebben aanbieders de tijd om hun inschrijving plus bijlagen aan te leveren?'))).toMatch(/14 maart 2067/);
  });
});

describe('reasons and conditions', () => {
  it('takes "volgt uit" as the reason given, not "het recht om ... te" of another passage', () => {
    expect(text(rules.ask('waarom heeft de regiomanager geen stemrecht in de kleine commissie? ze zit er wel gewoon bij toch'))).toMatch(/als werkgever/);
  });
  it('guard: gives the sentence a "dan" leans on: who may ask for the meeting the chair then calls', () => {
    expect(text(rules.ask('wie kan de kleine commissie tussendoor bij elkaar laten roepen, buiten het vaste schema om'))).toMatch(/Twee bestuurlijke leden/);
  });
});

describe('personal data', () => {
  it('declines a mobile number and a salary scale asked for', () => {
    expect(asksPersonalData('heb je het mobiele nummer van Greet Hofman-Bos voor me')).toBe(true);
    expect(asksPersonalData('In welke salarisschaal zit de regiomanager eigenlijk?')).toBe(true);
  });
  it('guard: an organisation\'s number and a mandate up to a salary scale stay questions for the documents', () => {
    expect(asksPersonalData('wat is het telefoonnummer van het meldpunt')).toBe(false);
    expect(asksPersonalData('tot welke salarisschaal mag de regiomanager zelf iemand aannemen?')).toBe(false);
  });
});
