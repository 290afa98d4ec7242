import { parseDocument } from '../../src/features/qa/ingest.service';
import { KnowledgeIndex } from '../../src/features/qa/knowledge-index';
import type { Fact } from '../../src/features/qa/qa.domain';
import { coverageOf } from '../../src/features/qa/query-words';

// An invented region's memo and a curated summary of one of its sections that leaves a sentence out.
const NOTA = `# Samenwerking Jeugdkring Oost

## Adviseurs en projecten
In het Adviseursoverleg zitten de beleidsadviseurs van de gemeenten. Het Adviseursoverleg volgt de voortgang van de projecten en adviseert de projectleiders.

Binnen de regio is de lokale beleidsadviseur lid van een projectteam, met de eigen wethouder als trekker.

## Coördinator
De coördinator stuurt het team aan en bewaakt de kwaliteit van de vergaderstukken.
`;

const ADVISEURSOVERLEG: Fact = {
  id: 'adviseursoverleg',
  questions: ['Wat doet het Adviseursoverleg?', 'Wie zitten in het Adviseursoverleg?'],
  keywords: ['adviseursoverleg', 'AVO', 'beleidsadviseurs'],
  answer: 'In het Adviseursoverleg zitten de beleidsadviseurs van de gemeenten. Het volgt de voortgang van de projecten en adviseert de projectleiders.',
  source: { title: 'Samenwerking Jeugdkring Oost', section: 'Adviseurs en projecten' },
};

describe('a curated fact about another subject than the question names', () => {
  let index: KnowledgeIndex;
  beforeAll(async () => {
    const doc = await parseDocument('samenwerking.md', Buffer.from(NOTA), new Date('2026-01-01'));
    index = new KnowledgeIndex([ADVISEURSOVERLEG], doc.passages);
  });
  const answerTo = (q: string) => {
    const r = index.ask(q);
    if (r.kind !== 'answer') throw new Error(`no answer for "${q}": ${r.reason}`);
    return r;
  };

  it('yields to a passage that says the asked words in one sentence', () => {
    const r = answerTo('Wat is de rol van de beleidsadviseur in een project?');
    expect(r.answer).toContain('lid van een projectteam');
    expect(r.passageRef.kind).toBe('passage');
  });

  it('still answers a question that names its subject', () => {
    for (const q of ['Wat doet het Adviseursoverleg?', 'Wie zitten er in het Adviseursoverleg?']) expect(answerTo(q).passageRef).toEqual({ kind: 'fact', id: 'adviseursoverleg' });
  });
});

describe('one word of a text answers one word of the question', () => {
  const word = (terms: string[]) => ({ terms, partial: new Set<string>(), parts: new Set<string>(), weak: false, focus: false });
  const vocabulary = { has: () => true };

  it('does not let "Regeling" answer both "Regeling" and "geregeld" (both stem to "regel")', () => {
    const words = [word(['geregeld', 'regel']), word(['regel'])];
    expect(coverageOf(words, new Set(['regel']), new Set(['regel']), vocabulary)).toBeCloseTo(0.5);
    expect(coverageOf(words, new Set(['geregeld', 'regel']), new Set(['geregeld', 'regel']), vocabulary)).toBe(1);
  });

  it('still lets a shared synonym group answer both', () => {
    const words = [word(['~bezwaar']), word(['onen', '~bezwaar'])];
    expect(coverageOf(words, new Set(['~bezwaar']), new Set(['~bezwaar']), vocabulary)).toBeCloseTo(0.95);
  });
});
