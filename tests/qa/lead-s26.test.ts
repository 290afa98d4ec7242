import { indexWithCuratedFacts } from '../helpers/knowledge-from-markdown';
import { KnowledgeIndex } from '../../src/features/qa/knowledge-index';
import type { QaResult } from '../../src/features/qa/qa.domain';
import { CURATED_FACTS } from '../../src/features/qa/qa.service';
import { builtInDocuments } from '../../src/features/qa/builtin-documents';
import { answerReply } from '../../src/features/qa/qa.routes';
import { Decompounder } from '../../src/features/qa/decompounder';
import { twoAsks } from '../../src/features/qa/question-setup';
import { rowNamedBy } from '../../src/features/qa/row-names';
import { lacksCount } from '../../src/features/qa/figures-in-answer';
import { datesOfOtherYear } from '../../src/features/qa/dates-of-year';
import { deniesWithoutObligation } from '../../src/features/qa/yes-no-asks';

// An invented reglement of a youth theatre council, asked the way people ask in a chat: members who cannot come, a schedule
// of one year, a majority that depends on the money at stake, a table of classes whose columns say how often.
const REGLEMENT = `# Reglement van orde Theaterraad Teststad 2039

## Hoofdstuk 1 Leden

### Artikel 1 Leden en vervanging

1. Iedere deelnemende school heeft één lid in de Theaterraad: de directeur.
2. Een lid dat verhinderd is, kan zich laten vervangen door een adjunct-directeur van de eigen school. Vervanging door een docent is niet toegestaan.
3. Het lid meldt de naam van de vervanger uiterlijk drie werkdagen voor de vergadering bij de griffier.

### Artikel 2 Voorzitter

1. De raad kiest een voorzitter en een plaatsvervangend voorzitter, elk voor drie jaar.
2. De voorzitter leidt de vergadering en stelt met de griffier de agenda op.
3. De voorzitter vertegenwoordigt de raad bij de gemeente en doet daarvan tweemaal per jaar verslag.
4. Bij afwezigheid van de voorzitter neemt de plaatsvervangend voorzitter de leiding. Zijn beiden afwezig, dan zit het oudste lid voor.
5. Herbenoeming is één keer mogelijk.

### Artikel 3 Voorstellen

1. Een voorstel aan de raad telt ten hoogste drie pagina's en vermeldt in elk geval de kosten per school.
2. Een lid is voor ten hoogste twee producties tegelijk bestuurlijk trekker.

### Artikel 4 Spoedvergadering

1. Bij een incident kan de voorzitter een spoedvergadering bijeenroepen, op eigen initiatief of op verzoek van ten minste twee leden.
2. Een spoedvergadering vindt binnen vier werkdagen na het verzoek plaats.

### Artikel 5 Standpunten

1. De raad streeft naar overeenstemming tussen de aanwezige leden.
2. Lukt dat niet, dan is een standpunt aangenomen als ten minste drie vierde van de aanwezige leden ermee instemt.
3. Tussen twee vergaderingen kan de voorzitter een voorstel schriftelijk voorleggen; maken twee leden bezwaar, dan gaat het naar de volgende vergadering.
4. Heeft een voorstel gevolgen van meer dan € 80.000, dan is instemming van alle aanwezige leden nodig en geldt het tweede lid niet.

### Artikel 6 Vergaderschema

De raad vergadert in 2039 volgens dit schema:

| Vergadering | Datum | Locatie | Vast agendapunt |
| --- | --- | --- | --- |
| Raad 1 | dinsdag 15 maart 2039 | Schouwburg Teststad | Jaarplan 2040 |
| Raad 2 | dinsdag 14 juni 2039 | Filmhuis Teststad | Concept-programma 2040 |
| Raad 3 | dinsdag 8 november 2039 | Schouwburg Teststad | Begroting 2040 |

### Artikel 7 Besluitenlijst

1. De griffier stuurt de conceptbesluitenlijst binnen zes werkdagen na de vergadering aan de leden.

### Artikel 8 Producties

1. Een school die een productie tijdelijk stillegt, meldt dat ten minste vier weken van tevoren bij de griffier.

### Artikel 9 Klassen

| Klasse | Kenmerk | Schoolbezoek | Verslag aan de school | Rapportage | Contactpersoon |
| --- | --- | --- | --- | --- | --- |
| A | geen klachten | eenmaal per jaar | binnen 10 werkdagen | jaarlijks aan de raad | griffier |
| B | een of twee klachten | tweemaal per jaar | binnen 10 werkdagen | halfjaarlijks aan de raad | griffier |
| C | drie of meer klachten | elk kwartaal | binnen 5 werkdagen | elke vergadering | voorzitter |

### Artikel 10 Genres

| Segment | Omschrijving | Budget |
| --- | --- | --- |
| 1 | Jeugdtoneel en musical | € 40.000 |
| 2 | Dans | € 25.000 |
| 3 | Poppenspel | € 10.000 |
`;

