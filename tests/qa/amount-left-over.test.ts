import { lacksCount } from '../../src/features/qa/figures-in-answer';
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
