import { lacksCount } from '../../src/features/qa/figures-in-answer';
import { answersFromDocument } from '../helpers/knowledge-from-markdown';
import { withoutIdioms } from '../../src/features/qa/question-frames';

// "Hoeveel houdt de stichting over op ... en waar komt dat door?": an amount and its cause, no count and no place.
describe('an amount left over and its cause', () => {
  const question = 'hoeveel houdt de stichting over op de huisvesting en waar komt dat door';

  it('reads the verb after "hoeveel" as no thing counted: an amount answers', () => {
    expect(lacksCount(question, 'Verwacht wordt een onderbesteding van € 12.000, omdat de huur later ingaat.')).toBe(false);
    expect(lacksCount('hoeveel levert de verkoop op', 'De verkoop brengt € 80.000 op.')).toBe(false);
  });

  it('reads "waar komt dat door" as a cause, not as a place asked', () => {
    expect(withoutIdioms(question)).not.toMatch(/locatie/);
    expect(withoutIdioms('waar komt het MO bijeen')).toMatch(/locatie/);
  });
});

// An invented procurement note: "de markt op" is how people say a tender is published.
const NOTE = `# Notitie inkoop groenonderhoud Testland 2033

## 1. Planning

De huidige contracten voor het groenonderhoud lopen af op 31 december 2032. Het college stelt de eisen in januari vast. De planning: publicatie van de aanbesteding op 3 maart 2032, gunning uiterlijk 1 juni 2032 en ingang van de nieuwe contracten op 1 januari 2033.

## 2. Kosten

Het budget voor het groenonderhoud is € 410.000 per jaar.
`;

describe('a tender going to the market', () => {
  const answer = answersFromDocument(NOTE, 'notitie.md');
  it('reads "de markt op" as the publication of the tender', () => {
    expect(answer('wanneer gaat de aanbesteding voor de nieuwe contracten vanaf 2033 de markt op?')).toContain('3 maart 2032');
  });
});
