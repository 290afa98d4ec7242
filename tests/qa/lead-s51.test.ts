import type { KnowledgeIndex } from '../../src/features/qa/knowledge-index';
import { indexWithCuratedFacts } from '../helpers/knowledge-from-markdown';
import type { QaResult } from '../../src/features/qa/qa.domain';
import { inDocumentWords } from '../../src/features/qa/everyday-words';

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

## 3. Aanleiding

Twee ontwikkelingen geven aanleiding de planning van de stukken te herzien.

### 3.1 Vertrek van de regiomanager

Na het vertrek van de vorige regiomanager bleef de functie vier maanden onvervuld.

### 3.2 Nieuw financieel systeem

Het nieuwe financiële systeem leverde de cijfers voor de eerste helft pas in augustus.
`;

const PLAN = `# Startnotitie herziening inkoop Veldmark 2063

## 1. Aanleiding

Eind januari meldde Stichting Noorderlicht Jeugd, die zorg leverde aan 180 jeugdigen uit zeven gemeenten, een acuut
tekort. Omdat een regulier bestuur pas in mei gepland stond, kwam de zaak bij de kleine commissie. Die besloot op 2 maart
2063 tot een continuïteitsvoorschot van € 910.000, zodat de zorg doorliep. In de tussentijd mocht formeel geen orgaan
het voorschot verstrekken, want de kleine commissie heeft geen eigen bevoegdheden.

## 2. Kernboodschappen

Alle uitingen zijn terug te voeren op vijf boodschappen. De formulering verschilt per doelgroep; de inhoud niet.

1. **De inkoop is van de gemeenten.** Het serviceteam schrijft en organiseert, maar de keuzes komen uit de elf gemeenten en het bestuur beslist over elk perceel.
2. **Eén ronde per jaar, met een harde deadline.** Wie vóór 1 juni 2063 om 12.00 uur reageert, wordt meegenomen in het concept; wat later komt, schuift door naar de volgende ronde.
3. **Regionaal alleen waar het regionaal beter gaat.** Een perceel hoort regionaal als het de lokale zorg helpt en één gemeente het niet alleen kan inkopen of bewaken.
4. **Elk perceel krijgt een gezicht.** Bij de gunning krijgt ieder perceel een bestuurlijk trekker en een contractmanager, zodat altijd duidelijk is bij wie je terechtkunt.
5. **Wij laten zien wat er met je inbreng gebeurt.** Ook een reactie die niet wordt overgenomen krijgt een schriftelijk antwoord met een reden.

## 3. Doelgroepen

| Doelgroep | Omvang | Wat we willen bereiken |
| --- | --- | --- |
| Gemeenteraden | 250 raadsleden | kennen de planning |
| Zorgaanbieders | 60 aanbieders | weten wanneer de markt opengaat |
| Jongeren | 12 panelleden | geven advies op het concept |

## 4. Planning

| Maand | Activiteit | Doelgroep |
| --- | --- | --- |
| april 2063 | bijeenkomst | Zorgaanbieders |
| mei 2063 | besluit bestuur, persbericht | alle doelgroepen |

Het concept gaat op 9 mei naar het AO en op 23 mei naar het PFO. Elke raad krijgt zes weken voor wensen en bedenkingen,
en de regionale raadsconferentie op 14 juni 2063 biedt raadsleden de gelegenheid om de percelen met elkaar te bespreken.

## 5. Rol van de raden

Raden krijgen voortaan tweemaal per jaar een regionale raadsconferentie.

## 5a. Klankbordgroep

Er wordt een klankbordgroep ingesteld. De klankbordgroep is bedoeld om de inkoop te verbinden met het lokale veld en de
verbinding met de Toegangen te houden. De samenstelling van de klankbordgroep is een afspiegeling van de keten. In de
klankbordgroep vindt kennisuitwisseling plaats. De klankbordgroep is geen uitvoerend orgaan. In het AO vindt terugkoppeling
plaats van de bevindingen.

## 6. Begrippen

