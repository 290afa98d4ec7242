import { parseDocument } from '../../src/features/qa/ingest.service';
import { KnowledgeIndex } from '../../src/features/qa/knowledge-index';
import { definitionTerms } from '../../src/features/qa/definitions';
import { WANTS_LIST } from '../../src/features/qa/list-questions';
import { withoutIdioms } from '../../src/features/qa/question-frames';

describe('question shapes that look like others', () => {
  it('a condition after "wat geldt als" is no term to define', () => {
    expect(definitionTerms('Wat geldt als het quorum ontbreekt?')).toEqual([]);
    expect(definitionTerms('wat geldt als iemand stopt')).toEqual([]);
    expect(definitionTerms('wat telt in het reglement als werkdag')).toEqual(['werkdag']);
  });

  it('a singular, a superlative or "jaren op een rij" asks no whole list', () => {
    expect(WANTS_LIST.test('Welke status geeft de monitor voor Kampen?')).toBe(false);
    expect(WANTS_LIST.test('Welke gemeenten geven het meest uit aan jeugdhulp?')).toBe(false);
    expect(WANTS_LIST.test('Is de norm twee jaar op een rij gehaald?')).toBe(false);
    expect(WANTS_LIST.test('Welke cijfers geeft de monitor?')).toBe(true);
  });

  it('a count of who voted is no quorum question; a count of who is present is', () => {
    expect(withoutIdioms('alleen twee wethouders stemden tegen in het BO, wat betekent dat')).not.toContain('te weinig');
    expect(withoutIdioms('er waren maar drie managers bij het MO, mag dat')).toContain('te weinig leden');
  });
});

// An invented note: a count of children and a school subsidy, a plan for later, and a total elsewhere.
const NOTE = `# Notitie schoolzwemmen Testland 2032

## Deelname

Dit jaar zijn 240 kinderen aangemeld voor schoolzwemmen. Elke deelnemende school krijgt een bijdrage van € 500 voor het vervoer.

## Aanbieders

Nu de contracten in 2032 aflopen, willen we dat straks 20 zwembaden een contract voor schoolzwemmen hebben.
`;

describe('answers that must not claim more than the document says', () => {
  const index = async () => new KnowledgeIndex([], (await parseDocument('zwemmen.md', Buffer.from(NOTE))).passages);

  it('a second ask opened by its verb is not answered on its own (its subject is in the first ask)', async () => {
    const r = (await index()).ask('Hoeveel kinderen zijn aangemeld en krijgen die allemaal een bijdrage?');
    expect(r.kind === 'answer' ? r.answer : r.kind).not.toMatch(/240[^]*\n\n[^]*€ 500/);
  });

  it('a plan for later is no state of today', async () => {
    const r = (await index()).ask('Hoeveel zwembaden hebben op dit moment een contract voor schoolzwemmen?');
    expect(r).toEqual({ kind: 'none', reason: 'current-state' });
  });
});
