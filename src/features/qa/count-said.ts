import type { KindSaid } from './asked-kind';
import { amountSaid } from './asked-amount';
import type { Counted } from './count-questions';
import { tokenize } from './dutch-text';
import { countedNoun, partitiveCount } from './figures-in-answer';
import { SMALL_NUMBERS } from './number-words';
import { splitSentences } from './passages';

/** How much a passage that gives the count asked, with the question's words, ranks above one that only shares them. */
const COUNT_SAID_BOOST = 2;
/** A count: digits or a number word; not the article "een" ("een thema" names one, it counts nothing). */
const isCount = (token: string) => /^\d+$/.test(token) || (token in SMALL_NUMBERS && token !== 'een');
/** How many words may stand between the number and the thing counted ("twee tussentijdse thema's"). */
const REACH = 2;

/**
 * "Hoeveel thema's mag een gemeente aanleveren?": a passage with a sentence that counts the thing asked ("Iedere gemeente
 * dient ... ten hoogste twee thema's in") together with all the question's other words (most in the sentence itself; a word
 * of the title or the heading counts as said) answers it, above a passage that shares the words but counts something else ("ten hoogste één tussentijds thema per halfjaar").
 */
export function countSaid(
  question: string,
  counted: Counted | undefined,
  words: { terms: string[]; weak: boolean; focus: boolean }[],
  matches: (sentence: string) => number[],
  terms: (word: string) => string[],
): KindSaid | undefined {
  // "Hoeveel bleef er over" counts nothing: the word after "hoeveel" must be a noun.
  if (!counted || counted.own.length === 0 || !countedNoun(question)) return undefined;
  const own = new Set(counted.own);
  const countsThing = (sentence: string) => {
    const tokens = tokenize(sentence), taken = partitiveCount(sentence);
    if (taken && isCount(taken.count) && terms(taken.noun).some((term) => own.has(term))) return true;
    return tokens.some((t, i) => isCount(t) && tokens.slice(i + 1, i + 2 + REACH).some((next) => terms(next).some((term) => own.has(term))));
  };
  const counts = (w: (typeof words)[number]) => !w.weak && !w.focus;
  const needed = words.filter(counts).length;
  // The sentence itself says most of it: a title's words ("Regeling trekkerschap regioagenda") are said by every sentence
  // ("Een wethouder is trekker van ten hoogste twee thema's" counts no thema's of the regioagenda).
  const answers = (s: string, heading: number[]) => {
    const hits = matches(s);
    const own = hits.filter((v, i) => v > 0 && counts(words[i])).length;
    return own >= Math.max(2, needed / 2) && hits.every((v, i) => !counts(words[i]) || v > 0 || heading[i] > 0) && countsThing(s);
  };
  return {
    terms: [],
    says: (text, heading = '') => {
      const said = matches(heading);
      return text.split('\n').flatMap((line) => splitSentences(line)).some((s) => answers(s, said));
    },
    boost: COUNT_SAID_BOOST,
    joinsTie: true,
  };
}

/** The amount of money asked said with the words of its ask (asked-amount.ts), else the count asked said with the thing counted. */
export const figureSaid = (
  question: string,
  counted: Counted | undefined,
  words: { terms: string[]; weak: boolean; focus: boolean }[],
  matches: (sentence: string) => number[],
  setup: ReadonlySet<string>,
  terms: (word: string) => string[],
): KindSaid | undefined => amountSaid(question, words, matches, setup) ?? countSaid(question, counted, words, matches, terms);
