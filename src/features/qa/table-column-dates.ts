import { DAY_AND_MONTH } from '../../shared/dutch-date';
import { WEAK_TERMS } from './dutch-text';
import { type TableAnswer, type TermsOf, label, pick } from './table-cells';
import type { TableView } from './tables';

/**
 * "Op welke data vergadert het BO in 2055?" of a meeting calendar with a column per body ("Cyclus | AO | MO | PFO | BO"):
 * every date of the column the question names, not the one row that shares most words with it. A cell without a date
 * ("geen BO", "–") is a cycle without that meeting and is left out.
 */
const DATES_Q = /\b(?:wanneer|(?:op\s+)?welke\s+(?:data|datums|dagen|momenten))\b/i;

/** The columns after the first whose every word the question says, each with two dates or more. */
function dateColumnsNamed(table: TableView, asked: Set<string>, terms: TermsOf): number[] {
  const named = (k: number) => {
    const own = [...terms(label(table.headers[k]))].filter((t) => !WEAK_TERMS.has(t) && !t.startsWith('~'));
    return own.length > 0 && own.every((t) => asked.has(t));
  };
  const dated = (k: number) => table.rows.filter((r) => DAY_AND_MONTH.test(r[k] ?? '')).length >= 2;
  return table.headers.map((_, k) => k).filter((k) => k > 0 && named(k) && dated(k));
}

/** The dates of the named columns, each with the row it is in; undefined when the question asks no dates or names no such column. */
export function columnDates(question: string, table: TableView, terms: TermsOf): TableAnswer | undefined {
  if (!DATES_Q.test(question)) return undefined;
  const columns = dateColumnsNamed(table, terms(question), terms);
  // Every column named is no column asked: a question that says all the bodies names no one of them.
  if (columns.length === 0 || columns.length === table.headers.length - 1) return undefined;
  const rows = table.rows.map((_, r) => r).filter((r) => columns.some((k) => DAY_AND_MONTH.test(table.rows[r][k] ?? '')));
  const rowName = (r: number) => `${/^\d+$/.test(table.rows[r][0].trim()) ? `${table.headers[0].trim().toLowerCase()} ` : ''}${table.rows[r][0].trim()}`;
  const lines = columns.map((k) => {
    const dates = rows.filter((r) => DAY_AND_MONTH.test(table.rows[r][k] ?? '')).map((r) => `${table.rows[r][k].trim()} (${rowName(r)})`);
    return `${label(table.headers[k])}: ${dates.join(', ')}.`;
  });
  return { kind: 'answer', text: lines.join('\n'), shown: pick(table, [0, ...columns], rows) };
}
