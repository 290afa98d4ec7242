import { WEAK_TERMS } from './dutch-text';
import { isNumericColumn, pick, quote, type TableAnswer, type TermsOf } from './table-answer';
import type { TableView } from './tables';
import { namedAfterCode, rowLabel } from './action-lists';
import { twoAsks } from './question-setup';

/**
 * "Hoeveel jeugdigen had Kampen en wat is de bijdrage aan het werkbudget?": a question that asks two things of one row,
 * each named by the header of a column of its own, is answered with both cells, in the order asked. Undefined when the
 * question asks one thing, or an ask names no column, or both name the same one (the table answers as usual).
 */
export function bothAsksOfRow(question: string, table: TableView, row: number, terms: TermsOf): TableAnswer | undefined {
  const asks = twoAsks(question);
  const cells = table.rows[row];
  if (!asks || !cells) return undefined;
  // The cell that names the row (after a code or a row number, the second) answers no ask; a year asked names its column.
  const nameColumn = namedAfterCode(table, cells) ? 1 : 0;
  const named = terms(cells[nameColumn] ?? '');
  const columns = asks.map((ask) => {
    const wanted = new Set([...terms(ask)].filter((t) => !WEAK_TERMS.has(t) && !named.has(t) && (!/^\d/.test(t) || /^(?:19|20)\d\d$/.test(t))));
    // "Hoeveel ..." asks a figure: only a column of figures answers it ("begroting", not "budgetbeheerder").
    const figure = /^\s*(?:en\s+)?hoeveel\b/i.test(ask);
    const scores = table.headers.map((h, k) => (k > nameColumn && cells[k]?.trim() && (!figure || isNumericColumn(table, k)) ? [...terms(h)].filter((t) => wanted.has(t)).length : 0));
    const best = Math.max(...scores);
    return best > 0 && scores.filter((s) => s === best).length === 1 ? scores.indexOf(best) : -1;
  });
  if (columns.includes(-1) || columns[0] === columns[1]) return undefined;
  const name = rowLabel(table, cells);
  return { kind: 'answer', text: `${name}: ${columns.map((k) => quote(table, cells, k)).join('; ')}.`, shown: pick(table, [nameColumn, ...[...columns].sort((a, b) => a - b)], [row]) };
}
