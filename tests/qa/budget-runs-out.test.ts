import { answersFromDocument } from '../helpers/knowledge-from-markdown';

/** A proposal's risks, invented: one says what happens when a budget runs out ("opraken", "volledig besteed"). */
const RISKS = `# Voorstel logeerhuis jeugd 2031

## Kanttekeningen

1. *Het logeerbudget kan opraken.* Als het budget in een jaar volledig is besteed, betalen de gemeenten nieuwe logeerplekken weer zelf. Het logeerhuis meldt dat tijdig in de kwartaalrapportage.
2. *Werving van gastouders is lastig.* Als werving niet lukt, zetten we beroepskrachten in.
`;

describe('a budget that is "al op" runs out ("opraken")', () => {
  const answer = answersFromDocument(RISKS, 'voorstel.md');
  it('is answered by the risk that says what happens then', () => {
    expect(answer('wat gebeurt er als het logeerbudget halverwege het jaar al op is?')).toContain('weer zelf');
  });
});
