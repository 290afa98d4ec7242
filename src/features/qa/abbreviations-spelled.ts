import vocabulary from './knowledge/vocabulary.json';
import { fold } from '../../shared/fold';

/**
 * A document's sentences use the short names of bodies ("geagendeerd in het AO"); a reader new to them does not know
 * what they stand for. The first one in an answer is spelled out ("het AO (ambtelijk overleg)") unless the answer names
 * the body in full already. Only a document passage's sentences: a curated fact or an expert's answer is shown as written.
 */
interface Spelled {
  abbr: string;
  /** The first use of the abbreviation as a word of its own: not in "AO/IC" (another AO), "RSJ-BO" or "(BO)". */
  use: RegExp;
  /** Every written form of what it stands for, folded, spaces removed: "managers overleg" is "managersoverleg". */
  phrases: string[];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const compact = (s: string) => fold(s).replace(/[^a-z0-9&]/g, '');

const SPELLED: Spelled[] = [...new Set(vocabulary.abbreviations.filter((a) => a.explain !== false).map((a) => a.abbr))].map((abbr) => {
  const entries = vocabulary.abbreviations.filter((a) => a.abbr === abbr);
  // Two letters are a word in lower case ("bo", "en"): only in capitals, and "EN" only as written (not "En" at a sentence start).
  const exact = abbr.length <= 2 || entries.some((a) => 'caseSensitive' in a && a.caseSensitive);
  return { abbr, use: new RegExp(`(?<![\\p{L}\\p{N}/&(-])${escape(abbr)}(?![\\p{L}\\p{N}/&-])`, exact ? 'u' : 'iu'), phrases: entries.map((a) => compact(a.phrase)) };
});

/** The answer with the first use of each abbreviation it does not spell out already followed by its meaning. */
export function withAbbreviationsSpelled(answer: string): string {
  const written = compact(answer);
  return SPELLED.reduce((text, { abbr, use, phrases }) => {
    if (phrases.some((p) => written.includes(p))) return text;
    const phrase = vocabulary.abbreviations.find((a) => a.abbr === abbr)!.phrase;
    return text.replace(use, (found) => `${found} (${phrase})`);
  }, answer);
}
