import { WEAK_TERMS, tokenize } from './dutch-text';

/** "volgens het reglement van orde", "in de klachtenregeling", "uit de kadernota": a phrase naming where to look. */
const NAMING = /\b(?:volgens|in|uit)\s+(?:het|de|dit|deze)\s+((?:[\p{L}-]+\s*){1,6}?)\s*(?=[?,.!]|$)/iu;

/**
 * A question that names the document it is about ("Hoe vaak komt het PFO bijeen volgens het reglement van
 * orde?"): the phrase, and the one ingested title whose words hold all of the phrase's words. The phrase's
 * words are not what is asked (every passage of that title shares them, and a passage that happens to say
 * "dit reglement" would win on them); the answer comes from that document. Undefined when the phrase names
 * no title, or more than one (two reglementen: no choice is made for the user).
 */
export function namedDocument(question: string, titles: Iterable<string>, terms: (word: string) => string[]): { phrase: string; title: string } | undefined {
  const m = question.match(NAMING);
  if (!m) return undefined;
  const named = tokenize(m[1]).flatMap((w) => terms(w).slice(0, 1));
  // "in de regio", "in de gemeente": words every document shares name none of them.
  if (!named.some((t) => !WEAK_TERMS.has(t))) return undefined;
  // A title starts with the kind of document ("Reglement van orde ...", "Kadernota 2025"): "in de governance" names a
  // subject that a title also holds, not a document.
  const matching = [...titles].filter((title) => {
    const own = tokenize(title).map((w) => terms(w));
    return own[0]?.includes(named[0]) && named.every((t) => own.some((ts) => ts.includes(t)));
  });
  return matching.length === 1 ? { phrase: m[1], title: matching[0] } : undefined;
}
