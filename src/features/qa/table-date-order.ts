import { MONTHS, MONTH_NAMES } from '../../shared/dutch-date';
import { rowLabel } from './action-lists';
import { type TableAnswer, label, pick } from './table-cells';
import type { TableView } from './tables';

/**
 * "Welke gemeente heeft als laatste een raadsbesluit genomen?", "wie was het eerst?": the order in time of a table's rows,
 * read from a column of dates ("12 mei 2051", "03-06-2051"), not from a column of figures. Not "voor het eerst" (for the first time).
 */
export const DATE_ORDER_Q = /\b(?:als\s+(laatste|eerste)|(?<!\bvoor\s)het\s+(laatst|eerst|vroegst))\b/i;

const WRITTEN = new RegExp(String.raw`\b(\d{1,2})\s+(${MONTH_NAMES})\s+((?:19|20)\d\d)\b`, 'i');
const NUMERIC = /\b(\d{1,2})-(\d{1,2})-((?:19|20)\d\d)\b/;

/** A cell's date as a number that sorts in time (yyyymmdd), undefined when the cell gives no whole date. */
function dateValue(cell: string | undefined): number | undefined {
  const written = WRITTEN.exec(cell ?? '');
  if (written) return Number(written[3]) * 10_000 + (MONTHS.indexOf(written[2].toLowerCase()) + 1) * 100 + Number(written[1]);
  const numeric = NUMERIC.exec(cell ?? '');
  return numeric ? Number(numeric[3]) * 10_000 + Number(numeric[2]) * 100 + Number(numeric[1]) : undefined;
}

/**
 * The rows with the latest (or earliest) date in the column of dates that answers best (`scores`, the best first), with
 * the rows compared; undefined when the table has no column whose cells are mostly dates.
 */
export function dateExtreme(question: string, table: TableView, rows: number[], scores: number[], compared: string): TableAnswer | undefined {
  const order = DATE_ORDER_Q.exec(question);
  const dated = (k: number) => rows.filter((r) => dateValue(table.rows[r][k]) !== undefined);
  const columns = table.headers.map((_, k) => k).filter((k) => k > 0 && dated(k).length * 2 > rows.length);
  if (!order || columns.length === 0) return undefined;
  const column = columns.reduce((best, k) => (scores[k] > scores[best] ? k : best), columns[0]);
  const last = /laatst/i.test(order[0]);
  const values = dated(column).map((r) => dateValue(table.rows[r][column])!);
  const target = last ? Math.max(...values) : Math.min(...values);
  const hits = dated(column).filter((r) => dateValue(table.rows[r][column]) === target);
  const list = hits.map((r) => `${rowLabel(table, table.rows[r])} (${table.rows[r][column].trim()})`).join(', ');
  return { kind: 'answer', text: `${last ? 'Als laatste' : 'Als eerste'} (${label(table.headers[column]).toLowerCase()}): ${list}. ${compared}`, shown: pick(table, [0, column], hits) };
}
