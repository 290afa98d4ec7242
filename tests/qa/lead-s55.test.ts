import type { KnowledgeIndex } from '../../src/features/qa/knowledge-index';
import { indexWithCuratedFacts } from '../helpers/knowledge-from-markdown';
import type { QaResult } from '../../src/features/qa/qa.domain';

// An invented monitor of waiting times, an invented risk paper with a head and an invented subsidy rule with an explanation,
// of the invented region Veldmark, with real gemeenten of IJsselland as such papers have. Written for session 55; each test
// fails at the session's start commit (7d36d6b) unless it says it guards a case the session's changes could break.
const MONITOR = `# Monitor wachttijden jeugdhulp Veldmark tweede halfjaar 2063

## 1. Normen

| Productgroep | Intake | Start hulp | Totale norm |
| --- | --- | --- | --- |
| P. Jeugd-ggz | 3 weken | 9 weken | 12 weken |
| Q. Dagbehandeling | 2 weken | 5 weken | 7 weken |

Crisishulp valt buiten de normen. Wel meten we of het crisisteam binnen 24 uur bij het gezin is. Dat lukte op twee meldingen na
altijd; beide keren ging het om een gelijktijdige inzet in Raalte en Ommen.

## 2. Wachtenden per productgroep

| Productgroep | Gem. wachttijd 1e hj (wk) | Gem. wachttijd 2e hj (wk) | Wachtend 31-12-2063 |
| --- | --- | --- | --- |
| P. Jeugd-ggz | 15,2 | 17,9 | 301 |
| Q. Dagbehandeling | 8,8 | 6,1 | 44 |
| R. Verblijf in gezinsvorm | 14,4 | 16,6 | 38 |

De wachttijd voor dagbehandeling is korter geworden dankzij een extra groep in Raalte. Bij de jeugd-ggz werd het juist langer.

## 3. Wachtenden per gemeente

| Gemeente | Wachtend 30-06-2063 | Wachtend 31-12-2063 | Waarvan boven norm | Gem. wachttijd (wk) |
| --- | --- | --- | --- | --- |
| Raalte | 77 | 83 | 41 | 13,0 |
| Ommen | 28 | 31 | 17 | 18,2 |

Ommen heeft met 18,2 weken de langste gemiddelde wachttijd. Dat komt niet door het aantal wachtenden, maar door de samenstelling:
veel jeugdigen uit Ommen wachten op een plek in verblijf, waar de wachttijd lang is. Voor kleine gemeenten geldt dat een paar jeugdigen met een
zeer lange wachttijd het gemiddelde flink verschuiven, zodat de factsheets per gemeente de verdeling laten zien.

## 4. Oorzaken

Na het vertrek van drie kinder- en jeugdpsychologen van Lindehof Jeugd, samen 2,4 fte, liep de wachttijd op.

## 5. Maatregelen

| Nr. | Maatregel | Eigenaar | Deadline |
| --- | --- | --- | --- |
| A1 | Zaterdagspreekuur voor intakes | Joris Wennink | 1 maart 2064 |
| A2 | Werving gezinshuisouders | Petra Holtkamp | 30 juni 2064 |
| A3 | Extra groep dagbehandeling | Joris Wennink | 1 mei 2064 |

## 6. Kerncijfers

| Indicator | 1e halfjaar 2063 | 2e halfjaar 2063 |
| --- | --- | --- |
| Aandeel boven norm | 38,2% | 44,6% |
| Gemiddelde wachttijd (weken) | 11,0 | 12,4 |

## 7. Escalaties

Op 4 november meldde Lindehof Jeugd een tekort. Omdat het eerstvolgende reguliere BO pas in maart was, is de escalatieroute ingezet.

## 8. Samenvatting

Het PFO wordt gevraagd in te stemmen met drie voorstellen (hoofdstuk 9).

## 9. Voorstellen aan het PFO

Het PFO wordt voorgesteld:

1. kennis te nemen van de monitor;
2. in te stemmen met overbruggingszorg voor wie langer dan twaalf weken wacht;
3. de werving van gezinshuisouders te agenderen voor het BO.
`;

