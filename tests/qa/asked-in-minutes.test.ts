import { parseDocument } from '../../src/features/qa/ingest.service';
import { KnowledgeIndex } from '../../src/features/qa/knowledge-index';
import type { QaResult } from '../../src/features/qa/qa.domain';

// Invented minutes (not an evaluation document): a round of questions, each followed by its reply.
const MINUTES = `# Verslag Dorpsoverleg Testland, 3 maart 2032

## 1. Opening

De voorzitter opent de vergadering om 19.30 uur.

## 2. Rondvraag

Karel Smeets (Beekveld) vroeg of de dorpsraad een avond kan beleggen voor nieuwe vrijwilligers die weinig weten van het beheer van de speeltuin. De secretaris stelde voor in mei 2032 een inloopavond in het dorpshuis te houden, voor de zomer, en zegde een uitnodiging toe.

Joost Ham (Dorpsveen) vroeg naar de klachten over het geluid bij het dorpshuis tijdens de feestweek. De penningmeester bevestigde dat er dit jaar elf klachten zijn binnengekomen, de meeste over de late avonden. De dorpsraad gaat met de buren en de organisatie van de feestweek in gesprek.

Marja Tol (Cransdam) vroeg of de notulen voortaan binnen een week kunnen worden rondgestuurd, zodat de managers van de verenigingen hun leden eerder kunnen informeren. De secretaris zegde dat toe.

## 3. Sluiting

De voorzitter sluit de vergadering om 21.15 uur.

**Afspraak:** de volgende vergadering is op 12 juni 2032 in het dorpshuis van Beekveld.
`;

const answer = (r: QaResult) => (r.kind === 'answer' ? r.answer : `(${r.kind})`);

describe('what a participant asked in a meeting', () => {
  it('answers with the question of the participant the question names, and the reply after it', async () => {
    const kb = new KnowledgeIndex([], (await parseDocument('verslag.md', Buffer.from(MINUTES))).passages);
    const text = answer(kb.ask('wat vroeg de manager van beekveld in de rondvraag'));
    expect(text).toContain('Karel Smeets (Beekveld) vroeg');
    expect(text).toContain('in mei 2032 een inloopavond');
    expect(text).not.toContain('Marja Tol');
  });
});

describe('the next meeting in minutes', () => {
  it('answers when the next meeting is from the minutes that say it, as the state of their own day', async () => {
    const kb = new KnowledgeIndex([], (await parseDocument('verslag.md', Buffer.from(MINUTES))).passages);
    const result = kb.ask('wanneer is de volgende vergadering?');
    expect(answer(result)).toContain('12 juni 2032');
    expect(result.kind === 'answer' && result.asOfDocument).toBe(true);
    // What the minutes do not say of that meeting stays declined.
    expect(kb.ask('wat staat er op de agenda van de volgende vergadering?').kind).toBe('none');
  });
});

describe('minutes that mention the next meeting without its date', () => {
  it('do not tell when it is: "wanneer is de volgende vergadering" stays declined', async () => {
    const undated = MINUTES.replace('**Afspraak:** de volgende vergadering is op 12 juni 2032 in het dorpshuis van Beekveld.', '**Afspraak:** het voorstel over de speeltuin komt terug in de volgende vergadering.');
    const kb = new KnowledgeIndex([], (await parseDocument('verslag.md', Buffer.from(undated))).passages);
    expect(kb.ask('wanneer is de volgende vergadering?').kind).toBe('none');
  });
});

describe('the next meeting dated by a closing label of the minutes of a body', () => {
  const LABELLED = MINUTES.replace('# Verslag Dorpsoverleg Testland, 3 maart 2032', '# Verslag Dorpsraadoverleg Testland, 3 maart 2032')
    .replace('**Afspraak:** de volgende vergadering is op 12 juni 2032 in het dorpshuis van Beekveld.', '**Volgende vergadering:** dinsdag 12 juni 2032, 19.30 uur, dorpshuis Beekveld.');
  const index = async () => new KnowledgeIndex([], (await parseDocument('verslag.md', Buffer.from(LABELLED))).passages);

  it('answers when and where the next meeting of that body is, named by the body, as the state of their own day', async () => {
    const result = (await index()).ask('Wanneer en waar is het eerstvolgende dorpsraadoverleg na de vergadering van 3 maart 2032?');
    expect(answer(result)).toContain('12 juni 2032, 19.30 uur, dorpshuis Beekveld');
    expect(result.kind === 'answer' && result.asOfDocument).toBe(true);
  });

  it('does not date the next meeting of another body, nor tell its agenda', async () => {
    const kb = await index();
    expect(answer(kb.ask('wanneer is het volgende bestuursoverleg?'))).not.toContain('12 juni');
    expect(kb.ask('wat staat er op de agenda van het volgende dorpsraadoverleg?').kind).toBe('none');
  });
});

describe('what a participant asked, in minutes written in the present tense', () => {
  const PRESENT = `# Verslag Dorpsraadoverleg Testland 3 maart 2032

## 2. Sluiting van de speeltuin

De speeltuin aan de Beekweg sluit per 1 juni 2032 wegens achterstallig onderhoud. De kosten van herstel lopen op tot € 40.000.

De voorzitter van Beekveld vraagt of de kinderen van de Beekweg in hun eigen buurt kunnen blijven spelen. De secretaris antwoordt dat een tijdelijk speelveld bij het dorpshuis wordt ingericht.
`;

  it('answers with the question of the participant the question names and the reply after it', async () => {
    const kb = new KnowledgeIndex([], (await parseDocument('verslag.md', Buffer.from(PRESENT))).passages);
    const text = answer(kb.ask('wat wilde de voorzitter van Beekveld weten over de sluiting van de speeltuin?'));
    expect(text).toContain('in hun eigen buurt kunnen blijven spelen');
    expect(text).toContain('tijdelijk speelveld');
  });
});
