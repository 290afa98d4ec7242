import vocabulary from './knowledge/vocabulary.json';
import { fold } from '../../shared/fold';
import { QA_TEXTS } from './qa.texts';
import { escapeRegExp } from '../../shared/escape-regexp';

/**
 * A document's sentences use the short names of bodies ("geagendeerd in het AO"); a reader new to them does not know
 * what they stand for. The first one in an answer is spelled out ("het AO (ambtelijk overleg)") unless the answer names
 * the body in full already. A document passage's sentences and a curated fact's; an expert's answer is shown as written.
 */
interface Spelled {
  /** The first use of the abbreviation as a word of its own: not in "AO/IC" (another AO), "RSJ-BO" or "(BO)". */
  use: RegExp;
  /** Every written form of what it stands for, folded, spaces removed: "managers overleg" is "managersoverleg". */
  phrases: string[];
  /** What is added after it: the first written form. */
  phrase: string;
  /** Whether a text may hold it at all (a plain substring test, so most answers skip the regex). */
  mayOccur: (text: string, lower: string) => boolean;
}

const compact = (s: string) => fold(s).replace(/[^a-z0-9&]/g, '');

const SPELLED: Spelled[] = [...new Set(vocabulary.abbreviations.filter((a) => a.explain !== false).map((a) => a.abbr))].map((abbr) => {
  const entries = vocabulary.abbreviations.filter((a) => a.abbr === abbr);
  // Two letters are a word in lower case ("bo", "en"): only in capitals, and "EN" only as written (not "En" at a sentence start).
  const exact = abbr.length <= 2 || entries.some((a) => 'caseSensitive' in a && a.caseSensitive);
  const lowerAbbr = abbr.toLowerCase();
  return {
    use: new RegExp(`(?<![\\p{L}\\p{N}/&(-])${escapeRegExp(abbr)}(?![\\p{L}\\p{N}/&-])`, exact ? 'u' : 'iu'),
    phrases: entries.map((a) => compact(a.phrase)),
    phrase: entries[0].phrase,
    mayOccur: exact ? (text) => text.includes(abbr) : (_, lower) => lower.includes(lowerAbbr),
  };
});

/** The answer with the first use of each abbreviation it does not spell out already followed by its meaning. */
export function withAbbreviationsSpelled(answer: string): string {
  const written = compact(answer);
  const lower = answer.toLowerCase();
  return SPELLED.reduce((text, { use, phrases, phrase, mayOccur }) => {
    if (!mayOccur(answer, lower) || phrases.some((p) => written.includes(p))) return text;
    return text.replace(use, (found) => `${found} (${phrase})`);
  }, answer);
}

/** A fact's answer spelled out, unless an RSJ expert wrote it (an answered question saved as a fact): their words stay theirs. */
export const spelledUnlessExpert = (fact: { source: { title: string } }, answer: string): string =>
  fact.source.title === QA_TEXTS.expertSourceTitle ? answer : withAbbreviationsSpelled(answer);
