import type { KnowledgeIndex } from '../../src/features/qa/knowledge-index';
import { indexWithCuratedFacts } from '../helpers/knowledge-from-markdown';
import type { QaResult } from '../../src/features/qa/qa.domain';

// An invented award advice, an invented answer of a college to a council's questions and an invented calendar of the
// invented region Veldmark, with real gemeenten of IJsselland as such papers have. Written for session 52; each test fails
// at the session's start commit (3835459) unless it says it guards a case the session's changes could break.
const ADVICE = `# Gunningsadvies aanbesteding Begeleid Wonen Veldmark 2064

## 3. Procedure

In de twee rondes van vragen zijn 88 vragen gesteld. Na de eerste ronde is het plafondtarief voor de hoogste intensiteit
verhoogd van € 301 naar € 319 per etmaal, omdat de kostprijzen van de aanbieders dat lieten zien.

## 5. Beoordeling

### 5.1 Perceel 1 Begeleid wonen

| Rang | Inschrijver | Kwaliteit | Fictieve inschrijfsom | Prijspunten | Totaal | Advies |
| --- | --- | --- | --- | --- | --- | --- |
| 1 | Stichting Hoeve Linde | 610 | € 4.410.000 | 280,5 | 890,5 | gunnen |
| 2 | Ravelijn Zorg | 540 | € 4.123.000 | 300,0 | 840,0 | gunnen |
| – | De Steiger Jeugd | 380 | – | – | – | afwijzen |

Op de financiële positie van Hoeve Linde komen wij terug in paragraaf 8.

De Steiger Jeugd, de huidige aanbieder, haalt de drempel niet. Zowel op het totaal (380 punten) als op K1 (60 punten,
onvoldoende) blijft de inschrijving onder de ondergrens. De commissie miste een uitwerking van de nachtdienst. De prijs van
De Steiger is daarom niet meegewogen.

### 5.2 Perceel 2 Gezinshuizen

De drie toegelaten aanbieders bieden samen 31 plekken, terwijl de strategie uitgaat van 40. Het document voorziet in een
jaarlijks toetredingsmoment voor nieuwe aanbieders, voor het eerst per 1 januari 2066.

| Inschrijver | Totaal | Aangeboden plekken |
| --- | --- | --- |
| Gezinshuisnetwerk Salland | 560 | 14 |
| Thuisplaats Zwartewaterland | 520 | 10 |
| Hof van Ommen | 480 | 7 |

## 6. Financiële gevolgen

Ten opzichte van het uitgavenniveau van 2063 stijgen de kosten met € 912.400 per jaar, ofwel 4,8 procent. Dat komt vooral
door de indexatie en door kleinere groepen.

De eenmalige implementatiekosten bedragen naar schatting € 64.000 en worden gedekt uit het werkbudget inkoop 2064, zonder
extra bijdrage van de gemeenten.

## 8. Risico's

- **Financiële positie Hoeve Linde.** Stichting Hoeve Linde sloot 2062 af met een negatief exploitatieresultaat van € 0,9
  miljoen. Sindsdien loopt een herstelplan.
- **Kort geding over perceel 1.** De Steiger Jeugd stelde al kritische vragen over de drempel. De kans op een kort geding
  schatten wij daarom hoger in. Mocht de rechter de procedure lang ophouden, dan kan het huidige contract met De Steiger
  worden verlengd tot 30 juni 2065.
`;

const LETTER = `# Beantwoording schriftelijke vragen over het einde van aanbieder Kiemkracht

Eerst de gang van zaken:

1. Op 2 april meldde de raad van toezicht dat de salarissen niet betaald konden worden.
2. De kleine commissie kwam op zaterdag 10 april digitaal bijeen; op 12 april nam het BO een spoedbesluit.

## Vragen van de fractie Samen Dalfsen

**Vraag 3**
*"Bij welke aanbieders zijn de kinderen terechtgekomen?"*

**Antwoord**
Alle opvolgende aanbieders hebben een contract met het serviceteam en vallen onder dezelfde kwaliteitseisen.

| Opvolgende aanbieder | Zorgvorm | Jeugdigen |
| --- | --- | --- |
| Zorgkring Vecht | ambulant | 21 |
| Linde Jeugdhulp | dagbehandeling | 9 |
| Thuishaven Noord | gezinshuizen | 6 |

**Vraag 4**
*"Wist het serviceteam al eerder dat Kiemkracht in de problemen zat?"*

**Antwoord**
Ja, het serviceteam kende de signalen. Wat volgens ons niet goed is gegaan, is de informatie richting het bestuur. De regeling
schrijft voor dat de regiomanager de kleine commissie inlicht zodra een aanbieder op rood staat. Dat is niet gebeurd: de
regiomanager heeft op 14 februari het Managersoverleg ingelicht, maar de kleine commissie hoorde er pas op 9 april van.

Omdat Dalfsen de meeste jeugdigen bij Kiemkracht had, heeft wethouder Brouwer op uitnodiging deelgenomen aan het overleg
van de kleine commissie op 10 april, hoewel zij daar geen lid van is.

**Vraag 5**
*"Wat is er gebeurd met de medewerkers?"*

**Antwoord**
Kiemkracht had bij het faillissement 64 medewerkers in dienst; de curator heeft hen ontslag aangezegd. Per 1 juni zijn 40
oud-medewerkers bij een opvolgende aanbieder in dienst getreden.

## Vragen van de fractie Groen Links Dalfsen

**Vraag 1**
*"Hoe werkt de escalatieroute?"*

**Antwoord**
Vanaf 9 april is de route gevolgd. De kleine commissie, met de wethouders P. Hoogland (Zwolle, voorzitter), R. Mulder (Kampen)
en J. Veenstra (Ommen) en de regiomanager, adviseerde op 10 april om een garantie te geven.

**Vraag 4**
*"Wat betekent het einde van Kiemkracht voor het doel om minder kinderen uit huis te plaatsen?"*

**Antwoord**
Kiemkracht ontving een tariefsopslag van 2 procent als bijdrage aan de transformatie. In 2063 ging het om € 41.200. Daarmee
draaide de pilot Thuis in Lemelerveld: intensieve hulp thuis voor jongeren die anders in een woonvoorziening zouden komen.
Volgens de monitor bleven in 2063 zes jongeren zo thuis wonen. De pilot is per 1 mei voortgezet door Zorgkring Vecht, met
dezelfde opslag. Het doel blijft daarmee overeind, maar een kleine regio met weinig aanbieders is kwetsbaar.
`;

