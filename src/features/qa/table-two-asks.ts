import { askScores, isNumericColumn, pick, quote, type TableAnswer, type TermsOf } from './table-answer';
import type { TableView } from './tables';
import { namedAfterCode, rowLabel } from './action-lists';
import { twoAsks } from './question-setup';

/**
 * "Hoeveel jeugdigen had Kampen en wat is de bijdrage aan het werkbudget?": a question that asks two things of one row,
 * each answered best by a column of its own (scored as any ask of a row, table-answer.ts), is answered with both cells,
 * in the order asked. Undefined when the question asks one thing, or an ask names no column, or both name the same one.
 */
export function bothAsksOfRow(question: string, table: TableView, row: number, terms: TermsOf): TableAnswer | undefined {
  const asks = twoAsks(question);
  const cells = table.rows[row];
  if (!asks || !cells) return undefined;
  // The cell that names the row (after a code or a row number, the second) answers no ask.
  const nameColumn = namedAfterCode(table, cells) ? 1 : 0;
  const each = askScores(question, table, cells[nameColumn] ?? '', terms);
  if (!each) return undefined;
  const columns = each.map((scores, i) => {
    // "Hoeveel ..." asks a figure: only a column of figures answers it ("begroting", not "budgetbeheerder").
    const figure = /^\s*(?:en\s+)?hoeveel\b/i.test(asks[i]);
    const fit = scores.map((v, k) => (k > nameColumn && cells[k]?.trim() && (!figure || isNumericColumn(table, k)) ? v : -Infinity));
    const best = Math.max(...fit);
    return best >= 1 && fit.filter((v) => v === best).length === 1 ? fit.indexOf(best) : -1;
  });
  if (columns.includes(-1) || columns[0] === columns[1]) return undefined;
  const name = rowLabel(table, cells);
  return { kind: 'answer', text: `${name}: ${columns.map((k) => quote(table, cells, k)).join('; ')}.`, shown: pick(table, [nameColumn, ...[...columns].sort((a, b) => a - b)], [row]) };
}
