import { parseDocument } from '../../src/features/qa/ingest.service';
import { KnowledgeIndex } from '../../src/features/qa/knowledge-index';
import type { QaResult } from '../../src/features/qa/qa.domain';
import { CURATED_FACTS } from '../../src/features/qa/qa.service';
import { builtInDocuments } from '../../src/features/qa/builtin-documents';
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
`;

// Invented minutes of a library council: an agenda item moved to the next meeting, payments per quarter, an action
// whose date moved.
const MINUTES = `# Verslag Bibliotheekraad Teststad, 6 maart 2041

## 1. Opening

De agenda wordt vastgesteld met één wijziging: het punt **Nieuwe openingstijden** wordt doorgeschoven naar de volgende vergadering, omdat de enquête onder leden nog loopt.

## 2. Financiën

De bijdragen voor het tweede kwartaal zijn van vijf vestigingen binnen; Oosterpoort en Westerhaven maken hun bijdrage vóór 20 maart 2041 over.

## 3. Actielijst

Bij de actielijst vraagt de voorzitter waarom het plan voor de leesbus er nog niet is. De projectleider, Sanne Bakker, legt uit dat de offertes pas eind februari binnenkwamen; zij wil het plan niet schrijven zonder prijzen. De nieuwe datum is 10 april 2041.
`;

/** An index of the bot's own knowledge with one document an administrator added. */
const withDocument = (file: string, markdown: string) => async () =>
  new KnowledgeIndex(CURATED_FACTS, [...(await parseDocument(file, Buffer.from(markdown))).passages, ...(await builtInDocuments()).flatMap((d) => d.passages)]);
const report = withDocument('sportraad.md', REPORT);
const minutes = withDocument('bibliotheekraad.md', MINUTES);
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

describe('minutes (session 28)', () => {
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
