import type { TableView } from './tables';
import { isNumericColumn, isPercentColumn } from './table-cells';

/** The columns whose header matches score as well as the best, or above it when `only` (a column ruled out stays out). */
export function raiseAbove(headers: string[], scores: number[], raised: (k: number) => boolean, only: boolean): void {
  const top = Math.max(...scores);
  for (const k of headers.keys()) if (k > 0 && scores[k] > -Infinity && raised(k)) scores[k] = Math.max(scores[k], only ? top + 1 : top);
}

/** The best scoring of the columns asked scores as well as the best of all. */
function raiseBest(table: TableView, scores: number[], asked: (k: number) => boolean): void {
  const top = Math.max(...scores);
  const best = [...table.headers.keys()].filter((k) => k > 0 && scores[k] > -Infinity && asked(k)).sort((a, b) => scores[b] - scores[a])[0];
  if (best !== undefined) scores[best] = top;
}

const PERCENT_AND_AMOUNT_Q = /\b(?:percentage|procent)\b[^?]*\b(?:bedrag|euro)\b|\b(?:bedrag|euro)\b[^?]*\b(?:percentage|procent)\b/i;

/** "Zowel percentage als bedrag": the best column of each kind answers; whether the question asks both. */
export function raisePercentAndAmount(question: string, table: TableView, scores: number[]): boolean {
  if (!PERCENT_AND_AMOUNT_Q.test(question)) return false;
  for (const percent of [true, false]) raiseBest(table, scores, (k) => isPercentColumn(table, k) === percent && isNumericColumn(table, k));
  return true;
}
