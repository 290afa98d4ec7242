import { aboutOtherEdition, editionAsked } from '../../src/features/qa/year-editions';
import { termsOf } from '../../src/features/qa/dutch-text';

// Invented sentences (not from an evaluation document): a thing named with a year is one edition of it.
describe('a passage about another edition of the thing asked', () => {
  const other = (question: string, text: string) => {
    const asked = editionAsked(question, termsOf);
    return !!asked && aboutOtherEdition(asked, text, termsOf);
  };

  it('names the thing with another year only', () => {
    expect(other('Wat staat er in de regioagenda 2028?', 'Uitkomsten regioagenda 2027\nDe regioagenda 2027 telt vijf thema\'s.')).toBe(true);
    expect(other('Wat staat er in de regioagenda 2028?', 'Brief\nDe regioagenda 2028 telt vier thema\'s; de regioagenda 2027 telde er vijf.')).toBe(false);
  });

  it('is not a year after a word of grammar ("voor 2027", "over 2025")', () => {
    expect(other('Hoe hoog is het werkbudget voor 2027?', 'Begroting\nHet werkbudget voor 2026 is € 120.000. In 2027 stijgt het werkbudget naar € 150.000.')).toBe(false);
    expect(other('Wat was het resultaat over 2025?', 'Jaarstukken\nHet resultaat over 2024 bedroeg € 41.000. Voor 2025 is het resultaat € 63.000.')).toBe(false);
  });

  it('is not a document whose title dates the thing with a span that holds the year asked', () => {
    expect(other('Waar ligt de nadruk van de regioagenda 2028?', 'Regioagenda jeugdhulp 2028-2031\nAnders dan in de regioagenda 2027 ligt de nadruk op preventie.')).toBe(false);
  });
});
