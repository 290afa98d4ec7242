import { parseDocument } from '../../src/features/qa/ingest.service';
import { KnowledgeIndex } from '../../src/features/qa/knowledge-index';
import { withSignatureStated } from '../../src/features/qa/signature';
import type { QaResult } from '../../src/features/qa/qa.domain';

// An invented memo: the sender in its head, the same name with a function line at its foot, a list of abbreviations after.
const MEMO = `Informatienota

Aan : het college
Van : Mirjam de Wit
Datum : 3 maart 2039
Betreft : Pleegzorg in Testdorp

1. Aanleiding
De jeugdhulpaanbieder voor pleegzorg in Testdorp stopt in 2040. De raad vraagt om een plan voor de pleeggezinnen.

2. Voorstel
Wij stellen voor de pleegzorg onder te brengen bij de aanbieder van de buurgemeente, met een overgangsperiode van een jaar.

Mirjam de Wit

Adviseur Sport en Bewegen

PZ: pleegzorg
`;

const text = (r: QaResult) => (r.kind === 'answer' ? r.answer : r.kind);

describe("a memo's signature", () => {
  it("states the writer's function as a sentence, and beside the name in the head", () => {
    const lines = withSignatureStated(MEMO.split('\n').map((l) => l.trim()).filter(Boolean));
    expect(lines).toContain('Van : Mirjam de Wit, Adviseur Sport en Bewegen');
    expect(lines).toContain('Opgesteld door Mirjam de Wit, functie: Adviseur Sport en Bewegen.');
    expect(lines).not.toContain('Mirjam de Wit');
  });

  it('leaves a text without a sender in its head as it is', () => {
    const lines = ['Reglement', 'Artikel 1', 'Mirjam de Wit', 'Adviseur Sport en Bewegen'];
    expect(withSignatureStated(lines)).toEqual(lines);
  });

  it('answers who wrote the memo and in what function', async () => {
    const index = new KnowledgeIndex([], (await parseDocument('pleegzorg.txt', Buffer.from(MEMO))).passages);
    expect(text(index.ask('Wie heeft de informatienota over de pleegzorg geschreven en wat was haar functie?'))).toMatch(/Mirjam de Wit, (?:functie: )?Adviseur Sport en Bewegen/);
  });
});
