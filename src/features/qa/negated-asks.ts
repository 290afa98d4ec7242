import type { Unit } from './answer-units';

/** "Welke gemeenten doen niet mee?", "wie krijgt geen toeslag?": a question that asks what is not so (not "wel of niet"). */
const ASKS_NEGATED = /^(?=.*\b(?:niet|geen)\b)(?!.*\b(?:wel\s+of\s+(?:niet|geen)|of\s+niet)\b)\s*(?:welke?|wie|wat)\b/i;
const NEGATES = /\b(?:niet|geen|nooit|niemand)\b/i;
/** The things a "welke" question asks for: "welke gemeenten", "welke grote aanbieders". */
const THING_ASKED = /^\s*welke\s+(?:\p{L}+e\s+)?(\p{L}{3,})/iu;
/** How much of the best sentence's score the sentence before a negated one needs, unless it names the things asked. */
const ABOUT_SHARE = 0.5;

/** For a question asking what is not so, whether a sentence names the things it asks for; undefined for other questions. */
export function negatedAsk(question: string): ((sentence: string) => boolean) | undefined {
  if (!ASKS_NEGATED.test(question)) return undefined;
  const thing = question.match(THING_ASKED)?.[1].toLowerCase();
  return (sentence) => !!thing && sentence.toLowerCase().split(/[^\p{L}-]+/u).includes(thing);
}

/**
 * "Acht gemeenten deden mee: ... . Olst-Wijhe en Ommen sloten niet aan.": a question asking what is not so is
 * answered by the negated sentence that follows the one saying what is (which shares the question's words or names
 * the things asked), not by that one; the best sentence stays when it negates itself or no such pair answers as well.
 */
export function negatedAnchor(units: Unit[], best: number, namesThing: (sentence: string) => boolean): number {
  if (NEGATES.test(units[best].text)) return best;
  const pairs = units.flatMap((u, k) => (k > 0 && NEGATES.test(u.text) && units[k - 1].line === u.line && !NEGATES.test(units[k - 1].text) ? [k] : []));
  const scoreOf = (k: number) => Math.max(units[k].score, units[k - 1].score);
  const answers = (k: number) => scoreOf(k) > 0 && (scoreOf(k) >= ABOUT_SHARE * units[best].score || namesThing(units[k - 1].text));
  // "Een nevenfunctie is toegestaan, tenzij ... / Niet toegestaan zijn in elk geval: 1. ...": a negated line that opens a list.
  const opensList = units.findIndex((u) => NEGATES.test(u.text) && /:\s*$/.test(u.text) && u.score > 0);
  return pairs.filter(answers).sort((a, b) => scoreOf(b) - scoreOf(a))[0] ?? (opensList > 0 ? opensList : best);
}