// Beside the bot's own knowledge (its curated facts and user guide), as a document an administrator adds.
const index = async () => indexWithCuratedFacts('theaterraad.md', REGLEMENT);
const text = (r: QaResult) => (r.kind === 'answer' ? r.answer : r.kind);

describe('members who cannot come, majorities and schedules of a reglement (session 26)', () => {
  it('"zijn er allebei niet" is both being absent, which the lid on absence says', async () => {
    const answer = text((await index()).ask('Stel de voorzitter en de plaatsvervangend voorzitter zijn er allebei niet, wie leidt dan de vergadering?'));
    expect(answer).toContain('oudste lid');
  });

  it('"in zijn plek gaan zitten" is standing in for a member, and a second ask opened by "uiterlijk" is answered too', async () => {
    const answer = text((await index()).ask('Onze directeur kan de volgende raad niet. Mag ik als docent gewoon in zijn plek gaan zitten, en uiterlijk wanneer moet een vervanger bekend zijn?'));
    expect(answer).toContain('Vervanging door een docent is niet toegestaan');
    expect(answer).toContain('drie werkdagen');
  });

  it('"hoe lang mag het zijn" of a text asks its length in pages, not a duration', async () => {
    const answer = text((await index()).ask('Ik schrijf een voorstel voor de raad, hoe lang mag het zijn?'));
    expect(answer).toContain("drie pagina's");
  });

  it('"hoeveel school-producties" counts the head of a hyphenated compound, a plural the speller keeps', async () => {
    const answer = text((await index()).ask('Hoeveel school-producties mag één lid tegelijk trekken?'));
    expect(answer).toContain("twee producties");
  });

  it('"wie mag daarom vragen" is who may request it, as the text says "op verzoek van"', async () => {
    const answer = text((await index()).ask('Hoe snel komt er een spoedvergadering van de raad en wie mag daar om vragen?'));
    expect(answer).toContain('vier werkdagen');
    expect(answer).toContain('op verzoek van ten minste twee leden');
  });

  it('"hoe groot moet de meerderheid zijn" is answered by the share, and a second ask that leans on it by its exception', async () => {
    const answer = text((await index()).ask('Hoe groot moet de meerderheid zijn als de leden het niet eens worden? En geldt dat ook bij een duur voorstel?'));
    expect(answer).toContain('drie vierde');
    expect(answer).toContain('80.000');
  });

  it('a numbered row is named by the month of its date (a guard of the numbered-row rule: it passed before that rule too)', async () => {
    const answer = text((await index()).ask('Waar vergadert de raad in juni?'));
    expect(answer).toContain('Filmhuis');
  });

  it('"wanneer ... in 2040" is declined by a schedule of 2039 whose agenda items name 2040', async () => {
    const result = (await index()).ask('Wanneer vergadert de theaterraad in 2040?');
    expect(result.kind).toBe('none');
  });

  it('"hoe vaak" is answered by the column whose cells say how often, under a header that does not', async () => {
    const answer = text((await index()).ask('Hoe vaak gaan we bij een school in klasse C langs en hoe snel moet het verslag dan naar ze toe?'));
    expect(answer).toContain('elk kwartaal');
    expect(answer).toContain('binnen 5 werkdagen');
  });

  it('a table whose first column numbers its segments lists them by the name after the number', async () => {
    const answer = text((await index()).ask('In welke segmenten is het budget verdeeld? Noem ze allemaal'));
    expect(answer).toContain('Dans');
    expect(answer).toContain('Poppenspel');
  });

  it('"mag ... zonder het eerst te melden" answered by an obligation says "nee" first', async () => {
    const question = 'Mag een school zomaar een productie stilleggen zonder het eerst te melden?';
    const reply = answerReply(question, (await index()).ask(question)).text ?? '';
    expect(reply).toMatch(/^Nee, niet zonder meer/);
    expect(reply).toContain('vier weken');
  });
});

