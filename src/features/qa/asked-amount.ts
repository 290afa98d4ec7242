import type { KindSaid } from './asked-kind';
import { asksAmount } from './declines';
import { termsOf, tokenize } from './dutch-text';
import { statesAmount } from './figures-in-answer';
import { splitSentences } from './passages';
import { questionParts, twoAsks } from './question-setup';
import { rememberedPerText } from '../../shared/text-memo';

/** Whether a passage states an amount anywhere, remembered per text: the same passages come back with every question. */
const passageStatesAmount = rememberedPerText(20_000, statesAmount);

/** "Hoe groot is / wordt het solidaire deel ...": a part of a sum or a fund, often given in euros (not "hoe groot is de wachtlijst"). */
const ASKS_SIZE = /\bhoe\s+groot\s+(?:is|wordt|was|zijn|worden|waren)\s+(?:het|de)\s+(?:\p{L}+\s+)?\p{L}*(?:deel|bijdrage|fonds|reserve|tekort|overschot|pot)\b/iu;

/** How much a passage that states the amount asked with the words of its ask ranks above one that does not. */
const AMOUNT_SAID_BOOST = 2;
/** The least coverage of the whole question with which such a passage competes with the best: it answers one ask of two in full. */
const AMOUNT_SAID_FLOOR = 0.4;

/**
 * "Hoe groot is het solidariteitsbudget voor 2028 (en waarop ...)?": a passage with a sentence that states an amount of
 * money together with all the words of the ask after it ("Het solidariteitsbudget bedraagt voor 2028 € 1.240.000."; a word
 * of its heading or title counts as said), answers it, though another passage shares more of the question's words elsewhere
 * (an overrun "met meer dan 10%" in the article after). Of a question that asks two things, only the ask after the amount
 * counts. Undefined for a question that asks no amount.
 */
export function amountSaid(
  question: string,
  words: { terms: string[]; weak: boolean; focus: boolean }[],
  matches: (sentence: string) => number[],
  setup: ReadonlySet<string>,
): KindSaid | undefined {
  const asks = twoAsks(question);
  // "Hoe groot is het solidaire deel ...?" asks a size that is often money: a passage with an amount in the ask's words answers.
  const ask = (asks ?? [questionParts(question).asking]).find((a) => asksAmount(a) || ASKS_SIZE.test(a));
  if (!ask) return undefined;
  const asked = new Set(tokenize(ask).flatMap((token) => termsOf(token)));
  const counts = (w: (typeof words)[number]) => !w.weak && !w.focus && !setup.has(w.terms[0]) && asked.has(w.terms[0]);
  const needed = words.filter(counts).length;
  if (needed === 0) return undefined;
  // A word of the document's title or the article's heading is said by each of its sentences.
  const answers = (s: string, heading: number[]) => statesAmount(s) && matches(s).every((v, i) => !counts(words[i]) || v > 0 || heading[i] > 0);
  return {
    terms: [],
    says: (text, heading = '') => {
      // Most passages state no amount at all: no sentence of theirs needs reading.
      if (!passageStatesAmount(text)) return false;
      const said = matches(heading);
      return text.split('\n').flatMap((line) => splitSentences(line)).some((s) => answers(s, said));
    },
    boost: AMOUNT_SAID_BOOST,
    // Among answers as good, it comes first (rankAnswers): it gives what is asked where the others only share words.
    situation: true,
    joinsTie: true,
    ...(asks ? { tieFloor: AMOUNT_SAID_FLOOR } : {}),
  };
}