const RISKS = `# Risicobeeld en weerstandsvermogen Veldmark bij de begroting 2065

**Aan:** Bestuurlijk overleg
**Van:** regiomanager Veldmark
**Datum:** 12 januari 2064
**Behandeling BO:** 9 februari 2064, agendapunt 4

## 1. Risico's

De kans op een datalek is op 3 gehouden. Als maatregel worden de nummers gepseudonimiseerd. **Eigenaar:** Lotte Brinkhuis, privacy officer.

## 2. Capaciteit

| Onderdeel | Bedrag |
| --- | --- |
| **Beschikbare weerstandscapaciteit** | **€ 180.000** |
| **Totaal benodigde weerstandscapaciteit** | **€ 2.900.000** |

Met een ratio van 0,42 is het weerstandsvermogen voor de bedrijfsvoering onvoldoende. Wij stellen voor € 60.000 aan de reserve toe
te voegen. De ratio stijgt dan naar 0,55.

## 3. Toerekening

| Gemeente | Verdeelsleutel | Aandeel bedrijfsvoering | Aandeel zorgcontinuïteit |
| --- | --- | --- | --- |
| Raalte | 12,0% | € 31.000 | € 244.000 |
| Ommen | 6,0% | € 15.500 | € 122.000 |

## 4. Voorstel aan het BO

Het BO wordt gevraagd:

1. het risicobeeld bij de begroting 2065 vast te stellen, met daarin 17 risico's waarvan 3 met een hoge score;
2. de benodigde weerstandscapaciteit vast te stellen op € 2.900.000 en kennis te nemen van de ratio van 0,42 voor de bedrijfsvoering;
3. in te stemmen met een toevoeging van € 60.000 uit het rekeningresultaat aan de reserve, onder voorbehoud van de jaarrekening;
4. de kleine commissie te mandateren om bij dreigende discontinuïteit van een aanbieder een bijdrage van ten hoogste € 200.000 toe te zeggen;
5. de gemeenten te vragen hun aandeel op te nemen in de eigen begroting.
`;

const SUBSIDY = `# Subsidieregeling jeugd en preventie Veldmark 2065

## Artikel 1. Plafond

Het subsidieplafond voor 2065 bedraagt € 940.000.

## Artikel 2. Besluitvorming

1. De regiomanager beslist namens het bestuur op aanvragen tot en met € 80.000.
2. Op een aanvraag van meer dan € 80.000 beslist het bestuur zelf.

## Artikel 3. Beoordeling

| Nr. | Criterium | Max. punten | Minimumscore |
| --- | --- | --- | --- |
| 1 | Bijdrage aan de regioagenda | 30 | 15 |
| 2 | Meetbare resultaten | 20 | 10 |

## Artikel 4. Tijdpad

| Stap | Onderdeel | Datum |
| --- | --- | --- |
| 1 | Informatiebijeenkomst, stadhuis Raalte | 12 januari 2065, 15.00 uur |
| 2 | Sluiting aanvragen | 10 maart 2065, 12.00 uur |
`;

let monitor: KnowledgeIndex;
let risks: KnowledgeIndex;
let subsidy: KnowledgeIndex;
beforeAll(async () => {
  monitor = await indexWithCuratedFacts('monitor-wachttijden-veldmark-2063.md', MONITOR);
  risks = await indexWithCuratedFacts('risicobeeld-veldmark-2065.md', RISKS);
  subsidy = await indexWithCuratedFacts('subsidieregeling-veldmark-2065.md', SUBSIDY);
});

const text = (r: QaResult) => (r.kind === 'answer' ? r.answer : `declined: ${r.reason}`);