// An invented half-year report of the theatre council: tables with a caption of their own, introduced by a sentence.
const REPORT = `# Halfjaarrapportage Theaterraad Teststad 2039

## 1. Kosten per school

Tabel 1 zet per school het budget 2039 af tegen wat tot en met juni is uitbetaald en wat we voor het hele jaar verwachten.

**Tabel 1. Kosten per school (bedragen x € 1.000)**

| School | Budget 2039 | Realisatie 1e halfjaar | Prognose 2039 | Verschil (€) | Verschil (%) |
| --- | --- | --- | --- | --- | --- |
| Het Lyceum | 400 | 210 | 440 | +40 | +10,0% |
| De Havo | 900 | 470 | 950 | +50 | +5,6% |
| Het Atelier | 300 | 140 | 290 | -10 | -3,3% |
| **Totaal** | **1.600** | **820** | **1.680** | **+80** | **+5,0%** |

## 2. Producenten

Bij Stichting Coulisse speelt een liquiditeitstekort; het contractmanagement volgt dat van maand tot maand.

| Producent | Voorstellingen | Risicoklasse | Contractmanager |
| --- | --- | --- | --- |
| Stichting Coulisse | 42 | Hoog | Femke Brandsma |
| Toneelgroep Voetlicht | 18 | Laag | Ruud Hekman |
`;

describe('tables of a report (session 26)', () => {
  const report = async () => indexWithCuratedFacts('rapportage.md', REPORT);

  it('a row is about what the sentence introducing its table says ("tot en met juni uitbetaald"): the row is found', async () => {
    // Which column the introduction means ("uitbetaald" is the Realisatie) is not read yet: the row comes with its budget.
    const answer = text((await report()).ask('Hoeveel is er voor De Havo tot en met juni al uitbetaald?'));
    expect(answer).toContain('De Havo:');
  });

  it('"procentueel het verst boven" compares the difference in percent, not in euros', async () => {
    const answer = text((await report()).ask('Welke school zit procentueel het verst boven haar budget?'));
    expect(answer).toContain('Hoogste verschil: Het Lyceum');
  });

  it('"in euro\'s gemeten het hardst overheen" compares the difference in euros', async () => {
    const answer = text((await report()).ask("Welke school gaat er in euro's gemeten het hardst overheen qua budget?"));
    expect(answer).toContain('Hoogste verschil: De Havo');
  });

  it('"wie doet het contractmanagement bij X" is its contractmanager in the row of X', async () => {
    const answer = text((await report()).ask('wie doet het contractmanagment bij coulisse?'));
    expect(answer).toContain('Femke Brandsma');
  });

  it('a row of a report\'s table asked "nu" is given as the state of the report', async () => {
    const result = (await report()).ask('In welke risicoklasse zit Stichting Coulisse nu?');
    expect(result.kind === 'answer' && result.asOfDocument).toBe(true);
    expect(text(result)).toContain('Hoog');
  });
});