const CALENDAR = `# Jaarkalender 2064 overleggen Veldmark

Van : Lotte Brink
Datum : 12 november 2063

## 8. Vergadervrije perioden

In de onderstaande perioden worden geen overleggen gepland.

- **Voorjaarsvakantie:** maandag 17 tot en met vrijdag 21 februari
- **Meivakantie:** maandag 28 april tot en met vrijdag 9 mei
- **Zomerreces:** maandag 7 juli tot en met vrijdag 22 augustus
- **Herfstvakantie:** maandag 20 tot en met vrijdag 24 oktober

## 3. Ambtelijk overleg

| Nr. | AO (wo) | Stukken AO uiterlijk bij secretariaat |
| --- | --- | --- |
| 4 | 18 jun, 13:00–15:30 | wo 4 jun |
| 5 | 27 aug, 13:00–15:30 | vr 4 jul² |
| 6 | 29 okt, 13:00–15:30 | wo 15 okt |

¹ Vervroegd vanwege het kerstreces. ² Vervroegd, omdat de meeste beleidsadviseurs in het zomerreces afwezig zijn.

## 9. Tarieven

| Product | Tarief 2063 | Tarief 2064 |
| --- | --- | --- |
| Gezinshuis regulier | € 176,40 | € 191,10 |
| Logeeropvang | € 142,00 | € 150,30 |
`;

const PLAN = `# Projectplan nazorg Veldmark 2064

## 2. Samenvatting

Het project loopt twee jaar en kost € 180.000. De verdeling van de kosten over de gemeenten staat in hoofdstuk 6.

## 4. Aanpak

Het projectteam werkt met vier gemeenten en start in maart.

## 6. Financiën

Zwolle en Deventer betalen elk € 60.000, Kampen en Raalte elk € 30.000, naar rato van het aantal jeugdigen.
`;

let plan: KnowledgeIndex;
let advice: KnowledgeIndex;
let letter: KnowledgeIndex;
let calendar: KnowledgeIndex;

beforeAll(async () => {
  advice = await indexWithCuratedFacts('gunningsadvies-begeleid-wonen-veldmark-2064.md', ADVICE);
  letter = await indexWithCuratedFacts('beantwoording-vragen-kiemkracht.md', LETTER);
  calendar = await indexWithCuratedFacts('jaarkalender-2064-veldmark.md', CALENDAR);
  plan = await indexWithCuratedFacts('projectplan-nazorg-veldmark-2064.md', PLAN);
});

const text = (r: QaResult) => (r.kind === 'answer' ? r.answer : `declined: ${r.reason}`);

describe('money, in the words people use for it', () => {
  it('reads "wie betaalt dat" as what the costs are covered from ("gedekt uit")', () => {
    const answer = text(advice.ask('implementatie kosten van de contracten, hoeveel en wie betaalt dat'));
    expect(answer).toMatch(/64\.000/);
    expect(answer).toMatch(/werkbudget inkoop/);
  });

  it('reads "hoeveel duurder worden we t.o.v. 2063" as the rise of the costs against that year', () => {
    expect(text(advice.ask('hoeveel duurder worden we t.o.v. 2063 en waar komt dat door'))).toMatch(/912\.400/);
  });

  it('reads "verlies gedraaid" as a negative result', () => {
    expect(text(advice.ask('hoe staat hoeve linde er financieel voor? die hadden toch verlies gedraaid'))).toMatch(/0,9\s+miljoen/);
  });

  it('reads "de zwaarste intensiteit" as the highest, and "wat is er met ... gebeurd" as asking no happening of its own', () => {
    expect(text(advice.ask('wat is er met het plafondtarief voor de zwaarste intensiteit gebeurd?'))).toMatch(/319/);
  });
});

