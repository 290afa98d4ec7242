import MiniSearch from 'minisearch';
import type { Theme } from './regioagenda.domain';

// snowball-stemmers ships without types; this is the one function we use.
const { newStemmer } = require('snowball-stemmers') as { newStemmer(lang: string): { stem(word: string): string } };
const dutch = newStemmer('dutch');
const stems = new Map<string, string>();
/** Stemming dominates indexing time and theme texts repeat the same words: memoise (bounded). */
function stem(word: string): string {
  let s = stems.get(word);
  if (s === undefined) {
    if (stems.size > 50_000) stems.clear();
    s = dutch.stem(word);
    stems.set(word, s);
  }
  return s;
}

/** Words too common in theme texts to say anything about likeness. */
const STOP = new Set('de het een en van in op voor met te aan is dat die er om bij ook als niet naar door wat zijn we wij ons onze jeugd'.split(' '));

export interface SimilarTheme {
  id: string;
  title: string;
  gemeente: string;
}

/**
 * Look-alike themes of the same round by title and problem text. The round holds at most a
 * few hundred themes, so an index per question is cheaper than keeping one in sync.
 */
export function findSimilarThemes(candidate: Pick<Theme, 'id' | 'title' | 'problem'>, others: Theme[], max = 3): SimilarTheme[] {
  const pool = others.filter((t) => t.id !== candidate.id);
  if (pool.length === 0) return [];
  const index = new MiniSearch<Theme>({
    fields: ['title', 'problem'],
    storeFields: ['id'],
    processTerm: (term) => (STOP.has(term.toLowerCase()) || term.length < 3 ? null : stem(term.toLowerCase())),
    searchOptions: { boost: { title: 2 } },
  });
  index.addAll(pool);
  const hits = index.search(`${candidate.title} ${candidate.problem}`, { combineWith: 'OR' });
  if (hits.length === 0) return [];
  // Relative cut-off: a single shared word with a long text is not a look-alike.
  const best = hits[0].score;
  const minimumTerms = 2;
  return hits
    .filter((h) => h.score >= best * 0.5 && h.terms.length >= minimumTerms)
    .slice(0, max)
    .map((h) => pool.find((t) => t.id === h.id)!)
    .map((t) => ({ id: t.id, title: t.title, gemeente: t.gemeente }));
}
