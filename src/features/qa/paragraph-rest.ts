import type { Unit } from './answer-units';
import { MAX_ANSWER_CHARS } from './qa.domain';
import { length } from './unit-spans';

// The rest of a paragraph an answer picked sentences of: a sentence left between two, a short rest, the reason before a "daarom".

/** One sentence left out between two picked of its paragraph comes along: "haalt de drempel niet. [Zowel op het totaal ...] De commissie miste ...". */
export function addParagraphHoles(units: Unit[], chosen: Set<number>): void {
  for (const k of [...chosen].sort((a, b) => a - b)) {
    const hole = k + 1;
    if (chosen.has(k + 2) && !chosen.has(hole) && units[hole]?.line === units[k].line && units[k + 2].line === units[k].line && length(units, [...chosen, hole]) <= MAX_ANSWER_CHARS) chosen.add(hole);
  }
}

/**
 * Asked what went wrong (a list asked), the short rest of its paragraph comes with the best sentence: "Wat niet goed is
 * gegaan, is de informatie. [What the rule says, what happened.]"; all of it when the best refers back to it ("De prijs is
 * daarom niet meegewogen."). Not otherwise: a sentence added says words the question asks of the answer it did not give.
 */
const SHORT_PARAGRAPH = 650;
const REFERS_BACK = /\b(?:daarom|daardoor|hierdoor|om die reden|dus)\b/i;
export function addShortParagraph(units: Unit[], chosen: Set<number>, best: number, wantsList: boolean): void {
  const back = REFERS_BACK.test(units[best].text);
  if (!wantsList && !back) return;
  const from = back ? 0 : best;
  const paragraph = units.flatMap((u, k) => (k >= from && u.line === units[best].line ? [k] : []));
  if (paragraph.length > 4 || units[best].marker !== undefined || units[best].row || length(units, paragraph) > SHORT_PARAGRAPH) return;
  if (length(units, [...new Set([...chosen, ...paragraph])]) <= MAX_ANSWER_CHARS) paragraph.forEach((k) => chosen.add(k));
}
