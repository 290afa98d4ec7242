import { WEAK_TERMS, tokenize } from './dutch-text';

/**
 * Capitalised words in a row after the first word of a sentence: a name ("Stichting Kansrijk", "Jeugdhuis De Brug").
 * The first word of a later sentence ("... afgewezen. Ouders willen ...") is capitalised as any sentence start is; "Q3"
 * (a quarter) is no name.
 */
const NAME = /(?<=[^\s.!?]\s+)(?:\p{Lu}[\p{L}-]*\s+)*\p{Lu}[\p{L}-]*(?![\p{L}\p{N}-])/gu;

/** The names of several words in a question ("Stichting Kansrijk"), each as its words. */
export const namesIn = (question: string): string[][] => (question.match(NAME) ?? []).map((n) => n.split(/\s+/)).filter((words) => words.length > 1);

/**
 * "Wat was de omzet van Stichting Kansrijk?": a name of several words with a word no document uses
 * (not its stem nor a form of it) is something the documents do not know, however well the rest of the
 * question ("omzet", "stichting") matches another provider.
 */
export function namesUnknown(question: string, terms: (word: string) => string[], known: (term: string) => boolean): boolean {
  return namesIn(question).some((words) => words.some((w) => tokenize(w).some((t) => terms(t).length > 0 && !terms(t).some(known))));
}

/** Per name of several words in the question, the index terms of its words (concepts and weak words left out). */
export function nameTerms(question: string, terms: (word: string) => string[]): string[][] {
  return namesIn(question)
    .map((words) => words.flatMap((w) => tokenize(w).map((t) => terms(t)[0])).filter((t): t is string => !!t && !t.startsWith('#') && !WEAK_TERMS.has(t)))
    .filter((group) => group.length > 1);
}

/**
 * A hit that matches some words of a name but not all is about another one: "Stichting Vlonder" for "Stichting Kansrijk".
 * So is a table's row that names none of it: a row is one project, one aanbieder ("Inkoop 2048" for "Thuis Dichtbij in 2048").
 */
export const namesPartly = (names: string[][], matched: Set<string>, isRow = false) =>
  names.some((name) => (isRow || name.some((t) => matched.has(t))) && name.some((t) => !matched.has(t))) &&
  // "SWV Deventer-Salland of SWV Vechtdal": of two names side by side, a hit that names one whole is about it.
  namedWhole(names, matched).length === 0;

/** Of several names side by side, those a hit names whole; none for a single name. */
const namedWhole = (names: string[][], matched: Set<string>) => (names.length > 1 ? names.filter((name) => name.every((t) => matched.has(t))) : []);

/** The index terms of capitalised words after the first: names of places, people and organisations. */
export function capitalisedTerms(question: string, terms: (word: string) => string[]): Set<string> {
  return new Set((question.match(NAME) ?? []).flatMap((name) => tokenize(name).map((t) => terms(t)[0])));
}

/**
 * "SWV Deventer-Salland of SWV Vechtdal": of names side by side, the words of the others than the one a hit names whole
 * are not asked of it, nor is a place in them required (a row of one is no less an answer for not naming the other). Empty when it names none whole.
 */
export function otherNamesThan(names: string[][], matched: Set<string>): Set<string> {
  const whole = namedWhole(names, matched);
  return new Set(whole.length ? names.flat().filter((t) => !whole.some((name) => name.includes(t))) : []);
}
