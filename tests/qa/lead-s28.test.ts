import { indexWithCuratedFacts } from '../helpers/knowledge-from-markdown';
import type { QaResult } from '../../src/features/qa/qa.domain';
import { questionsInRow } from '../../src/features/qa/question-setup';

// An invented annual report of a sports council: money per club against its budget with a total row, an incident
// register by reference with a paragraph after it, the board's meetings, and a regulation whose leden carry a term.
const REPORT = `# Jaarverslag Sportraad Teststad 2040

## 1. Bestuur

Het bestuur van de Sportraad kwam in 2040 zes keer regulier bijeen: in februari, april, juni, september, oktober en december. Daarnaast is op 12 augustus een extra vergadering gehouden, omdat de sporthal aan de Dijkweg door brand onbruikbaar was geworden.

Bij het bestuur leverde de Inspectie Gezondheidszorg en Jeugd dit jaar geen meldingen in.

### 1.2 Besluiten

Het bestuur nam in 2040 onder meer deze besluiten:

1. Vaststelling van de begroting 2041 (juni).
2. Een bijdrage van € 20.000 voor de opvang van de zwemclub (extra vergadering 12 augustus).
3. Vaststelling van het sportakkoord (december).

## 2. Incidenten

| Kenmerk | Vereniging | Aard | Stand per 31 december 2040 |
| --- | --- | --- | --- |
| INC-40-01 | Hockeyclub De Stick | Onveilige tribune | afgerond (mei): tribune vervangen |
| INC-40-02 | Zwemclub De Golf | Brand in de sporthal | afgerond (oktober): 140 leden tijdelijk elders ondergebracht |

Bij de brand bij Zwemclub De Golf (INC-40-02) konden alle leden binnen drie weken elders trainen. Niemand zat langer dan een week zonder training. De extra kosten van de verhuizing bedroegen uiteindelijk € 87.500; dat is € 12.500 minder dan het bestuur beschikbaar had gesteld.

## 3. Geld

### 3.1 Uitgaven per vereniging

De tabel zet de begrote en de gerealiseerde uitgaven per vereniging over 2040 naast elkaar, in duizenden euro's.

| Vereniging | Begroting 2040 | Realisatie 2040 | Verschil | Verschil in % |
| --- | --- | --- | --- | --- |
| Hockeyclub De Stick | 420 | 401 | -19 | -4,5% |
| Zwemclub De Golf | 690 | 760 | 70 | 10,1% |
| Voetbalclub Teststad | 1.250 | 1.310 | 60 | 4,8% |
| Tennisclub Het Net | 310 | 298 | -12 | -3,9% |
| **Totaal** | **2.670** | **2.769** | **99** | **3,7%** |

De overschrijding komt vooral door de verhuizing van de zwemclub.

## 4. Wachtlijsten

| Sport | Norm (weken) | Wachttijd 2039 (weken) | Wachttijd 2040 (weken) | Aandeel binnen norm 2040 |
| --- | --- | --- | --- | --- |
| Zwemles | 10 | 12,5 | 14,0 | 41% |
| Turnen | 8 | 9,0 | 7,5 | 66% |
| Judo | 6 | 4,0 | 4,5 | 88% |
`;

// Invented minutes of a library council: an agenda item moved to the next meeting, payments per quarter, an action
// whose date moved.
const MINUTES = `# Verslag Bibliotheekraad Teststad, 6 maart 2041

## Aanwezigheid

### Aanwezig

- Oosterpoort: Femke de Wit (voorzitter)
- Westerhaven: Ruben Mulder
- Centrum: Aylin Demir

### Afwezig met kennisgeving

- Noorderhof: Pieter Smit
- Zuidrand: Noor Visser

## 1. Opening

De agenda wordt vastgesteld met één wijziging: het punt **Nieuwe openingstijden** wordt doorgeschoven naar de volgende vergadering, omdat de enquête onder leden nog loopt.

## 2. Financiën

De bijdragen voor het tweede kwartaal zijn van vijf vestigingen binnen; Oosterpoort en Westerhaven maken hun bijdrage vóór 20 maart 2041 over.

## 3. Actielijst

Bij de actielijst vraagt de voorzitter waarom het plan voor de leesbus er nog niet is. De projectleider, Sanne Bakker, legt uit dat de offertes pas eind februari binnenkwamen; zij wil het plan niet schrijven zonder prijzen. De nieuwe datum is 10 april 2041.
`;

