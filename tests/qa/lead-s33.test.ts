import { indexWithCuratedFacts } from '../helpers/knowledge-from-markdown';
import type { QaResult } from '../../src/features/qa/qa.domain';

// An invented yearly report on complaints about the libraries of a consortium of gemeenten: a table per category and
// quarter, a table per gemeente with a row that is no gemeente, money claimed back after wrong invoices, and a term
// that is shortened in the agreements for next year. Written for session 33; which tests fail at the session's start
// commit (4200fe6) is said per describe block.
const REPORT = `# Jaarrapportage meldingen bibliotheken Salland 2044

## 1. Samenvatting

In 2044 ontving het bibliotheekbureau 214 meldingen over de vestigingen. Dat zijn er 19 meer dan in 2043. Het aantal meldingen over lawaai daalde juist.

### 1.1 Soorten meldingen

- **Storingen**: meldingen over de zelfbediening, zoals een uitleenautomaat die niet werkt.
- **Onterechte facturen van leveranciers**: meldingen waarbij een leverancier van e-boeken te veel licenties in rekening brengt bij de bibliotheken.
- **Overlast**: meldingen over lawaai en overlast in een vestiging.

## 2. Meldingen in cijfers

### 2.1 Per soort en kwartaal

Het derde kwartaal was met 61 meldingen het drukste kwartaal, door de verbouwing van twee vestigingen.

**Tabel 1. Meldingen per soort en kwartaal, 2044**

| Soort | K1 | K2 | K3 | K4 | Totaal 2044 | Totaal 2043 |
| --- | --- | --- | --- | --- | --- | --- |
| Klachten over uitleen | 22 | 25 | 31 | 19 | 97 | 88 |
| Storingen zelfbediening | 9 | 11 | 17 | 8 | 45 | 40 |
| Lawaai en overlast | 6 | 5 | 7 | 4 | 22 | 29 |
| Overige meldingen | 12 | 13 | 6 | 19 | 50 | 38 |
| **Totaal** | **49** | **54** | **61** | **50** | **214** | **195** |

### 2.2 Per gemeente

Een melding telt bij de gemeente van de vestiging. Veertien meldingen gingen over de website en horen bij geen enkele gemeente.

**Tabel 2. Meldingen per gemeente, 2044 ten opzichte van 2043**

| Gemeente | 2044 | 2043 | Verschil |
| --- | --- | --- | --- |
| Deventer | 71 | 60 | +11 |
| Raalte | 38 | 36 | +2 |
| Olst-Wijhe | 31 | 33 | -2 |
| Hardenberg | 29 | 27 | +2 |
| Ommen | 16 | 15 | +1 |
| Dalfsen | 15 | 12 | +3 |
| Niet toe te rekenen | 14 | 12 | +2 |
| **Totaal** | **214** | **195** | **+19** |

## 3. Onterechte facturen

Bij elf meldingen ging het om facturen voor boetes die lezers al hadden voldaan. Alle elf zijn onderzocht door de controller van het bureau. In acht gevallen bleek de factuur onterecht. Het bureau heeft namens de bibliotheken in totaal € 3.420 aan lezers terugbetaald.

Elf leveranciers van e-boeken brachten te veel licenties in rekening. Het bureau heeft in totaal € 18.750 teruggevorderd, waarvan op 31 december 2044 € 12.900 was ontvangen.

## 4. Storingen

Volgens de afspraken meldt een vestiging een storing van de zelfbediening binnen 4 werkdagen aan het bureau. Dat ging bij 38 van de 45 storingen goed. Twee vestigingen meldden pas na ruim twee weken. Dat is de reden om de meldtermijn te verkorten (zie hoofdstuk 5).

## 5. Afspraken voor 2045

1. De norm van 30 dagen voor de afhandeling van een klacht blijft gelijk.
2. Vestigingen melden een storing voortaan binnen 2 werkdagen aan het bureau, in plaats van 4 werkdagen.
3. Het nieuwe reglement voor de klachtencommissie treedt op 1 maart 2045 in werking.
`;

