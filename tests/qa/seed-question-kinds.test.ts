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
