import { parseDocument } from '../../src/features/qa/ingest.service';
import { KnowledgeIndex } from '../../src/features/qa/knowledge-index';
import { MemoryCorpus } from '../../src/features/qa/memory-corpus';
import { analyseQuestion } from '../../src/features/qa/question-analysis';
import { missingThing, unsaidThing } from '../../src/features/qa/answer-gate';
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

  it('asked for by "welke" is named by the answer, also when its word ends like a kind of thing ("opleiding", not "ding")', () => {
    expect(unsaid('Welke opleiding moet de secretaris hebben?', 'De secretaris wordt door de dorpsraad benoemd.')).toBe('opleiding');
    expect(unsaid('Welke dingen regelt de secretaris?', 'De secretaris verzorgt de scholing van nieuwe leden.')).toBeUndefined();
  });

  it("of someone's own that no document names is missing, however much else the hit covers, and a typo-tolerant match does not name it", () => {
    const words = analyseQuestion('Mag de voorzitter zijn secretaresse meenemen naar de vergadering?', corpus);
    const thing = words.find((w) => w.unknownThing)!;
    // the search matched "secretaresse" only as a near spelling of "secretaris"
    const hit = { coverage: 0.8, rank: 1, matched: new Set(words.map((w) => w.terms[0])), exact: new Set(words.filter((w) => w !== thing).map((w) => w.terms[0])) };
    expect(missingThing(hit, words)).toBe('secretaresse');
    // not so for a thing that is nobody's own, which the rest of the question may answer in other words
    const plain = analyseQuestion('Mag de voorzitter een secretaresse meenemen naar de vergadering?', corpus);
    const other = plain.find((w) => w.unknownThing)!;
    expect(missingThing({ ...hit, matched: new Set(plain.map((w) => w.terms[0])), exact: new Set(plain.filter((w) => w !== other).map((w) => w.terms[0])) }, plain)).toBeUndefined();
  });

  it('is read past "eigen" ("zijn eigen beheerder"): the noun phrase starts at its determiner', () => {
    const text = 'De dorpsraad adviseert het college over het onderhoud van de speeltuinen.';
    expect(unsaid('Mag de voorzitter zijn eigen beheerder aanwijzen voor de speeltuinen?', text)).toBe('beheerder');
    expect(unsaid('Mag de voorzitter zijn eigen beheerder aanwijzen voor de speeltuinen?', 'De voorzitter wijst de beheerder van de speeltuinen aan.')).toBeUndefined();
  });
});