// An invented agreement of the sports council: its term, when papers go out, and how a dispute is settled.
const AGREEMENT = `# Samenwerkingsovereenkomst Sportraad Teststad 2040-2043

## Artikel 2. Onderwerp en looptijd

1. Deze overeenkomst regelt de taken die het sportbureau voor de verenigingen uitvoert.
2. De overeenkomst treedt in werking op 1 januari 2040 en eindigt op 31 december 2043.
3. Het bestuur kan uiterlijk op 1 juli 2043 besluiten de looptijd eenmalig met ten hoogste één jaar te verlengen.

## Artikel 4. Vergaderstukken

1. De secretaris zorgt voor tijdige verzending van de stukken: voor het bestuur uiterlijk acht werkdagen, voor de werkgroep sport uiterlijk drie werkdagen voor de vergadering.
2. Binnen vijf werkdagen na iedere vergadering gaat de besluitenlijst naar de leden.

## Artikel 9. Geschillen

1. Geschillen over de uitleg van deze overeenkomst worden eerst voorgelegd aan de voorzitter, die binnen drie weken een gesprek met beide partijen voert.
2. Leidt het gesprek, bedoeld in het eerste lid, niet binnen zes weken tot een oplossing, dan wordt het geschil voorgelegd aan een commissie van drie leden.
3. De commissie brengt binnen twee maanden een bindend advies uit aan het bestuur, dat binnen vier weken na ontvangst een met redenen omkleed besluit neemt.
4. Een geschil over de verdeling van de kosten kan daarnaast worden voorgelegd aan de gemeenteraad van Teststad, die daarover een zwaarwegend oordeel geeft.
`;

/** An index of the bot's own knowledge with one document an administrator added. */
const withDocument = (file: string, markdown: string) => async () => indexWithCuratedFacts(file, markdown);
const report = withDocument('sportraad.md', REPORT);
const minutes = withDocument('bibliotheekraad.md', MINUTES);
const agreement = withDocument('samenwerking.md', AGREEMENT);
const text = (r: QaResult) => (r.kind === 'answer' ? r.answer : r.kind);

describe('a report\'s total row and its rows under budget (session 28)', () => {
  it('"wat hebben ... in totaal gerealiseerd" is the total row, not the table\'s introduction', async () => {
    const answer = text((await report()).ask('Wat hebben de verenigingen in totaal gerealiseerd in 2040?'));
    expect(answer).toMatch(/^Totaal: Realisatie 2040: 2\.769/);
  });

  it('of two asks, one in percent, the other keeps its column', async () => {
    const answer = text((await report()).ask('Wat hebben we in totaal uitgegeven in 2040 en hoeveel procent zat dat boven de begroting?'));
    expect(answer).toContain('2.769');
  });

  it('"minder uitgegeven dan ze hadden begroot" lists the rows under budget', async () => {
    const answer = text((await report()).ask('Welke verenigingen hebben minder uitgegeven dan ze hadden begroot?'));
    expect(answer).toMatch(/lager dan Begroting 2040: Hockeyclub De Stick \(401 tegen 420\), Tennisclub Het Net \(298 tegen 310\)\./);
  });
});

describe('the sentence that gives what is asked, with what it is about (session 28)', () => {
  it('"wat kostte ..." of a party in a register is the amount of the paragraph after it, with the sentence naming the party', async () => {
    const answer = text((await report()).ask('Wat kostte de verhuizing na de brand bij Zwemclub De Golf?'));
    expect(answer).toContain('€ 87.500');
    expect(answer).toContain('Bij de brand bij Zwemclub De Golf');
  });

  it('two questions of their own are each answered, once (a guard: this one held before as well)', async () => {
    const answer = text((await report()).ask('Hoe vaak heeft het bestuur in 2040 vergaderd? Was er ook nog een extra vergadering?'));
    expect(answer).toContain('zes keer');
    expect(answer).toContain('12 augustus');
    expect(answer.split('zes keer')).toHaveLength(2);
  });

  it('a second question that leans on the first ("dan") is not asked on its own', () => {
    expect(questionsInRow('Hoe vaak heeft het bestuur vergaderd? Was er ook nog een extra vergadering?')).toEqual(['Hoe vaak heeft het bestuur vergaderd', 'Was er ook nog een extra vergadering?']);
    expect(questionsInRow('Wanneer is de brand gemeld?')).toBeUndefined();
  });

  it('"IGJ" is the Inspectie Gezondheidszorg en Jeugd', async () => {
    const answer = text((await report()).ask('Kreeg het bestuur in 2040 meldingen van de IGJ?'));
    expect(answer).toMatch(/^Bij het bestuur leverde de Inspectie Gezondheidszorg en Jeugd/);
  });
});

