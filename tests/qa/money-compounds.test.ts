import { parseDocument } from '../../src/features/qa/ingest.service';
import { KnowledgeIndex } from '../../src/features/qa/knowledge-index';

/** An invented expenses rule: the amounts are given per unit ("per kilometer"), never as the compound asked. */
const REGELING = `# Regeling onkosten Vijvercommissie Testland 2026

### Artikel 3 Reizen
1. Reizen gaat op basis van openbaar vervoer in de tweede klas. Wie met een eigen auto reist, ontvangt € 0,21 per kilometer over de kortste route.
2. Parkeren wordt vergoed op vertoon van een bewijs van betaling.

### Artikel 4 Vergaderen
1. Een lid ontvangt per vergadering een vergoeding van € 60.
2. De commissie vergadert vier keer per jaar.
`;

describe('an amount asked by the kind of money it is', () => {
  let index: KnowledgeIndex;
  beforeAll(async () => {
    index = new KnowledgeIndex([], (await parseDocument('regeling.md', Buffer.from(REGELING))).passages);
  });

  it('answers "hoeveel kilometergeld" from the amount per kilometer, with light verbs around it', () => {
    const r = index.ask('Hoeveel kilometergeld krijg ik als ik met de auto kom?');
    expect(r.kind === 'answer' && r.answer).toContain('€ 0,21 per kilometer');
  });

  it('still declines a count of a thing the text never counts', () => {
    expect(index.ask('Hoeveel parkeerplaatsen zijn er bij de vergadering?').kind).toBe('none');
  });
});
