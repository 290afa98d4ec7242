import { termsOf } from '../../src/features/qa/dutch-text';
import { capitalisedTerms } from '../../src/features/qa/unknown-names';

describe('names in a question', () => {
  it('reads capitalised words after a sentence start as a name, not the first word of a later sentence', () => {
    const names = capitalisedTerms('Mijn klacht over Jeugdhuis De Brug is afgewezen. Ouders willen weten wat nu. Wie beslist?', (w) => termsOf(w));
    expect(names.has(termsOf('jeugdhuis')[0])).toBe(true);
    expect(names.has(termsOf('ouders')[0])).toBe(false);
  });
});
