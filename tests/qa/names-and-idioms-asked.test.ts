import { parseDocument } from '../../src/features/qa/ingest.service';
import { KnowledgeIndex } from '../../src/features/qa/knowledge-index';
import { lacksNamesAsked } from '../../src/features/qa/names-asked';
import { withoutIdioms } from '../../src/features/qa/question-frames';

// An invented nota: a market consultation told without the names of who took part, and a table of who won which lot.
const NOTA = `# Notitie inkoop Testregio 2033

## Marktconsultatie

Van 3 tot en met 28 maart 2032 hield de regio een marktconsultatie voor het perceel dagbesteding, met dialoogsessies in Zwolle en Kampen en een digitale vragenlijst. Aan de dialoogsessies deden 31 aanbieders mee.

## Gunning

Het perceel vervoer is gegund aan Stichting Rijdend Testland. Alle 12 gecontracteerde aanbieders deden mee aan de evaluatie.

## Looptijd

De opvangregeling loopt vier jaar en de opvang wordt goed bekostigd.

## Evaluatie

De regio evalueert de opvang jaarlijks aan de hand van de volgende normen:
- ten minste 85% van de jeugdigen is binnen 6 uur geplaatst;
- ten hoogste 10% van de plaatsingen duurt langer dan 3 weken.
`;

const index = async () => new KnowledgeIndex([], (await parseDocument('notitie.md', Buffer.from(NOTA))).passages);
const answerOf = (r: ReturnType<KnowledgeIndex['ask']>) => (r.kind === 'answer' ? r.answer : r.kind);

describe('names of parties asked', () => {
  it('declines "welke aanbieders deden mee ..., graag de namen" when the document tells the event but names no one', async () => {
    expect(answerOf((await index()).ask('Welke aanbieders deden mee aan de dialoogsessie in Kampen tijdens de marktconsultatie, graag de namen'))).toBe('none');
  });

  it('takes a name, or "alle aanbieders", as the answer; places and the region\'s words are no names', () => {
    expect(lacksNamesAsked('welke aanbieders hebben zich ingeschreven?', 'Het perceel vervoer is gegund aan Stichting Rijdend Testland.')).toBe(false);
    expect(lacksNamesAsked('welke aanbieders deden mee aan de evaluatie?', 'Alle 12 gecontracteerde aanbieders deden mee aan de evaluatie.')).toBe(false);
    expect(lacksNamesAsked('welke aanbieders hebben zich ingeschreven?', '**4.1 Marktconsultatie.** Er waren sessies in Zwolle en Kampen, georganiseerd door RSJ IJsselland.')).toBe(true);
    expect(lacksNamesAsked('welke aanbieders mogen meedoen aan de aanbesteding?', 'Aanbieders met een keurmerk mogen meedoen.')).toBe(false);
  });
});

describe('"goed loopt" asks how well something goes', () => {
  it('is not a question of how long it runs', () => {
    expect(withoutIdioms('aan welke normen wordt afgemeten of de opvang goed loopt')).toBe('aan welke normen wordt afgemeten of de opvang gaat');
  });

  it('is answered by the measures the document gives', async () => {
    expect(answerOf((await index()).ask('Aan welke normen wordt afgemeten of de opvang goed loopt?'))).toMatch(/85%/);
  });
});

describe('"kan die langer?" after a term asked', () => {
  const REGELING = `# Mandaatregeling Testregio 2033

### Artikel 4 Opnamestop

1. De teamleider mag een tijdelijke opnamestop voor nieuwe cliënten opleggen voor ten hoogste 30 dagen.
2. De teamleider informeert de gemeenten binnen 1 werkdag over een opnamestop.

### Artikel 5 Contracten

1. De directeur mag contracten aangaan tot € 50.000 per jaar.
2. Een contract wordt aangegaan voor ten hoogste twee jaar.

### Artikel 6 Verlenging

1. Een opnamestop als bedoeld in artikel 4 kan één keer met ten hoogste 30 dagen worden verlengd.
`;

  it('asks whether the term can be extended', () => {
    expect(withoutIdioms('hoe lang mag een opnamestop duren? kan die langer?')).toBe('hoelang mag een opnamestop duren? kan die verlengd worden?');
  });

  it('is answered with the extension beside the term', async () => {
    const kb = new KnowledgeIndex([], (await parseDocument('mandaat.md', Buffer.from(REGELING))).passages);
    expect(answerOf(kb.ask('hoe lang mag een opnamestop maximaal duren? kan die langer?'))).toMatch(/worden verlengd/);
  });
});

describe('names given as a list or after a colon', () => {
  it('are names', () => {
    expect(lacksNamesAsked('welke aanbieders hebben zich ingeschreven?', 'Ingeschreven hebben zich:\n- Trias\n- Entrea')).toBe(false);
    expect(lacksNamesAsked('welke aanbieders hebben zich ingeschreven?', 'Gegund aan: Trias.')).toBe(false);
  });
});