describe('tables', () => {
  it('gives the "Totaal" column for "eindtotaal" beside the column named', () => {
    const answer = text(advice.ask('Ravelijn Zorg: hoeveel prijspunten en wat was het eindtotaal'));
    expect(answer).toMatch(/300,0/);
    expect(answer).toMatch(/840,0/);
    expect(answer).not.toMatch(/Fictieve/);
  });

  it('reads "hoeveel plekken komen we tekort" as a number short, not the row with the most places', () => {
    const answer = text(advice.ask('gezinshuizen: hoeveel plekken komen we tekort en wanneer kunnen er nieuwe aanbieders instappen?'));
    expect(answer).toMatch(/1 januari 2066/);
    expect(answer).not.toMatch(/Hoogste aangeboden plekken/);
  });

  it('lists every row of a table whose first column names the things asked by "welke" and a plural', () => {
    const answer = text(letter.ask('bij welke aanbieders zijn de kids van kiemkracht terecht gekomen'));
    for (const name of ['Zorgkring Vecht', 'Linde Jeugdhulp', 'Thuishaven Noord']) expect(answer).toMatch(name);
  });

  it('gives the earlier year\'s cell beside the latest for "en wat was het daarvoor"', () => {
    const answer = text(calendar.ask('wat is het tarief gezinshuis regulier na de wijziging, en wat was het daarvoor?'));
    expect(answer).toMatch(/191,10/);
    expect(answer).toMatch(/176,40/);
  });
});

describe('reasons and what went wrong', () => {
  it('answers a "waarom" with an objection after it ("ze doen het nu toch ook?") from the document, not as a question about today', () => {
    const answer = text(advice.ask('Waarom valt de steiger eigenlijk af bij begeleid wonen, ze doen het nu toch ook?'));
    expect(answer).toMatch(/drempel/);
    expect(answer).toMatch(/ondergrens/);
  });

  it('gives the rest of a short paragraph after its opening sentence: what went wrong, then what happened', () => {
    const answer = text(letter.ask('wat ging er volgens het college mis met de informatie naar het bestuur?'));
    expect(answer).toMatch(/14 februari/);
  });
});

describe('a letter that answers numbered questions', () => {
  it('answers who sat in a body with the passage that names its members, not the one invited', () => {
    const answer = text(letter.ask('wie zaten er in de kleine comissie die op 10 april bij elkaar kwam'));
    for (const name of ['Hoogland', 'Mulder', 'Veenstra']) expect(answer).toMatch(name);
  });

  it('reads "werkten er bij" and "aan de slag" as being in service', () => {
    const answer = text(letter.ask('hoeveel mensen werkten er bij kiemkracht en hoeveel zijn er bij de nieuwe aanbieders aan de slag'));
    expect(answer).toMatch(/64 medewerkers/);
    expect(answer).toMatch(/40/);
  });
});

describe('what a text does not say', () => {
  it('declines how a court case turned out when the text only foresees it ("Mocht de rechter ...")', () => {
    expect(text(advice.ask('is dat kort geding van de steiger er nou gekomen en wat zei de rechter'))).toMatch(/^declined/);
  });

  it('guard: answers what the text says of the court case asked as a risk', () => {
    expect(text(advice.ask('welk risico zien ze rond een kort geding over perceel 1?'))).toMatch(/30 juni 2065/);
  });
});

describe('a calendar', () => {
  it('gives the note under the table that a cell is marked with', () => {
    const answer = text(calendar.ask('tot wanneer moeten de stukken voor het AO van eind augustus bij het secretariaat liggen?'));
    expect(answer).toMatch(/vr 4 jul/);
    expect(answer).toMatch(/zomerreces/);
    expect(answer).not.toMatch(/kerstreces/);
  });

  it('reads "wie heeft m geschreven" as who wrote it ("hem")', () => {
    const result = calendar.ask('van wanneer is die jaarkalender 2064 en wie heeft m geschreven');
    expect(text(result)).toMatch(/Lotte Brink/);
    expect(result.kind === 'answer' && (result.unanswered ?? result.unansweredAsk)).toBeFalsy();
  });
});

describe('references inside a document', () => {
  it('follows "staat in hoofdstuk 6" to what that chapter says of the question', () => {
    const answer = text(plan.ask('wat kost het nazorgproject en hoe is de verdeling over de gemeenten?'));
    expect(answer).toMatch(/180\.000/);
    expect(answer).toMatch(/Zwolle en Deventer betalen elk € 60\.000/);
  });
});

describe('lists', () => {
  it('lists every period of a list asked by "in welke periodes"', () => {
    const answer = text(calendar.ask('in welke periodes wordt er in 2064 niet vergaderd'));
    for (const period of ['Voorjaarsvakantie', 'Meivakantie', 'Zomerreces', 'Herfstvakantie']) expect(answer).toMatch(period);
  });
});
