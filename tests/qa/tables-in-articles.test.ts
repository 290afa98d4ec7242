import { parseDocument } from '../../src/features/qa/ingest.service';
import { KnowledgeIndex } from '../../src/features/qa/knowledge-index';
import { extractAnswer } from '../../src/features/qa/answer-extraction';
import { toPassages } from '../../src/features/qa/passages';
import type { Passage, QaResult } from '../../src/features/qa/qa.domain';
import { answerFromTableHits } from '../../src/features/qa/table-hits';
import { passageKey } from '../../src/features/qa/knowledge-search';
import { termsOf } from '../../src/features/qa/dutch-text';

// An invented regulation (not an evaluation document): a lid that introduces a table, each of whose rows the
// reader turns into a passage of its own, and leden after it.
const REGELING = `# Regeling logeeropvang Testland 2027

## Artikel 1 Doel
1. Deze regeling regelt de logeeropvang voor jeugdigen van wie de ouders tijdelijk niet voor hen kunnen zorgen.

## Artikel 2 Ingekochte plekken
1. De regio heeft voor 2027 in totaal 19 logeerbedden ingekocht, als volgt verdeeld:

| Soort logeerplek | Aantal | Leeftijd | Prijs per nacht |
| --- | --- | --- | --- |
| Logeergezin | 9 | 0-12 jaar | € 140 |
| Logeerhuis | 7 | 8-18 jaar | € 310 |
| Logeerplek met nachtwaker | 3 | 12-18 jaar | € 520 |

2. Een logeerbed wordt niet langer dan 48 uur vrijgehouden.
3. Zijn alle logeerbedden bezet, dan zoekt de regiocoördinator een plek in een buurregio.

## Artikel 3 Melden
1. De ouders of het wijkteam melden een logeervraag bij het regionale meldpunt, uiterlijk een week vooraf.
`;

const answer = (r: QaResult) => (r.kind === 'answer' ? r.answer : `(${r.kind})`);

describe('a table inside an article', () => {
  let kb: KnowledgeIndex;
  let article: Passage[];
  let doc: Passage[];
  beforeAll(async () => {
    doc = (await parseDocument('logeeropvang.md', Buffer.from(REGELING))).passages;
    kb = new KnowledgeIndex([], doc);
    article = doc.filter((p) => p.section.startsWith('Artikel 2'));
  });

  it('shows each row with its header, never a header line without its row', () => {
    // Only the column header says the question's word ("nacht"): each row says it with its header.
    const text = extractAnswer(article, (sentence) => [/nacht/i.test(sentence) ? 1 : 0], false).text;
    expect(text).toContain('Logeerhuis: Aantal: 7; Leeftijd: 8-18 jaar; Prijs per nacht: € 310');
    expect(text).not.toContain('|');
  });

  it('gives a count from the lid that introduces the table without the colon of a list it does not show', () => {
    const text = answer(kb.ask('Hoeveel logeerbedden zijn er en hoe lang worden ze vrijgehouden?'));
    expect(text).toContain('19 logeerbedden ingekocht.');
    expect(text).toContain('48 uur');
    expect(text).not.toMatch(/:\s/);
  });

  it('answers from the lid that introduces the table with the rows it introduces, as a list', () => {
    const text = answer(kb.ask('Hoeveel logeerbedden zijn er ingekocht en wat kosten ze per nacht?'));
    expect(text).toContain('19 logeerbedden');
    for (const price of ['€ 140', '€ 310', '€ 520']) expect(text).toContain(price);
    expect(text).toMatch(/^- Logeergezin: Aantal: 9; Leeftijd: 0-12 jaar; Prijs per nacht: € 140$/m);
  });

  it('ends the list of rows where the next numbered lid begins', () => {
    const text = answer(kb.ask('Welke logeerbedden zijn er ingekocht en wat is de prijs per nacht?'));
    expect(text).toContain('Logeerplek met nachtwaker');
    expect(text).not.toContain('48 uur');
  });

  it('puts a row shown beside a sentence on a line of its own', () => {
    const tariff = toPassages('# Tarieven\n\n## Artikel 9 Tarief\nHet tarief van een logeerhuis wordt elk jaar op 1 januari geïndexeerd.\n\n| Soort | Prijs per nacht |\n| --- | --- |\n| Logeerhuis | € 310 |\n| Logeergezin | € 140 |\n', 't.md').passages;
    const section = tariff.map((p, position) => ({ ...p, title: 'Tarieven', position, sourceFile: 't.md', ingestedAt: '' }));
    const text = extractAnswer(section, (sentence) => [/logeerhuis/i.test(sentence) ? 1 : 0], false).text;
    expect(text.split('\n')).toEqual(['Het tarief van een logeerhuis wordt elk jaar op 1 januari geïndexeerd.', 'Logeerhuis: Prijs per nacht: € 310']);
  });

  it('answers both asks when a row answers the second: the lid that introduces the table says the first', () => {
    const question = 'Hoeveel logeerbedden heeft de regio voor 2027 ingekocht en wat kost een nacht op de plek met nachtwaker?';
    const byId = new Map(doc.map((p) => [passageKey(p), p]));
    const source = { passage: (id: string) => byId.get(id), passageAt: (title: string, k: number) => byId.get(passageKey({ title, position: k })), terms: (w: string) => termsOf(w) };
    const row = doc.find((p) => p.text.includes('nachtwaker'))!;
    const hit = { id: passageKey(row), kind: 'passage', coverage: 0.8, rowCoverage: 0.8, rank: 1 };
    const text = answer(answerFromTableHits(question, [hit], hit, false, 0.55, source) ?? { kind: 'none', reason: 'low-score' });
    expect(text).toContain('€ 520');
    expect(text).toMatch(/^De regio heeft voor 2027 in totaal 19 logeerbedden ingekocht\.\n/);
    expect(text).not.toContain('48 uur');
  });

  it('reads a row with an empty first cell without a label, and one with only its first cell as that cell', () => {
    const rows = toPassages('# Tarieven\n\n## Artikel 9 Tarief\nDe tarieven per nacht staan hieronder.\n\n| Soort | Prijs per nacht | Toeslag |\n| --- | --- | --- |\n| Logeerhuis | | |\n|  | € 140 | € 10 |\n', 't.md').passages;
    const section = rows.map((p, position) => ({ ...p, title: 'Tarieven', position, sourceFile: 't.md', ingestedAt: '' }));
    const text = extractAnswer(section, (sentence) => [/nacht/i.test(sentence) ? 1 : 0], false, false).text;
    expect(text).toContain('Prijs per nacht: € 140; Toeslag: € 10');
    expect(text).not.toMatch(/Soort: |Logeerhuis:/);
  });
});