Calamiteiten zijn voorvallen die niet kunnen wachten tot het volgende reguliere bestuur.
`;

let minutes: KnowledgeIndex;
let plan: KnowledgeIndex;
let report: KnowledgeIndex;

beforeAll(async () => {
  minutes = await indexWithCuratedFacts('verslag-stuurgroep-veldmark-maart-2063.md', MINUTES);
  report = await indexWithCuratedFacts('tijdigheid-stukken-veldmark-2062.md', REPORT);
  plan = await indexWithCuratedFacts('startnotitie-inkoop-veldmark-2063.md', PLAN);
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

  it('reads "volgens de contractmanager" as what the contractmanager of the list of people says', () => {
    const answer = text(minutes.ask('wat is volgens de contractmanager eigenlijk de oorzaak van het geldgat bij ravenhorst?'));
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

  it('answers "wat was de aanleiding" with the sections of the chapter "Aanleiding"', () => {
    const answer = text(report.ask('waarom gaan ze de planning herzien? wat was de aanleiding'));
    for (const ground of ['Vertrek van de regiomanager', 'Nieuw financieel systeem']) expect(answer).toMatch(ground);
  });

  it('declines an amount of a gemeente outside the region that no document names', () => {
    expect(text(report.ask('wat moet hengelo bijdragen aan de herijking?'))).toMatch(/^declined/);
  });

  it('guard: answers the amount of a gemeente of the region', () => {
    expect(text(report.ask('wat moet zwolle bijdragen aan de herijking?'))).toMatch(/31\.200/);
  });
});

describe('what is asked, in other words', () => {
  it('gives the sum of money for "hoeveel voorschot", not the sentence that counts the jeugdigen', () => {
    expect(text(plan.ask('hoeveel voorschot kreeg noorderlicht jeugd van de kleine commissie?'))).toMatch(/910\.000/);
  });

  it('gives the whole list for "wat zijn de X" under a heading that names X', () => {
    const answer = text(plan.ask('wat zijn de kernboodschapen?'));
    for (const item of ['van de gemeenten', 'harde deadline', 'gezicht', 'inbreng']) expect(answer).toMatch(item);
  });

  it('answers "welke doelgroepen" with the rows of the table of doelgroepen, not the cell "alle doelgroepen"', () => {
    const answer = text(plan.ask('op welke doelgroepen richt de startnotitie zich allemaal?'));
    for (const group of ['Gemeenteraden', 'Zorgaanbieders', 'Jongeren']) expect(answer).toMatch(group);
  });

  it('declines what a body thought at a meeting the text only plans', () => {
    expect(text(plan.ask('wat heeft het pfo op 23 mei gevonden van het concept?'))).toMatch(/^declined/);
  });

  it('guard: answers when that meeting is', () => {
    expect(text(plan.ask('wanneer gaat het concept naar het pfo?'))).toMatch(/23 mei/);
  });

  it('reads "koppelt ... terug" as terugkoppelen, not as the "verbinding" the bare verb paraphrases', () => {
    expect(text(plan.ask('aan wie koppelt de klankbordgroep terug?'))).toMatch(/In het AO/);
  });

  it('answers "wanneer is die raadsconferentie" with its day, not with how often there is one', () => {
    expect(text(plan.ask('wanneer is die regionale raadsconferentie?'))).toMatch(/14 juni 2063/);
  });

  it('reads "vd" as "van de" and "wat versta je onder" as a definition asked', () => {
    expect(text(minutes.ask('wie zaten er bij de stuurgroep vd zorgcontinuiteit?'))).toMatch(/Hofstede/);
    expect(text(plan.ask('wat versta je onder een calamiteit in de zin van de startnotitie?'))).toMatch(/niet kunnen wachten/);
  });
});

describe('everyday words (rewrites of the question)', () => {
  it('reads chat shorthand and spellings as the words documents use', () => {
    expect(inDocumentWords('wie zitten in de stuurgroep vd herijking')).toBe('wie zitten in de stuurgroep van de herijking');
    expect(inDocumentWords('wat kost het dashbord')).toBe('wat kost het dashboard');
    expect(inDocumentWords("vanaf wanneer kan het er op z'n vroegst zijn")).toBe('vanaf wanneer kan het er niet eerder dan zijn');
    expect(inDocumentWords('welke wethouder ontbrak?')).toBe('welke wethouder was afwezig?');
  });
});

