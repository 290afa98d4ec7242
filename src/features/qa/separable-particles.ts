/**
 * The particles of Dutch separable verbs ("stelt ... vast", "aangewezen", "op te heffen"): one list for the
 * question's split verbs (question-analysis.ts), the text's (separable-verbs.ts), participles (word-forms.ts)
 * and te-infinitives (question-rewrites.ts).
 */
export const SEPARABLE_PARTICLES: readonly string[] = [
  'aan', 'achter', 'af', 'bij', 'door', 'goed', 'in', 'los', 'mee', 'na', 'neer', 'op', 'over', 'samen', 'tegen', 'terug', 'toe',
  'uit', 'vast', 'voor', 'voort', 'vrij', 'weg',
];

const PARTICLE_SET = new Set(SEPARABLE_PARTICLES);
export const isSeparableParticle = (word: string): boolean => PARTICLE_SET.has(word);

/** The particles as a regular-expression alternation ("aan|achter|af|..."). */
export const PARTICLE_ALTERNATION = SEPARABLE_PARTICLES.join('|');