const report = async () => indexWithCuratedFacts('meldingen-bibliotheken-salland-2044.md', REPORT);
const text = (r: QaResult) => (r.kind === 'answer' ? r.answer : r.kind);
const ask = async (question: string) => text((await report()).ask(question));

// All five fail at 4200fe6: no column was read as a quarter, and "K4" was no "vierde kwartaal".
describe('a quarter asked of a table per quarter (session 33)', () => {
  it('"het vierde kwartaal" is the column "K4"', async () => {
    const answer = await ask('Hoeveel klachten over uitleen waren er in het vierde kwartaal?');
    expect(answer).toContain('K4: 19');
    expect(answer).not.toContain('K3');
  });

  it('"het laatste kwartaal van 2044" is its fourth quarter, and the year\'s total is not given instead', async () => {
    const answer = await ask('Hoeveel storingen van de zelfbediening kwamen er in het laatste kwartaal van 2044 binnen?');
    expect(answer).toContain('K4: 8');
    expect(answer).not.toContain('45');
  });

  it('"Q2" asks the column "K2"', async () => {
    expect(await ask('hoeveel meldingen over lawaai en overlast in Q2?')).toContain('K2: 5');
  });
});

// Both fail at 4200fe6: "toename" asked no column of changes, "het aantal" had to be a row's word, and a sentence about
// the region answered a question that compares gemeenten.
describe('a gemeente compared over a table per gemeente (session 33)', () => {
  it('"de grootste toename" is the highest of the column of differences, over the gemeenten only', async () => {
    const answer = await ask('welke gemeente liet de grootste toename van meldingen zien tov 2043?');
    expect(answer).toContain('Deventer (+11)');
    expect(answer).not.toContain('Niet toe te rekenen');
  });

  it('"welke gemeente had de grootste stijging van het aantal meldingen" is not answered by a sentence naming no gemeente', async () => {
    const answer = await ask('welke gemeente had de grootste stijging van het aantal meldingen?');
    expect(answer).toContain('Deventer');
    expect(answer).not.toContain('lawaai daalde');
  });
});

// Fails at 4200fe6: "gemeete" was read as an inflection of the dictionary's "gemeet", so no typo was corrected.
describe('a typo that looks like an inflection (session 33)', () => {
  it('"gemeete" is "gemeente": a long vowel before one consonant is spelt single before an "-e" ending', async () => {
    expect(await ask('welke gemeete had in 2044 de minste meldingen?')).toContain('Dalfsen (15)');
  });
});

// Fails at 4200fe6: "teruggehaald" was no paraphrase of "teruggevorderd", "vanwege" counted as a word of the question,
// and the list of categories without an amount was the only answer allowed.
describe('an amount given by a passage a little below the best one (session 33)', () => {
  it('"hoeveel geld is er teruggehaald" is answered by "teruggevorderd", when the best passage states no amount', async () => {
    const answer = await ask('Hoeveel geld is er teruggehaald bij leveranciers vanwege te veel in rekening gebrachte licenties, en hoeveel was daarvan eind 2044 al betaald?');
    expect(answer).toContain('€ 18.750');
    expect(answer).toContain('€ 12.900');
  });
});

// Both fail at 4200fe6: the second ask "wat wordt de nieuwe termijn?" was asked without the first's clause, and "voortaan ...
// in plaats van" did not rank above the rule of now; "treedt op 1 maart 2045 in werking" was no "treedt in werking", which
// "per wanneer geldt" asks (the second test also guards that "het nieuwe reglement" asks no replaced value).
describe('the new value of a term asked after why it changes (session 33)', () => {
  it('"..., en wat wordt de nieuwe termijn?" gives the agreement that says "voortaan ... in plaats van"', async () => {
    const answer = await ask('waarom wordt de termijn waarbinnen vestigingen een storing moeten melden korter, en wat wordt de nieuwe termijn?');
    expect(answer).toContain('ruim twee weken');
    expect(answer).toContain('voortaan binnen 2 werkdagen');
  });

  it('"per wanneer geldt het nieuwe reglement" still finds the date', async () => {
    expect(await ask('Per wanneer geldt het nieuwe reglement voor de klachtencommissie?')).toContain('1 maart 2045');
  });
});

