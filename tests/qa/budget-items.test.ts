import { answersFromDocument } from '../helpers/knowledge-from-markdown';

/** A proposal's finances, invented: a cost covered from a named item of the budget ("de post ..."). */
const FINANCES = `# Voorstel logeerhuis jeugd 2031

## Financiën

De kosten van een projectleider in de eerste helft van 2030 (€ 35.000) worden gedekt binnen de begroting 2030, uit de post innovatie, en staan daarom niet in de tabel.

De gemeenten betalen hun bijdrage per kwartaal vooraf.
`;

describe('"uit welk potje" asks the item of the budget ("de post") a cost is paid from', () => {
  const answer = answersFromDocument(FINANCES, 'voorstel.md');
  it('is answered by the sentence that names the item', () => {
    expect(answer('uit welk potje wordt de projectleider betaald?')).toContain('uit de post innovatie');
  });
});
