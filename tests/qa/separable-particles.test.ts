import { withJoinedVerbs } from '../../src/features/qa/separable-verbs';
import { joinSplitInfinitives } from '../../src/features/qa/question-rewrites';
import { familyRoot } from '../../src/features/qa/word-forms';
import { SEPARABLE_PARTICLES } from '../../src/features/qa/separable-particles';

describe('one list of separable particles for texts, questions and participles', () => {
  it('a text joins a split verb with any particle of the list ("legt ... neer" is "neerleggen")', () => {
    expect(withJoinedVerbs('De secretaris legt de stukken neer bij de voorzitter.')).toContain('neerleggen');
    expect(withJoinedVerbs('Het bestuur houdt de uitvoering tegen.')).toContain('tegenhouden');
  });

  it('a question joins a te-infinitive the index knows with any particle of the list ("vrij te geven")', () => {
    expect(joinSplitInfinitives('Wie besluit de stukken vrij te geven?', (w) => w === 'vrijgeven')).toContain('vrijgeven');
    expect(joinSplitInfinitives('Dreigt de aanbieder om te vallen?', (w) => w === 'omvallen')).toContain('omvallen');
  });

  it('a participle with any particle of the list has its verb\'s root', () => {
    for (const p of SEPARABLE_PARTICLES) expect(familyRoot(`${p}gesteld`)).toBe(familyRoot(`${p}stelt`));
  });
});