// An invented decision list of a board of library directors, with an attendance table, a cost table under its own
// paragraph without a caption, and signals to the inspectorate with what came of them.
const MINUTES = `# Besluitenlijst Directeurenoverleg Bibliotheken Salland, 3 april 2045

## 1. Aanwezigheid

| Gemeente | Vertegenwoordigd door | Aanwezig | Opmerking |
| --- | --- | --- | --- |
| Deventer | directeur | ja | voorzitter |
| Raalte | directeur | ja | |
| Olst-Wijhe | adjunct-directeur | ja | vervangt de directeur |
| Ommen | – | nee | afwezig met bericht |
| Dalfsen | directeur | ja | digitaal |

## 2. Signalen aan de inspectie

Het bureau kan zelf een signaal bij de toezichthouder afgeven als een vestiging onveilig is. In 2044 gebeurde dat drie keer, telkens na een besluit van het directeurenoverleg. De toezichthouder heeft naar aanleiding van twee van deze signalen een bezoek gebracht. Dat leidde in één geval tot een waarschuwing aan de vestiging in Raalte. Bij het derde signaal zag de toezichthouder geen aanleiding voor een bezoek.

## 3. Kosten per onderdeel

Bedragen in duizenden euro's; een positief verschil is een overschrijding.

| Onderdeel | Begroot (3 mnd) | Realisatie (3 mnd) | Verschil | Verschil % |
| --- | --- | --- | --- | --- |
| Collectie | 1.200 | 1.320 | +120 | +10,0% |
| Personeel | 3.400 | 3.366 | −34 | −1,0% |
| Huisvesting | 800 | 880 | +80 | +10,0% |
| **Totaal** | **5.400** | **5.566** | **+166** | **+3,1%** |
`;

const board = async () => indexWithCuratedFacts('besluitenlijst-directeurenoverleg-salland.md', MINUTES);
const askBoard = async (question: string) => text((await board()).ask(question));

// All four fail at 4200fe6 (checked in a worktree): "was er niet bij" was no absence and "wie" no question for rows of a
// list; "wat kwam daaruit" brought no sentence that reports a result, and "hoe vaak" of the first ask no "drie keer"; a
// row's figures were no euros though the paragraph of the table says so; a percentage asked beside an amount left only the
// percentage.
describe('a decision list: attendance, results and amounts in thousands (session 33)', () => {
  it('"wie was er niet bij" is the row of the attendance list that says "nee"', async () => {
    const answer = await askBoard('wie was er niet bij het directeurenoverleg van 3 april?');
    expect(answer).toContain('Ommen');
    expect(answer).not.toContain('Deventer: Vertegenwoordigd');
  });

  it('"hoe vaak ... en wat kwam daaruit" gives the count and the sentence that reports the result', async () => {
    const answer = await askBoard('Hoe vaak heeft het bureau zelf een signaal bij de inspectie neergelegd en wat kwam daaruit?');
    expect(answer).toContain('drie keer');
    expect(answer).toContain('waarschuwing');
  });

  it('"in euro\'s" is answered by a row whose paragraph says its amounts are thousands of euros, and says so', async () => {
    const answer = await askBoard('Bij welk onderdeel is de overschrijding in euro\'s het grootst?');
    expect(answer).toContain('Collectie (+120)');
    expect(answer).toContain('Bedragen in duizenden euro\'s');
  });

  it('"in euro\'s en in procenten" gives the difference and its percentage', async () => {
    const answer = await askBoard('Wat is de totale overschrijding na drie maanden, in euro\'s en in procenten?');
    expect(answer).toContain('+166');
    expect(answer).toContain('+3,1%');
  });
});
