import { parseDocument } from '../../src/features/qa/ingest.service';
import { KnowledgeIndex } from '../../src/features/qa/knowledge-index';
import { MemoryCorpus } from '../../src/features/qa/memory-corpus';
import { analyseQuestion } from '../../src/features/qa/question-analysis';
import { unsaidThing } from '../../src/features/qa/answer-gate';
import { answerReply } from '../../src/features/qa/qa.routes';
import { warmUpDutchWords } from '../../src/features/qa/dutch-dictionary';

/** An invented regulation of a village council: it names children as the ones it cares for, and inhabitants, but no one's own family or training. */
const REGLEMENT = `# Reglement Dorpsraad Voorbeelddorp 2027

### Artikel 1 Samenstelling
1. De dorpsraad bestaat uit zeven inwoners van Voorbeelddorp.
2. De voorzitter wordt door de leden gekozen voor een periode van twee jaar.

### Artikel 2 Speeltuinen
1. De dorpsraad adviseert het college over het onderhoud van de speeltuinen.
2. Niet de wensen van de beheerder, maar het kind staat daarbij voorop.

### Artikel 3 Vergaderingen
1. De dorpsraad vergadert zes keer per jaar in het dorpshuis.
2. De scholing van nieuwe leden verzorgt de secretaris.

### Artikel 4 Werkgroepen
De dorpsraad kan werkgroepen instellen. Het advies van een werkgroep heeft de vorm van een brief. De besluitvorming over het advies van een werkgroep blijft bij de dorpsraad.
`;

describe('the thing a question whether or who asks about, in the sense it asks it', () => {
  let corpus: MemoryCorpus;
  let index: KnowledgeIndex;
  beforeAll(async () => {
    warmUpDutchWords();
    const doc = await parseDocument('dorpsraad.md', Buffer.from(REGLEMENT));
    corpus = new MemoryCorpus([], doc.passages);
    index = new KnowledgeIndex([], doc.passages);
  });
  const unsaid = (q: string, text: string) => unsaidThing(analyseQuestion(q, corpus), text, (w) => corpus.terms(w), []);

  it('is not said by a text that names it and nothing else the question asks: that is another thing of the name', () => {
    const q = 'Mag de voorzitter zijn kinderen meenemen naar de vergadering?';
    expect(unsaid(q, 'Niet de wensen van de beheerder, maar het kind staat daarbij voorop.')).toBe('kinderen');
    expect(unsaid(q, 'De voorzitter neemt zijn kinderen niet mee naar de vergadering.')).toBeUndefined();
    // a question of the thing alone has nothing else to say
    expect(unsaid('Wat is de vergaderfrequentie?', 'De vergaderfrequentie is zes keer per jaar.')).toBeUndefined();
  });

  it("of someone's own is named by its own word, not by a word of its synonym group", () => {
    expect(unsaid('Mag de voorzitter zijn kinderen meenemen naar de vergadering?', 'De dorpsraad bestaat uit zeven inwoners. De voorzitter wordt gekozen.')).toBe('kinderen');
    expect(unsaid('Mag de voorzitter zijn kind meenemen naar de vergadering?', 'De voorzitter mag kinderen meenemen naar de vergadering.')).toBeUndefined();
    const reply = (q: string) => answerReply(q, index.ask(q)).text ?? '';
    expect(reply('Mag de voorzitter zijn kinderen meenemen naar de dorpsraad?')).toMatch(/^Een antwoord over "kinderen" heb ik bij deze vraag niet gevonden/);
  });

  it('is not said by a paraphrase that is only part of a compound ("vorm" of "vorming" in "besluitvorming")', () => {
    const q = 'Wie verzorgt de opleiding van nieuwe leden van de werkgroep?';
    expect(unsaid(q, 'De besluitvorming over het advies van een werkgroep blijft bij de dorpsraad.')).toBe('opleiding');
    expect(unsaid(q, 'De scholing van nieuwe leden verzorgt de secretaris.')).toBeUndefined();
  });
});
