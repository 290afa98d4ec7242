import type { KnowledgeIndex } from '../../src/features/qa/knowledge-index';
import { indexWithCuratedFacts } from '../helpers/knowledge-from-markdown';
import type { QaResult } from '../../src/features/qa/qa.domain';

// An invented businesscase, an invented evaluation of a round of consultation and invented beleidsregels of the invented
// region Veldmark, with real gemeenten of IJsselland as such papers have. Written for session 53; each test fails at the
// session's start commit (ad65f59) unless it says it guards a case the session's changes could break.
const CASE = `# Businesscase Jongerenloket Veldmark 2065-2067

## 1. Aanleiding

Het aantal jongeren dat tussen wal en schip valt, groeit. RSJ heeft de groep met gegevens uit de monitor afgebakend.

| Kerncijfer groep | 2062 | 2063 | 2064 |
|---|---:|---:|---:|
| Jongeren in de groep | 212 | 236 | 251 |
| Zorgkosten groep (€ mln) | 11,2 | 12,9 | 13,4 |

## 2. Opties

| | Nuloptie | Optie A: spreekuur | Optie B: loket |
|---|---|---|---|
| Eenmalige kosten | € 0 | € 41.000 | € 118.000 |
| Kosten per volledig jaar | € 0 | € 233.000 | € 702.000 |
| Terugverdiend | n.v.t. | niet binnen de looptijd | juni 2067 |

### 2.2 Optie A: spreekuur

Een wekelijks spreekuur in drie gemeentehuizen is snel te regelen. Jongeren die niet zelf komen, worden zo echter niet bereikt. De
besparing blijft daarom achter bij de kosten.

## 3. Het loket

Het loket bestaat uit een coördinator (1,0 fte), twee jongerencoaches (1,6 fte), een schuldhulpmaatje (0,4 fte) en een
ervaringsdeskundige jongere (0,4 fte).

## 4. Verdeling over de gemeenten

| Gemeente | Aandeel | 2065 | 2066 | 2067 | Totaal |
|---|---:|---:|---:|---:|---:|
| Zwolle | 31,0% | 254.000 | 217.600 | 224.100 | 695.700 |
| Raalte | 8,4% | 68.800 | 59.000 | 60.700 | 188.500 |
| Ommen | 4,1% | 33.600 | 28.800 | 29.600 | 92.000 |

## 5. Vervolg

Het BO besluit in juni 2067 of het loket daarna blijft. Daarvoor neemt RSJ in de kadernotitie 2068 een voorlopige raming op.
`;

const REVIEW = `# Evaluatie inspraakronde jeugdbeleid Veldmark 2064

## 2. Verloop

### 2.1 Reacties

De oorspronkelijke sluitingsdatum was 3 mei. Op 30 april besloot de regiomanager de termijn voor alle gemeenten te verlengen tot
17 mei. Gemeenten die op tijd waren, vonden dat niet eerlijk.

### 2.2 Besluit

Het BO heeft op 9 oktober het programma 2065 vastgesteld. Het thema logeerzorg vervalt als er vóór 1 juni 2065 geen
samenwerking met Twente is; dan vervalt ook het gereserveerde werkbudget van € 52.000. Voor het programma als geheel is een werkbudget
van € 196.000 beschikbaar gesteld.

## 3. Inzendingen

Opvallend is dat de twee gemeenten die in deze ronde helemaal niets inzonden, Dalfsen en Ommen, ook precies de twee gemeenten zijn die de
uitnodiging van het RSJ pas erg laat kregen. De verzendlijst was sinds de zomer niet bijgewerkt en bevatte nog het adres van een
beleidsadviseur die al was vertrokken.

## 3a. Wat ging mis

**Geen harde grens.** Omdat de termijn halverwege werd opgerekt, schoof het hele schema op.

## 4. Termijnen

| Indicator | Afspraak | Ronde 2064 |
| --- | --- | --- |
| Beantwoording vragen via het meldpunt (21 vragen) | binnen 2 werkdagen | gemiddeld 3,8 werkdagen |
| Terugkoppeling na besluit BO | binnen 10 werkdagen | 19 werkdagen |

## 5. Wie doet wat

De kleine commissie is geen formeel orgaan en neemt geen besluiten namens het bestuur; ze bereidt de agenda van het BO voor.

| Overleg | Wie zitten erin | Frequentie 2065 |
| --- | --- | --- |
| Kleine commissie | 3 bestuurders en de regiomanager | 10 keer |
| Klankbordgroep | jongeren en ouders | 4 keer |

## 6. Contactpersonen

| Naam | Functie | Aanspreekpunt voor |
| --- | --- | --- |
| Noor Bakkenes | contractmanager | Zorgboerderij Het Wilgenhof, logeerhuizen |
| Jasper Kloosterman | beleidsadviseur | inspraakronde, klankbordgroep |

Ommen en Dalfsen sloten zich in 2065 aan bij de klankbordgroep.
`;

