import { splitSentences } from './passages';
import { stemWord } from './word-forms';

/** "Mag een aanbieder zomaar een opnamestop afkondigen zonder het ons eerst te laten weten?": whether a thing may happen without another. */
const MAY_WITHOUT = /^\s*(?:mag|mogen|kan|kunnen|kun|kunt)\b[^?]*\bzonder\b/i;
/** A rule that obliges the other thing: "moet dat ... melden", or states it before a deadline ("meldt dat vier weken van tevoren"). */
const OBLIGES = /\b(?:moet|moeten|dient|dienen|verplicht|van\s+tevoren|vooraf|voorafgaand|uiterlijk)\b/i;

/**
 * Whether the answer to a "mag ... zonder ...?" question opens with a rule that obliges: the asker hears "nee" before the
 * rule, which says what must happen instead. A rule stated as a denial ("is niet toegestaan") says so itself; one that
 * only allows ("kan zich laten vervangen") gets no "nee".
 */
export const deniesWithoutObligation = (question: string, answer: string): boolean =>
  MAY_WITHOUT.test(question) && OBLIGES.test(splitSentences(answer.split('\n')[0] ?? '')[0] ?? '');

/** "Is er werkbudget nodig voor ...?", "komt er een apart fonds?": whether there is a thing, named after "er". */
const WHETHER_THERE_IS = /^\s*(?:is|zijn|komt|komen)\s+er\s+(?:(?:een|ook|nog|wel|apart|aparte|eigen|extra)\s+)*(\p{L}{4,})/iu;

/** Whether the answer to "is er X?" says there is none ("Er is geen apart werkbudget voor"): the asker hears "nee" first. */
export function deniesThingAsked(question: string, answer: string): boolean {
  const thing = WHETHER_THERE_IS.exec(question)?.[1];
  if (!thing) return false;
  const denial = new RegExp(String.raw`\bgeen\s+(?:\p{L}+\s+){0,2}?${stemWord(thing.toLowerCase())}`, 'iu');
  return answer.split('\n').flatMap((line) => splitSentences(line)).some((s) => denial.test(s));
}
