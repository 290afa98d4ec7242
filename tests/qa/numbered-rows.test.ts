import { answersFromDocument } from '../helpers/knowledge-from-markdown';

/**
 * A distribution key, invented: the first column numbers the rows, the second names them; the columns are
 * contributions ("Bijdrage"), asked with a paying verb ("wat betaalt Borne?").
 */
const KEY = `# Notitie verdeling kosten logeerhuis 2031

## Financiën

De kosten van het logeerhuis worden verdeeld over de gemeenten naar inwonertal.

| Nr. | Gemeente | Aandeel | Bijdrage 2031 | Bijdrage 2031-2034 |
|---|---|---|---|---|
| 1 | Almelo | 30,0% | € 90.000 | € 360.000 |
| 2 | Borne | 10,0% | € 30.000 | € 120.000 |
| 3 | Hengelo | 45,0% | € 135.000 | € 540.000 |
| 4 | Tubbergen | 15,0% | € 45.000 | € 180.000 |
| | **Totaal** | **100,0%** | **€ 300.000** | **€ 1.200.000** |

De gemeenten betalen per kwartaal vooraf.
`;

describe('a row named in its second column, asked what it pays', () => {
  const answer = answersFromDocument(KEY, 'verdeling.md');
  it('a paying verb is answered from the contribution columns of the row named', () => {
    expect(answer('hoeveel betaalt Borne voor het logeerhuis')).toContain('€ 120.000');
    expect(answer('wat betaalde Tubbergen voor het logeerhuis')).toContain('€ 180.000');
    expect(answer('hoeveel procent draagt Hengelo bij aan het logeerhuis')).toContain('45,0%');
  });
});

/** A cost table whose last row is what the gemeenten pay net, beside a sentence with the same words and years. */
const COSTS = `# Notitie kosten logeerhuis 2031

## Financiën

De kosten van het logeerhuis bestaan uit personeel en huisvesting.

| Kostenpost | 2031 | 2032 |
|---|---|---|
| Personeel | € 200.000 | € 205.000 |
| Huisvesting | € 50.000 | € 50.000 |
| **Bruto kosten** | **€ 250.000** | **€ 255.000** |
| Af: bijdrage provincie | € 40.000 | € 0 |
| **Netto bijdrage gemeenten** | **€ 210.000** | **€ 255.000** |

De gemeenten betalen per kwartaal vooraf.

Het logeerhuis verwacht in 2031 20 kinderen op te vangen en vanaf 2032 30 kinderen per jaar. Tegenover de netto kosten staat de verwachte besparing van € 100.000 per jaar.
`;

describe('"betalen" as a verb asks a column as "betaalt" does, though its stem is the noun\'s', () => {
  const answer = answersFromDocument(COSTS, 'kosten.md');
  it('the row of what the gemeenten pay net, in the year asked', () => {
    expect(answer('wat betalen de gemeenten samen netto in 2032 voor het logeerhuis')).toBe('Netto bijdrage gemeenten: 2032: € 255.000.');
  });
});