describe('words of everyday questions', () => {
  it('reads "treeknorm-achtig bedoel ik" as the norm asked, no words to find', () => {
    expect(text(monitor.ask('wat is eigenlijk de totale norm voor dagbehandelng? treeknorm-achtig bedoel ik'))).toMatch(/7 weken/);
  });
  it('reads "op 31-12" as the day a header writes out, and "te lang" as above the norm', () => {
    const answer = text(monitor.ask('hoe staat raalte ervoor? aantal wachtende op 31-12 en hoeveel daarvan te lang'));
    expect(answer).toMatch(/83/);
    expect(answer).toMatch(/41/);
  });
  it('reads "het halfjaar daarvoor" as the period before the one named', () => {
    const answer = text(monitor.ask('welk percentage zat boven de norm in het 2e halfjaar, en wat was dat in het halfjaar daarvoor'));
    expect(answer).toMatch(/38,2%/);
    expect(answer).toMatch(/44,6%/);
  });
  it('reads "24uurs" as 24 hours', () => {
    expect(text(monitor.ask('crisisteam 24uurs norm, hoe vaak niet gehaald en waar zat dat'))).toMatch(/binnen 24 uur/);
  });
  it('knows "psychologen" by the compound a text says, and counts them across "kinder- en jeugdpsychologen"', () => {
    const answer = text(monitor.ask('hoeveel psychologen zijn er bij Lindehof weggegaan, hoeveel fte ging dat om?'));
    expect(answer).toMatch(/2,4 fte/);
  });
  it('reads "pleegzorg" as verblijf in gezinsvorm', () => {
    expect(text(monitor.ask('hoeveel kinderen wachten er op pleegzorg?'))).toMatch(/38/);
  });
  it('reads "pnt" as punten', () => {
    expect(text(subsidy.ask("hoeveel pnt kun je max halen op 'bijdrage aan de regioagenda' en wat is de ondergrens"))).toMatch(/30.*15|Max\. punten: 30/);
  });
  it('reads "infomiddag" as the informatiebijeenkomst', () => {
    expect(text(subsidy.ask('Is er een infomiddag over de subsidie? Waar en wanneer'))).toMatch(/12 januari 2065/);
  });
  it('reads "subsidiepot" as the plafond, and "wil even weten" as the ask after its setup', () => {
    expect(text(subsidy.ask('ik zit morgen in het PFO en wil even weten hoeveel geld er in totaal in die subsidiepot voor 2065 zit'))).toMatch(/940\.000/);
  });
  it('reads "hoeveel ... nodig" as what is needed ("benodigde")', () => {
    expect(text(risks.ask('hoeveel weerstandscapaciteit is er in totaal nodig?'))).toMatch(/2\.900\.000/);
  });
});

describe('tables', () => {
  it('lists the rows whose owner is the person named ("op naam van"), named as the cells write it', () => {
    const answer = text(monitor.ask('welke acties staan er op naam van Joris Wennink?'));
    expect(answer).toMatch(/A1/);
    expect(answer).toMatch(/A3/);
    expect(answer).toMatch(/Joris Wennink/);
  });
  it('does not answer "in welke productgroepen" from a table of indicators when another table has productgroepen as rows', () => {
    expect(text(monitor.ask('in welke productgroepen is de wachttijd juist korter geworden tov het eerste halfjaar'))).toMatch(/dagbehandeling/i);
  });
  it('reads "aandeel" as the column named so when it holds amounts, not as a percentage asked', () => {
    expect(text(risks.ask('ommen aandeel zorgcontinuiteit?'))).toMatch(/122\.000/);
  });
});

describe('reasons, lists and who', () => {
  it('guard: gives the cause ("Dat komt ... door") beside a purpose of something else ("zodat") for "waarom"', () => {
    expect(text(monitor.ask('waarom wachten ze in Ommen gemiddeld zo lang? het zijn er toch niet zoveel'))).toMatch(/samenstelling/);
  });
  it('answers why a way was not taken ("niet gewoon naar het volgende BO") from the document, no state of today', () => {
    expect(text(monitor.ask('waarom ging Lindehof via de escalatieroute en niet gewoon naar het volgende bo?'))).toMatch(/maart/);
  });
  it('gives the chapter a sentence refers to in brackets ("(hoofdstuk 9)")', () => {
    expect(text(monitor.ask('wat wordt het pfo nou precies gevraagd? welke beslispunten liggen er'))).toMatch(/overbruggingszorg/);
  });
  it('gives the whole list for "wat moet het BO allemaal besluiten"', () => {
    const answer = text(risks.ask('wat moet het BO allemaal besluiten bij dit risicobeeld'));
    expect(answer).toMatch(/60\.000/);
    expect(answer).toMatch(/eigen begroting/);
  });
  it('gives the person for "wie is er verantwoordelijk voor"', () => {
    expect(text(risks.ask('wie is er verantwoordelijk voor het risico op een datalek'))).toMatch(/Lotte Brinkhuis/);
  });
});

describe('now, cases and heads', () => {
  it('answers "nu" set against a case ("als de reserve wordt aangevuld") from the document', () => {
    expect(text(risks.ask('wat is de ratio weerstandsvermogen nu, en wat wordt ie als de reserve wordt aangevuld?'))).toMatch(/0,42/);
  });
  it('answers when a paper comes to the BO from the head of the document its title words name', () => {
    expect(text(risks.ask('wanneer komt het risicobeeld in het bo'))).toMatch(/9 februari 2064/);
  });
  it('does not require the rough amount of the asker\'s case ("rond de 90k") in the text', () => {
    expect(text(subsidy.ask('we krijgen een aanvraag van rond de 90k binnen, kan de regiomanager daar zelf over beslissen? tot welk bedrag mag die dat'))).toMatch(/80\.000/);
  });
});
