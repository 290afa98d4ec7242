import { overlaps } from '../../src/features/qa/quoted-text';

const KADERNOTA = 'Het bestuurlijk overleg jeugd komt twee keer per jaar bijeen en stelt de regioagenda vast op voorstel van het portefeuillehoudersoverleg.';

describe('overlaps: a passage that quotes another (a report repeating a source paragraph)', () => {
  it('a report that quotes the paragraph inside its own text overlaps it', () => {
    expect(overlaps(`3. Regioagenda. ${KADERNOTA} De voorzitter dankt de leden.`, KADERNOTA)).toBe(true);
  });

  it('a new rule about the same body in other words does not', () => {
    expect(overlaps('Artikel 4. Het bestuurlijk overleg vergadert ten minste vier keer per jaar; extra vergaderingen kunnen op verzoek van twee leden.', KADERNOTA)).toBe(false);
  });

  it('short passages never count as quotes (they share words by chance)', () => {
    expect(overlaps('Het overleg komt bijeen.', KADERNOTA)).toBe(false);
  });
});
