import type { Unit } from './answer-units';
import { render } from './answer-render';

/** "Ten eerste ...", "In de eerste plaats ...": the sentence that opens an enumeration in prose. */
const FIRST = /^(?:ten\s+eerste|in\s+de\s+eerste\s+plaats|op\s+de\s+eerste\s+plaats)\b/i;
/** A sentence that opens an item of such an enumeration: "Ten tweede ...", "Ten slotte ...", "Tot slot ...". */
const ORDINAL = /^(?:ten\s+(?:eerste|tweede|derde|vierde|vijfde|zesde|zevende|achtste|negende|tiende|slotte|laatste)|tot\s+slot|(?:in|op)\s+de\s+(?:eerste|tweede|derde|vierde|vijfde|laatste)\s+plaats)\b/i;

/**
 * The sentences of the enumeration in prose that unit `best` belongs to: from "Ten eerste" through the last item's
 * paragraph (an item runs on to the next ordinal; a new paragraph goes on only when it opens with one), with the
 * sentence before "Ten eerste" in its paragraph that introduces it. Undefined outside such an enumeration.
 */
export function ordinalRun(units: Unit[], best: number): number[] | undefined {
  for (let start = 0; start < units.length; start++) {
    if (!FIRST.test(units[start].text)) continue;
    let end = start;
    while (end + 1 < units.length && units[end + 1].marker === undefined && (units[end + 1].line === units[end].line || ORDINAL.test(units[end + 1].text))) end += 1;
    const run = Array.from({ length: end - start + 1 }, (_, i) => start + i);
    if (run.filter((k) => ORDINAL.test(units[k].text)).length < 2) continue;
    if (start > 0 && units[start - 1].line === units[start].line) run.unshift(start - 1);
    if (run.includes(best)) return run;
    start = end;
  }
  return undefined;
}

/**
 * "Wat zijn de beperkingen van het onderzoek?" answered inside "Ten eerste ... Ten tweede ... Ten vierde ...": the
 * enumeration whole, as a list would be, up to `maxChars`; when longer, each item by its opening sentence. Returns the
 * length the answer may take.
 */
export function withOrdinalRun(units: Unit[], chosen: Set<number>, best: number, limit: number, maxChars: number): number {
  const run = ordinalRun(units, best);
  if (!run) return limit;
  const size = (ks: number[]) => render(units, [...new Set(ks)].sort((a, b) => a - b)).length;
  const whole = [...chosen, ...run];
  const picked = size(whole) <= maxChars ? run : run.filter((k) => k === best || k === run[0] || ORDINAL.test(units[k].text));
  if (size([...chosen, ...picked]) > maxChars) return limit;
  for (const k of picked) chosen.add(k);
  return Math.max(limit, size([...chosen]));
}

/**
 * "Het AO gaf twee aandachtspunten mee. Ten eerste ... Ten tweede ...": an answer about more than one item of an enumeration
 * in prose (its best sentence outside the items, or the one announcing them) that picked one item gives them all, up to
 * `maxChars`; "Ten tweede ..." alone would read as half of what was said. Returns the length the answer may take.
 */
export function withPickedOrdinalRun(units: Unit[], chosen: Set<number>, best: number, limit: number, maxChars: number): number {
  if (ORDINAL.test(units[best].text)) return limit;
  const item = [...chosen].find((k) => k !== best && ORDINAL.test(units[k].text));
  return item === undefined ? limit : withOrdinalRun(units, chosen, item, limit, maxChars);
}
