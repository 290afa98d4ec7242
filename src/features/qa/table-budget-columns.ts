import type { TableView } from './tables';
import { isNumericColumn, isPercentColumn } from './table-cells';

/** The columns that say how far a row is from its budget: a difference, in euros or in percent, or a share of the budget. */

export const BUDGET_H = /begro|budget|raming|geraamd/i;
export const DIFFERENCE_H = /verschil|afwijking|overschrijding|saldo|over-\s*\/\s*onderschrijding/i;
export const PERCENT_Q = /procent|percentage|%|aandeel/i;

/**
 * "De grootste overschrijding": the difference column; "procentueel het verst boven": the difference in percent where a
 * table has one beside the one in euros, else the share of the budget ("Prognose in % van begroting", which ranks rows
 * as their difference in percent does); -1 when the table has neither.
 */
export function overBudgetColumn(question: string, table: TableView): number {
  const columns = table.headers.map((_, k) => k).filter((k) => k > 0 && isNumericColumn(table, k));
  const differences = columns.filter((k) => DIFFERENCE_H.test(table.headers[k]));
  const percent = PERCENT_Q.test(question);
  const share = percent ? columns.find((k) => isPercentColumn(table, k) && BUDGET_H.test(table.headers[k])) : undefined;
  return differences.find((k) => isPercentColumn(table, k) === percent) ?? share ?? differences[0] ?? -1;
}
