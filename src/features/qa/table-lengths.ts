import type { TableView } from './tables';
import { type TermsOf, cellNumber } from './table-cells';

/** "Hoe lang wacht je ...?", "hoeveel weken ...": a length of time asked. */
const LENGTH_Q = /\bhoe\s*lang\b|\bhoeveel\s+(?:dagen|weken|maanden|werkdagen)\b/i;
/** A column that holds lengths of time: "Totaal (weken)", "Doorlooptijd in dagen". */
const LENGTH_H = /\(\s*(?:dagen|weken|maanden|werkdagen)\s*\)|\bin\s+(?:dagen|weken|maanden|werkdagen)\b/i;
const TOTAL_H = /^\s*(?:totaal|totale|samen)\b/i;

/** The columns whose cells the total column `k` adds up in every row that fills them ("Aanmeld" 11 + "Behandel" 21 = "Totaal" 32). */
function partsOf(table: TableView, k: number): number[] {
  if (!TOTAL_H.test(table.headers[k])) return [];
  const before = table.headers.map((_, j) => j).filter((j) => j > 0 && j < k);
  // The run of columns right before the total that sums to it.
  for (let from = 0; from < before.length - 1; from++) {
    const parts = before.slice(from);
    const sums = table.rows.every((r) => {
      const total = cellNumber(r[k] ?? ''), cells = parts.map((j) => cellNumber(r[j] ?? ''));
      return total === undefined || (cells.every((c) => c !== undefined) && Math.abs(cells.reduce((a, b) => a + b!, 0) - total) < 0.01);
    });
    if (sums && table.rows.some((r) => cellNumber(r[k] ?? '') !== undefined)) return parts;
  }
  return [];
}

/**
 * What a column's score gains for a length of time asked: 2 for a column of lengths ("Wachtenden" counts people); for the
 * total of parts ("Totaal (weken)"), when the question names no word that sets one part apart ("aanmelden"), 1 more and
 * one for each word asked that the parts' headers share. 0 for any other column or question.
 */
export function lengthScore(question: string, table: TableView, k: number, terms: TermsOf): number {
  if (!LENGTH_Q.test(question) || !LENGTH_H.test(table.headers[k])) return 0;
  const parts = partsOf(table, k);
  if (!parts.length) return 2;
  const asked = terms(question);
  const shared = [...terms(table.headers[parts[0]])].filter((t) => parts.every((p) => terms(table.headers[p]).has(t)));
  const partAsked = parts.some((j) => [...terms(table.headers[j])].some((t) => asked.has(t) && !shared.includes(t)));
  // The words all parts share ("wachttijd") are the total's measure, though its header only says "Totaal".
  return partAsked ? 2 : 3 + shared.filter((t) => asked.has(t)).length;
}
