import { LEANS_ON_BEFORE, type Unit } from './answer-units';
import { MIN_STEPS } from './list-continuation';

/**
 * Opening words that lean on the sentence before ("Zij voert niets uit", "Lukt dat niet, dan ...",
 * "Daarnaast ..."): such a sentence cannot open an answer.
 */
const LEANS_BACK = /^(?:zij|hij|ze|dit|deze|die|dat|daar\p{L}*|hier\p{L}*|ook|lukt|zo|dan|bovendien|daarnaast|tevens|verder|wel|maar|en|anderzijds|evenals|eveneens|in dat geval|in die)\b/iu;

/** Context before the answer that scores this close to it may be the answer as well: the document's order stays. */
const CLEARLY_BETTER = 0.6;

/** The list a sentence is an item of (with its introduction), else its lid, else its paragraph. */
function blockOf(units: Unit[], k: number): string {
  const u = units[k];
  if (u.intro !== undefined) return blockOf(units, u.intro);
  return u.lid !== undefined ? `lid ${u.lid}` : `line ${u.line}`;
}

/** "1. De contractmanager haalt ... 2. De aanbieder levert ...": every picked line a numbered item, one after the other. */
function wholeNumberedRun(units: Unit[], picked: number[]): boolean {
  const lines = [...new Set(picked.map((k) => units[k].line))];
  const numbered = (line: number) => /^\d+[.)]$/.test(units.find((u) => u.line === line)?.marker ?? '');
  return lines.length >= MIN_STEPS && lines.every((line, i) => numbered(line) && (i === 0 || line === lines[i - 1] + 1));
}

/**
 * The order to show the picked sentences in: the lid (list, paragraph) of the sentence that answers
 * first, then the context that came along in document order. A 4-sentence passage whose last sentence
 * is the point reads as the point first; a lid's own sentences and a list keep their order, and a
 * sentence that leans on the one before it stays where it is, and so do numbered steps shown whole for a list asked.
 */
export function answerFirst(units: Unit[], picked: number[], best: number, stepsAsked = false): number[] {
  const lead = blockOf(units, best);
  if (blockOf(units, picked[0]) === lead || (stepsAsked && wholeNumberedRun(units, picked))) return picked;
  const first = picked.filter((k) => blockOf(units, k) === lead);
  if (first.length === 0 || LEANS_BACK.test(units[first[0]].text) || LEANS_ON_BEFORE.test(units[first[0]].text)) return picked;
  const before = picked.filter((k) => k < first[0]);
  if (before.some((k) => units[k].score >= CLEARLY_BETTER * units[best].score)) return picked;
  return [...first, ...picked.filter((k) => blockOf(units, k) !== lead)];
}
