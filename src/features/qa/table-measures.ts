import type { TermsOf } from './table-cells';

/** "..., in euro's en in aantal jeugdigen?": two measures listed at the end of the question, each a column asked. */
const MEASURES_LISTED = /\bin\s+(\p{L}[\p{L}'’]*(?:\s+\p{L}[\p{L}'’]*){0,2}?)\s+en\s+in\s+(\p{L}[\p{L}'’]*(?:\s+\p{L}[\p{L}'’]*){0,2}?)\s*[?.!]?\s*$/iu;

/**
 * "Wat is in totaal geraamd in 2043, in euro's en in aantal jeugdigen?": each measure listed asks the column that shares
 * most of its words ("Geraamd budget 2043 (mln euro)", "Geraamd aantal jeugdigen per jaar"), which is raised to the best
 * score, so both are given, though the year asked favours one. Nothing changes unless each measure has such a column.
 */
export function raiseListedMeasures(question: string, headers: string[], scores: number[], terms: TermsOf): void {
  const listed = MEASURES_LISTED.exec(question);
  if (!listed) return;
  const columns = [listed[1], listed[2]].map((measure) => {
    const asked = terms(measure);
    const shared = headers.map((h, k) => (k > 0 && scores[k] > -Infinity ? [...terms(h)].filter((t) => asked.has(t)).length : 0));
    const best = Math.max(...shared);
    // Of columns that share as many words, the one the question favours already (its year).
    const tied = shared.flatMap((n, k) => (n === best ? [k] : []));
    return best > 0 ? tied.reduce((a, b) => (scores[b] > scores[a] ? b : a)) : -1;
  });
  if (columns.some((k) => k < 0) || columns[0] === columns[1]) return;
  const top = Math.max(...scores);
  for (const k of columns) scores[k] = top;
}
