import { parseDocument } from '../../src/features/qa/ingest.service';
import { KnowledgeIndex } from '../../src/features/qa/knowledge-index';
import { twoAsks } from '../../src/features/qa/question-setup';

// An invented regulation (not an evaluation document): the amount of the budget is stated in one article, while the
// article after it shares more of the question's words (the budget, a contribution, each village) without stating it.
const REGELING = `# Regeling noodopvang dieren Voorbeeldstreek 2030

## Artikel 1 Doel
1. Deze regeling regelt de opvang van zwerfdieren in de dorpen van Voorbeeldstreek.

## Artikel 2 Kostenverdeling
1. De kosten van de eerste 48 uur van een opvang worden betaald uit het gezamenlijke opvangbudget.
2. Het opvangbudget bedraagt voor 2030 € 480.000. Elk dorp brengt het op naar rato van zijn aantal huishoudens.

## Artikel 3 Verrekening
1. Asielhouders declareren per maand bij het streekbureau.
2. Dreigt het opvangbudget te worden overschreden, dan legt het streekbestuur een voorstel voor een aanvullende bijdrage van elk dorp voor, gebaseerd op het tekort van dat jaar.
`;

const answer = (kb: KnowledgeIndex, q: string) => {
  const r = kb.ask(q);
  return r.kind === 'answer' ? r.answer : `(${r.kind})`;
};

describe('a question that asks an amount, and something else', () => {
  let kb: KnowledgeIndex;
  beforeAll(async () => {
    kb = new KnowledgeIndex([], (await parseDocument('opvangbudget.md', Buffer.from(REGELING))).passages);
  });

  it('splits an asking sentence at "en waarop ..." as at "en wie ..."', () => {
    expect(twoAsks('Hoe groot is het opvangbudget voor 2030 en waarop is de bijdrage van elk dorp gebaseerd?')?.[1]).toBe('waarop is de bijdrage van elk dorp gebaseerd?');
    expect(twoAsks('Hoe snel moet de aanbieder reageren, en hoeveel tijd heeft de commissie daarna?')?.[1]).toBe('hoeveel tijd heeft de commissie daarna?');
  });

  it('is answered by the article that states the amount with the words of that ask, not by one that shares more words', () => {
    expect(answer(kb, 'Hoe groot is het opvangbudget voor 2030 en waarop is de bijdrage van elk dorp gebaseerd?')).toContain('€ 480.000');
  });
});