const RULES = `# Beleidsregels vervoersvoorziening jeugd Veldmark 2065

## Hoofdstuk 4 Vergoeding

### Artikel 4.1 Berekening

1. De vergoeding is het product van het aantal ritten en het tarief dat bij de soort vervoer hoort.
2. Voor vervoer door een taxibedrijf geldt een maximumtarief van 85 procent van het regionale contracttarief.

### Artikel 4.2 Tarieven

| Soort vervoer | Eenheid | Contracttarief 2065 | Maximum vergoeding 2065 |
| --- | --- | --- | --- |
| Taxi individueel | rit | € 48,00 | € 40,80 |
| Rolstoelbus | dagdeel | € 96,00 | € 81,60 |

### Artikel 4.3 Vervoer door het netwerk

| Vervoerder | Vergoeding 2065 |
| --- | --- |
| Iemand uit het netwerk, geen familie | € 0,31 per kilometer |
| Familie in de eerste of tweede graad die niet in het huishouden woont | € 0,27 per kilometer |

## Hoofdstuk 5 Besteding

### Artikel 5.2 Besteding

1. De ouder besteedt de vergoeding alleen aan vervoer naar de jeugdhulp.
2. Een bedrag dat op 31 december niet is besteed, vervalt. Het college kan op verzoek ten hoogste 10 procent laten doorlopen tot 1 maart.

## Hoofdstuk 6 Gebruik per gemeente

| Gemeente | Gebruikers | Budget 2064 (x € 1.000) |
| --- | --- | --- |
| Zwolle | 140 | 410 |
| Kampen | 61 | 170 |
| **Totaal regio** | **201** | **580** |

## Hoofdstuk 7 Bezwaar

### Artikel 7.1 Route

1. **Toegang.** Het signaal wordt eerst besproken tussen de ouder, de consulent en de vervoerder. Streeftermijn: tien werkdagen.
2. **Teamleider.** Komen zij er niet uit, dan legt de consulent het voor aan de teamleider, die binnen vijf werkdagen beslist.
3. **Bezwarencommissie.** Gaat het om een bedrag boven € 5.000 of om een herhaalde weigering, dan komt het in de bezwarencommissie.
4. **College.** Alleen als een besluit buiten het mandaat valt, beslist het college zelf.

In 2064 kwamen er twaalf bezwaren binnen; acht zijn in de eerste stap opgelost, twee door de teamleider en twee in de bezwarencommissie.

## Hoofdstuk 8 Slotbepalingen

### Artikel 8.2 Overgangsrecht

1. Vervoersgeld dat vóór 1 januari 2065 is toegekend, loopt door onder de oude regels tot het eind van het jaar 2065.

## Toelichting

### Artikelsgewijs

**Artikel 4.1.** Het percentage van 85 procent is een afweging. Een taxibedrijf heeft geen kosten voor de aanbesteding, maar draagt wel
het risico van lege ritten. Een lager percentage zou kleine vervoerders in Staphorst uit de markt drukken.
`;

let businessCase: KnowledgeIndex;
let review: KnowledgeIndex;
let rules: KnowledgeIndex;

beforeAll(async () => {
  businessCase = await indexWithCuratedFacts('businesscase-jongerenloket-veldmark-2065-2067.md', CASE);
  review = await indexWithCuratedFacts('evaluatie-inspraakronde-veldmark-2064.md', REVIEW);
  rules = await indexWithCuratedFacts('beleidsregels-vervoersvoorziening-veldmark-2065.md', RULES);
});

const text = (r: QaResult) => (r.kind === 'answer' ? r.answer : `declined: ${r.reason}`);

describe('tables: units and short forms', () => {
  it('reads "miljoen" as the "(€ mln)" of a row', () => {
    expect(text(businessCase.ask('zorgkosten van die groep jongeren in 2063, hoeveel miljoen?'))).toMatch(/12,9/);
  });

  it('reads "over 3 jr" as the years a total spans and a row of shares as the costs shared', () => {
    const answer = text(businessCase.ask('Raalte: welk percentage vd kosten en hoeveel is dat totaal over 3 jr?'));
    expect(answer).toMatch(/8,4%/);
    expect(answer).toMatch(/188\.500/);
  });

  it('answers "per jaar" from the yearly row, not the one-off row beside it', () => {
    expect(text(businessCase.ask('wat kost optie B loket per jaar?'))).toMatch(/702\.000/);
  });

  it('guard: answers "eenmalig" from the one-off row', () => {
    expect(text(businessCase.ask('wat zijn de eenmalige kosten van optie B?'))).toMatch(/118\.000/);
  });

  it('gives what is agreed beside what was measured for "hoort ... te"', () => {
    const answer = text(review.ask('binnen hoeveel werkdagen hoort het meldpunt vragen te beantwoorden?'));
    expect(answer).toMatch(/binnen 2 werkdagen/);
  });

  it('says a tariff with the unit its row is per', () => {
    expect(text(rules.ask('wat is de maximum vergoeding voor de rolstoelbus?'))).toMatch(/81,60 per dagdeel/);
  });

  it('reads "in de hele regio" as the total row', () => {
    expect(text(rules.ask('hoeveel gebruikers zijn er in de hele regio?'))).toMatch(/201/);
  });
});

