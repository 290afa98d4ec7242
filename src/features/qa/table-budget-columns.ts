import type { TableView } from './tables';
import { isNumericColumn, isPercentColumn } from './table-cells';

/** The columns that say how far a row is from its budget: a difference, in euros or in percent, or a share of the budget. */

export const BUDGET_H = /begro|budget|raming|geraamd/i;
export const DIFFERENCE_H = /verschil|afwijking|overschrijding|saldo|over-\s*\/\s*onderschrijding/i;
export const PERCENT_Q = /procent|percentage|%|aandeel/i;
/** Budgeted, spent and expected: asked in a question, named by a column's header. */
export const BUDGET_Q = /begro|budget|raming|geraamd/i;
export const ACTUAL_Q = /uitgegeven|binnengekomen\b[^?]*\b(?:declaraties|rekeningen|facturen|geld)\b|\b(?:declaraties|rekeningen|facturen)\b[^?]*\bbinnengekomen|\bbetaa?l(?:d|de|den|t|en)\b|uitgaven|uitgeven|besteed|besteden|\bgaf\b|\bgaven\b|kostte|kosten|werkelijk|gerealiseerd|realisatie|gedeclareerd/i;
export const EXPECTED_Q = /verwacht|prognose|voorspel|eindejaars/i;
export const SPENT_Q = /uitgegeven|uitgaven|uitgeven|besteed|besteden|kostte|\bkosten\b|betaald/i;
export const MONEY_H = /€|\bbedrag\b/i;
export const ACTUAL_H = /werkelijk|realisatie|gerealiseerd|uitgaven|besteed|kosten|gedeclareerd|rekening/i;
export const EXPECTED_H = /prognose|verwacht|raming eind/i;

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

/** "Zwolle aandeel zorgcontinuïteit?" of a column "Aandeel zorgcontinuïteit" in euros: "aandeel" names that column, it asks no percentage. */
export const sharesInAmounts = (question: string, table: TableView): boolean =>
  /\baandeel\b/i.test(question) && !/procent|percentage|%/i.test(question) && table.headers.some((h, k) => k > 0 && /\baandeel\b/i.test(h) && !isPercentColumn(table, k));
