import { lacksWhatIsAsked } from '../../src/features/qa/declines';
import { answersFromDocument } from '../helpers/knowledge-from-markdown';

/** An invented region's working agreement, asked in the words users type. */
const WERKWIJZE = `# Werkwijze Jeugdkring West

## Planning
De stukken voor het volgende jaar liggen uiterlijk eind april bij de deelnemers.

## Toezicht
De voorzitter ziet erop toe dat de deelnemers de stukken op tijd krijgen.
`;

describe('the kind of answer a seed-style question asks', () => {
  const answer = answersFromDocument(WERKWIJZE, 'werkwijze.md');

  it('"in welke maand" asks a moment, as "wanneer" does ("maand" is in no text)', () => {
    expect(answer('Uiterlijk in welke maand liggen de stukken bij de deelnemers?')).toContain('eind april');
  });

  it('an er-form ("het jaar erop", "erna") is a question word, as "daarop" is: no passage wins by its "erop"', () => {
    expect(answer('Wanneer krijgen de deelnemers de stukken voor het jaar erop?')).toContain('eind april');
    expect(answer('Wanneer krijgen de deelnemers de stukken voor het jaar erna?')).toContain('eind april');
  });
});

describe('a figure of the thing asked, not of something near it', () => {
  it('"de totale begroting" is not answered by the amount of one item in it', () => {
    const q = "Hoe hoog is de totale begroting 2025 in euro's?";
    expect(lacksWhatIsAsked(q, 'Voor werving is in de Kadernota 2025 € 15.000 opgenomen, omdat werven extra tijd kost.')).toBe(true);
    expect(lacksWhatIsAsked(q, 'Voor de regiovisie is een bedrag van € 50.000 incidenteel in de begroting opgenomen.')).toBe(true);
    expect(lacksWhatIsAsked(q, 'De begroting 2025 bedraagt € 2,1 miljoen, waarvan € 15.000 voor werving.')).toBe(false);
    expect(lacksWhatIsAsked(q, 'De gemeenten betalen samen € 2,1 miljoen.')).toBe(false);
  });
});
