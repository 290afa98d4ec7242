import { tokenize } from './dutch-text';
import type { Fact } from './qa.domain';
import type { QueryWord } from './query-words';

/** How many of a fact's keywords name its subject: the first ones ("ambtelijk overleg", "AO"). */
const SUBJECT_KEYWORDS = 2;

/** The stems of what a curated fact is about: its first keywords. A fact written without keywords has no subject to tell. */
function subjectOf(fact: Fact, terms: (word: string) => string[]): Set<string> {
  return new Set(fact.keywords.slice(0, SUBJECT_KEYWORDS).flatMap((k) => tokenize(k).map((t) => terms(t)[0])).filter(Boolean));
}

/**
 * Whether the question names the subject of a curated fact. "Wat is de rol van de beleidsadviseur in een
 * project?" shares words with the AO's fact ("daarin zitten de beleidsadviseurs", "de projecten") but does not
 * name the AO.
 */
export function namesFactSubject(words: QueryWord[], fact: (id: string) => Fact | undefined, terms: (word: string) => string[]): (factId: string) => boolean {
  const asked = new Set(words.flatMap((w) => w.terms));
  return (factId) => {
    const found = fact(factId.slice(2));
    const subject = found ? subjectOf(found, terms) : new Set<string>();
    return subject.size === 0 || [...subject].some((t) => asked.has(t));
  };
}
