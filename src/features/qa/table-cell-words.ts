import { namedAfterCode } from './action-lists';
import { WEAK_TERMS } from './dutch-text';
import type { TableView } from './tables';
import type { TermsOf } from './table-cells';

/** "Hoeveel …", "vanaf hoeveel …", "hoe lang …": only a cell with a figure answers. */
const FIGURE_ASKED = /\b(?:hoeveel|hoe\s+(?:veel|groot|hoog|lang))\b/i;

/**
 * "Vanaf hoeveel leden spreek je van een bestuurlijke afhandeling?": no column header names what is asked, but one cell
 * of the row holds the question's other words ("klachten van meer dan 25 leden"). That column answers, not the whole row.
 * Scores are raised in place, only when no column scored by its header.
 */
export function raiseColumnsByCellWords(question: string, table: TableView, row: number, scores: number[], terms: TermsOf): void {
  const cells = table.rows[row] ?? [];
  // Only a figure asked is looked for in the cells: "welke norm geldt" is no cell that shares a word with the question.
  if (!FIGURE_ASKED.test(question) || scores.some((s, k) => k > 0 && s > 0)) return;
  const named = new Set([...terms(cells[0] ?? ''), ...(namedAfterCode(table, cells) ? terms(cells[1] ?? '') : [])]);
  const asked = [...terms(question)].filter((t) => !named.has(t) && !WEAK_TERMS.has(t) && !/^\d+$/.test(t));
  const counts = scores.map((s, k) => {
    if (k === 0 || s === -Infinity || !/\d/.test(cells[k] ?? '')) return 0;
    const said = terms(cells[k] ?? '');
    return asked.filter((t) => said.has(t)).length;
  });
  const best = Math.max(...counts);
  if (best > 0) counts.forEach((c, k) => (c === best ? (scores[k] = 1) : undefined));
}