describe('asks in two parts', () => {
  it('puts the topic said first for "ie" in the second ask', () => {
    const answer = text(businessCase.ask('optie A spreekuur, wat kost die per jaar en waarom is ie afgevallen'));
    expect(answer).toMatch(/233\.000/);
    expect(answer).toMatch(/niet bereikt/);
  });
});

describe('asks in two parts, measured', () => {
  it('counts "hoeveel daarvan" in the unit the first ask is measured in ("in fte")', () => {
    const answer = text(businessCase.ask('hoe groot is de formatie van RSJ in fte en hoeveel daarvan gaat naar de regioagenda?'));
    expect(answer).toMatch(/12,90/);
    expect(answer).toMatch(/1,89/);
  });
});

describe('words people use', () => {
  it('reads "vrijgemaakt" as made available ("beschikbaar gesteld")', () => {
    expect(text(review.ask('hoeveel werkbudget heeft het bo vrijgemaakt voor het programma 2065?'))).toMatch(/196\.000/);
  });

  it('reads "welke functies" as what a team consists of', () => {
    expect(text(businessCase.ask('welke functies komen er in het jongerenloket?'))).toMatch(/jongerencoaches/);
  });

  it('reads "1x per jaar" and "welke 2 gemeenten" as the documents write them', () => {
    expect(text(review.ask('welke 2 gemeenten sloten zich in 2065 aan bij de klankbordgroep?'))).toMatch(/Ommen en Dalfsen/);
    expect(text(review.ask('klopt het dat de klankbordgroep 4x per jaar bij elkaar komt?'))).toMatch(/4 keer/);
  });

  it('reads "schoonmoeder" as family', () => {
    expect(text(rules.ask('mijn schoonmoeder woont niet bij ons en rijdt onze dochter, wat is de vergoeding?'))).toMatch(/0,27/);
  });

  it('reads "nog over is" as money not spent', () => {
    expect(text(rules.ask('wat gebeurt er met vervoersgeld dat eind van het jaar nog over is?'))).toMatch(/vervalt/);
  });

  it('corrects a slip that looks like an inflection ("verzendlijstn")', () => {
    expect(text(review.ask('hoe zat het met de verzendlijstn?'))).toMatch(/niet bijgewerkt/);
  });
});

describe('what a question wants', () => {
  it('answers "tot wanneer" with the sentence that gives the end, not the one that only names the extension', () => {
    expect(text(review.ask('tot wanneer is de termijn uiteindelijk opgerekt?'))).toMatch(/17 mei/);
  });

  it('gives the next sentence of a paragraph for a "waarom" its best sentence gives no reason for', () => {
    expect(text(review.ask('waarom waren dalfsen en ommen zo laat met hun reactie op de inspraakronde'))).toMatch(/verzendlijst/);
  });

  it('gives a regulation\'s explanation of the article for "waarom"', () => {
    const answer = text(rules.ask('waarom is de taxivergoeding 85% van het contracttarief en niet minder?'));
    expect(answer).toMatch(/lege ritten/);
  });

  it('guard: answers "in welke gevallen" with the lid that states the condition, beside a count of cases', () => {
    expect(text(rules.ask('in welke gevallen gaat een bezwaar door naar de bezwarencommissie?'))).toMatch(/herhaalde weigering/);
  });

  it('declines "wat gaat het kosten" when the text gives no amount for it', () => {
    expect(text(businessCase.ask('wat gaat het loket in 2068 kosten als het blijft?'))).toMatch(/^declined/);
  });

  it('answers who to turn to about a provider named in a cell of a table of contacts', () => {
    expect(text(review.ask('bij wie kan ik terecht over Zorgboerderij Het Wilgenhof?'))).toMatch(/Noor Bakkenes/);
  });

  it('guard: answers who sits in a body from a row that names them, beside a text on the body that does not', () => {
    expect(text(review.ask('wie zitten er in de kleine commisie en hoe vaak komen ze bij elkaar?'))).toMatch(/3 bestuurders/);
  });
});