describe('what the seed documents say, asked in other words (session 26)', () => {
  const seeds = async () => new KnowledgeIndex(CURATED_FACTS, (await builtInDocuments()).flatMap((d) => d.passages));

  it('"ik ben nieuw bij ..." says who asks: "nieuw" is not searched for, the list of gemeenten answers', async () => {
    const answer = text((await seeds()).ask('Ik ben nieuw bij een gemeente. Welke gemeenten horen er allemaal bij RSJ?'));
    expect(answer).toContain('Dalfsen');
  });

  it('"per maand of anders" asks how often', async () => {
    const answer = text((await seeds()).ask('Hoe maken gemeenten hun voorschot over aan RSJ, per maand of anders?'));
    expect(answer).toContain('kwartaal');
  });

  it('a figure asked "nu" is given as the state of the document, with its caveat', async () => {
    const result = (await seeds()).ask('Hoeveel contracten beheren we nu?');
    expect(result.kind === 'answer' && result.asOfDocument).toBe(true);
    expect(text(result)).toContain('137');
  });
});

describe('the rules underneath (session 26)', () => {
  it('a compound is not split before a determiner that ends it by chance ("aanb|ieder")', () => {
    const decompounder = new Decompounder();
    decompounder.learn(['ieder', 'iedere', 'regie', 'overleg']);
    expect(decompounder.split('aanbieder')).toEqual([]);
    expect(decompounder.split('regieoverleg')).toContain('overleg');
  });

  it('a numbered row of a schedule ("Raad 2") is named by its number or its month, not by the body alone', () => {
    expect(rowNamedBy('Binnen hoeveel dagen na de raad krijgen de leden de besluitenlijst?', 'Raad 2 14 juni')).toEqual([]);
    expect(rowNamedBy('Waar vergadert raad 2?', 'Raad 2 14 juni')).not.toEqual([]);
    expect(rowNamedBy('Waar vergadert de raad in juni?', 'Raad 2 14 juni')).not.toEqual([]);
  });

  it('a second ask may open with "uiterlijk" before its question word', () => {
    expect(twoAsks('Mag ik in zijn plek gaan zitten, en uiterlijk wanneer moet ik dat melden?')).toEqual(['Mag ik in zijn plek gaan zitten', 'uiterlijk wanneer moet ik dat melden?']);
  });

  it('a quorum asked is not counted by the members of a body nor by how often it meets', () => {
    const question = 'Hoeveel bestuurders moeten er aanwezig zijn om te besluiten?';
    expect(lacksCount(question, 'De elf wethouders hebben de rol van bestuurder. Het bestuur komt twee keer per jaar bijeen.')).toBe(true);
    expect(lacksCount(question, 'Het bestuur besluit als ten minste zes bestuurders aanwezig zijn.')).toBe(false);
  });

  it('dates of another year than the one asked "in" do not answer "wanneer"', () => {
    expect(datesOfOtherYear('Wanneer zijn de vergaderingen in 2040?', 'Raad 2: dinsdag 14 juni 2039; agendapunt: programma 2040.')).toBe(true);
    expect(datesOfOtherYear('Wanneer zijn de vergaderingen in 2039?', 'Raad 2: dinsdag 14 juni 2039.')).toBe(false);
    expect(datesOfOtherYear('Wanneer wordt het programma 2040 vastgesteld?', 'Raad 2: dinsdag 14 juni 2039.')).toBe(false);
  });

  it('"nee" comes only before a rule that obliges, for "mag ... zonder ..."', () => {
    expect(deniesWithoutObligation('Mag een school zonder melding stoppen?', 'Een school kan stoppen na een gesprek. Een docent moet daarbij zijn.')).toBe(false);
    expect(deniesWithoutObligation('Mag een school zonder melding stoppen?', 'Een school moet dat melden.')).toBe(true);
    expect(deniesWithoutObligation('Mag een school zonder melding stoppen?', 'Een school die stopt, meldt dat vier weken van tevoren.')).toBe(true);
    expect(deniesWithoutObligation('Mag een lid zonder vervanger wegblijven?', 'Een lid kan zich laten vervangen.')).toBe(false);
  });
});
