import { parseDocument } from '../../src/features/qa/ingest.service';
import { KnowledgeIndex } from '../../src/features/qa/knowledge-index';

// An invented letter (not an evaluation document): the sentence that answers leans on the ones before it.
const LETTER = `# Raadsbrief stand van de buurthulp Testland 2031

## 3. Wachttijden

De wachttijden zijn dit jaar gedaald. Een belangrijke verklaring is het gezamenlijke intakeloket, dat sinds maart in alle dorpen werkt. Aan dat loket bespreken de wijkteams elke week met de grote aanbieders wie een gezin het snelst kan helpen. Daardoor staan gezinnen minder vaak tegelijk bij meerdere aanbieders ingeschreven.

## 4. Kosten

De kosten stegen met vier procent.
`;

describe('a sentence that leans on the one before it', () => {
  it('comes with the sentences it leans on, back to the one that names what it is about', async () => {
    const kb = new KnowledgeIndex([], (await parseDocument('raadsbrief.md', Buffer.from(LETTER))).passages);
    const r = kb.ask('Wat is er gedaan zodat gezinnen niet meer tegelijk bij meerdere aanbieders ingeschreven staan?');
    expect(r.kind === 'answer' ? r.answer : r.kind).toMatch(/intakeloket.*Aan dat loket.*Daardoor staan gezinnen/s);
  });
});

// An invented letter: the cause of what the first sentence names is the next sentence, without a word of reason.
const CAUSES = `# Raadsbrief stand van de bibliotheken Testland 2031

## 2. Openingstijden

De openingstijden zijn dit jaar vooral ingekort bij de vestiging in Oosterdorp, de enige vestiging in de gemeente met een leeszaal en een eigen archief van de streekgeschiedenis en de dorpskranten. Die vestiging kampt met een tekort aan vrijwilligers. De gemeente onderzoekt of een gezamenlijke leeszaal met Westerdorp haalbaar is.

## 3. Uitleningen

Het aantal uitleningen steeg met zes procent.
`;

describe('a cause asked in the second ask of a question', () => {
  it('comes with the next sentence that speaks of the first one and names the cause ("kampt met een tekort aan"), also for "waarom"', async () => {
    const kb = new KnowledgeIndex([], (await parseDocument('bibliotheken.md', Buffer.from(CAUSES))).passages);
    for (const q of ['Bij welke vestiging zijn de openingstijden ingekort en waar komt dat door?', 'Bij welke vestiging zijn de openingstijden ingekort, en hoe komt dat?', 'Waarom zijn de openingstijden bij de vestiging in Oosterdorp ingekort?']) {
      const r = kb.ask(q);
      expect(r.kind === 'answer' ? r.answer : r.kind).toMatch(/Oosterdorp.*tekort aan vrijwilligers/s);
    }
  });
});

// An invented letter: a share, then the same in figures.
const SHARES = `# Raadsbrief stand van de sportparken Testland 2031

## 4. Doelen

Het oude plan is afgesloten en de gemeenteraad wil nog steeds dat elk kind kan sporten in het eigen dorp, dicht bij huis. Voor de komende jaren heeft het college daaraan een meetbaar doel verbonden: in 2034 moeten er 15 procent meer kinderen lid zijn van een sportvereniging dan in 2030. Dat betekent een stijging van 2.400 naar ten minste 2.760 kinderen. Met 2.550 leden op 1 januari 2031 is een derde van die weg afgelegd.

## 5. Kosten

De kosten stegen met vier procent.
`;

describe('a share in the chosen sentence', () => {
  it('comes with the next sentence that puts it in figures ("Dat betekent een stijging van 2.400 naar 2.760")', async () => {
    const kb = new KnowledgeIndex([], (await parseDocument('sportparken.md', Buffer.from(SHARES))).passages);
    const r = kb.ask('Wat is het meetbare doel voor het aantal kinderen bij een sportvereniging in 2034?');
    expect(r.kind === 'answer' ? r.answer : r.kind).toMatch(/15 procent meer.*2\.760/s);
  });
});

// An invented report: a change is said in one sentence, its figures in the next.
const CHANGE = `# Evaluatie van het zwemabonnement Testland 2031

## 4. Resultaten

Uit de bezoekersregistratie van het gemeentelijke zwembad De Wetering, die wij over de volledige looptijd van het abonnement hebben bekeken, blijkt dat het zwembadbezoek van kinderen duidelijk toenam. De kinderen in de steekproef zwommen bij de start gemiddeld 1,2 keer per maand; een jaar later was dat 2,7 keer. Ouders noemen vooral de lagere prijs als reden. Daarnaast hielp de nieuwe busverbinding.

## 5. Kosten

Het abonnement kostte de gemeente dit jaar € 84.000.
`;

describe('a change said without figures ("... verbeterde", "nam toe")', () => {
  it('comes with the next sentence of its paragraph that gives them from and to', async () => {
    for (const changed of ['toenam', 'verbeterde']) {
      const kb = new KnowledgeIndex([], (await parseDocument('zwemabonnement.md', Buffer.from(CHANGE.replace('toenam', changed)))).passages);
      const r = kb.ask('Is het zwembadbezoek van kinderen verbeterd?');
      expect(r.kind === 'answer' ? r.answer : r.kind).toMatch(/bezoekersregistratie.*1,2 keer.*2,7 keer/s);
    }
  });
});