describe('comparing the rows of a report\'s table (session 28)', () => {
  it('"het slechtst" of a share within the norm is its lowest, "de beste wachttijd" the shortest', async () => {
    const index = await report();
    expect(text(index.ask('Welke sport scoorde in 2040 het slechtst als je kijkt naar het aandeel dat binnen de norm geholpen werd?'))).toMatch(/^Laagste aandeel binnen norm 2040: Zwemles \(41%\)/);
    expect(text(index.ask('Welke sport had in 2040 de beste wachttijd?'))).toMatch(/^Laagste wachttijd 2040.*: Judo/);
  });

  it('"korter of langer geworden t.o.v. het jaar ervoor" gives both years and which way it went', async () => {
    const answer = text((await report()).ask('Is de wachttijd voor turnen nou korter of langer geworden t.o.v. het jaar ervoor?'));
    expect(answer).toContain('9,0');
    expect(answer).toContain('7,5');
    expect(answer).toContain('gedaald');
  });
});

describe('minutes (session 28)', () => {
  it('"wie waren er verder nog afwezig" after the asker\'s own absence is the list under the heading "Afwezig met kennisgeving", whole', async () => {
    const answer = text((await minutes()).ask('Ik kon woensdag niet bij de bibliotheekraad zijn, wie waren er verder nog afwezig?'));
    expect(answer).toContain('Noorderhof: Pieter Smit');
    expect(answer).toContain('Zuidrand: Noor Visser');
    expect(answer).not.toContain('Ruben Mulder');
  });

  it('"het 2e kwartaal" is "het tweede kwartaal"', async () => {
    const answer = text((await minutes()).ask('Welke vestigingen moeten hun bijdrage voor het 2e kwartaal nog overmaken?'));
    expect(answer).toContain('Oosterpoort en Westerhaven');
  });

  it('"doorgeschoven naar de volgende vergadering" asked of minutes that say so is answered, as the state the document describes', async () => {
    const result = (await minutes()).ask('Welk agendapunt is doorgeschoven naar de volgende vergadering en waarom?');
    expect(text(result)).toContain('Nieuwe openingstijden');
    expect(result).toMatchObject({ asOfDocument: true });
  });

  it('"hoe staat het met ..." of a piece of work comes with the sentence that gives its status or new date', async () => {
    const answer = text((await minutes()).ask('Hoe staat het met het plan voor de leesbus, en wie moet dat schrijven?'));
    expect(answer).toContain('10 april 2041');
    expect(answer).toContain('Sanne Bakker');
  });
});

describe('articles of an agreement (session 28)', () => {
  it('"tot wanneer loopt ..." is answered by the lid that says when it ends', async () => {
    const answer = text((await agreement()).ask('Tot wanneer loopt de samenwerkingsovereenkomst van de sportraad eigenlijk?'));
    expect(answer).toMatch(/^2\. De overeenkomst treedt in werking op 1 januari 2040 en eindigt op 31 december 2043\./);
  });

  it('"hoe lang van tevoren moeten de stukken de deur uit" is the sending of the papers, whose clause after the colon gives the term', async () => {
    const answer = text((await agreement()).ask('Hoe lang van tevoren moeten de stukken voor het bestuur van de sportraad de deur uit?'));
    expect(answer).toContain('acht werkdagen');
  });

  it('"hoe wordt dat opgelost" of a lid that goes on from the first comes with the first (a guard: this article held before as well)', async () => {
    const answer = text((await agreement()).ask('Stel we krijgen ruzie met het sportbureau over de uitleg van de overeenkomst, hoe wordt dat opgelost?'));
    expect(answer).toContain('commissie van drie leden');
    expect(answer).toContain('eerst voorgelegd aan de voorzitter');
  });
});
