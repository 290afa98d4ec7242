import type { TableView } from './tables';
import { rowLabel } from './action-lists';
import { type TableAnswer, type TermsOf, cellNumber, isNumericColumn, label, pick, rowsNamed, withUnit } from './table-cells';
import { isTotalRow } from './total-rows';
import { DAY_IN_HEADER, yearsIn } from './table-periods';
import { THRESHOLD, type Threshold, thresholdIn } from './threshold-phrase';

/**
 * "Bij welke zorgvormen is de wachttijd langer dan 8 weken?", "welke aanbieders hebben meer dan 1.000 cliënten?": the
 * rows whose value in the column the question names (by its header, or by the unit after the figure) lies past the
 * figure asked. A figure in miljoen or duizend is compared in euros with a table in thousands ("x € 1.000").
 */

const THOUSANDS = /x\s*(?:€\s*)?1\.000\b|\bduizenden\b/i;
const MILLIONS = /\bmln\b|\bmiljoen(?:en)?\b/i;

export function rowsPastThreshold(question: string, table: TableView, terms: TermsOf): TableAnswer | undefined {
  const threshold = thresholdIn(question);
  if (!threshold) return undefined;
  const column = columnMeant(question, table, terms, threshold);
  if (column === undefined) return undefined;
  const factor = !threshold.absolute ? 1 : THOUSANDS.test(`${table.caption} ${table.headers[column]}`) ? 1e3 : MILLIONS.test(`${table.caption} ${table.headers[column]}`) ? 1e6 : 1;
  const rows = table.rows.map((_, r) => r).filter((r) => !isTotalRow(table.rows[r]) && cellNumber(table.rows[r][column] ?? '') !== undefined);
  if (rows.length < 2) return undefined;
  const past = (r: number) => {
    const value = cellNumber(table.rows[r][column])! * factor;
    if (threshold.inclusive && value === threshold.value) return true;
    return threshold.below ? value < threshold.value : value > threshold.value;
  };
  const hits = rows.filter(past);
  const { nameColumn, compared: rowsCompared } = rowsNamed(table, rows);
  const saysUnit = threshold.unit && !label(table.headers[column]).toLowerCase().includes(threshold.unit);
  const figure = `${threshold.said}${saysUnit ? ` ${threshold.unit}` : ''}`;
  const what = `${label(table.headers[column])} ${threshold.below ? 'onder' : 'boven'} ${figure}`;
  const compared = `Vergeleken: ${rowsCompared}`;
  const text = hits.length ? `${what}: ${rowsWithCells(table, hits, column)}. ${compared}` : `${what}: geen van de rijen. ${compared}`;
  return { kind: 'answer', text, shown: pick(table, [...new Set([0, nameColumn, column])], hits) };
}

/** "Kampen (€ 15.498), Ommen (€ 5.165)": the rows found, each with its cell in the column compared. */
export const rowsWithCells = (table: TableView, rows: number[], column: number) =>
  rows.map((r) => `${rowLabel(table, table.rows[r])} (${withUnit(table.rows[r][column], table.headers[column], table.caption)})`).join(', ');

/**
 * The numeric column the threshold is put on: the one whose header shares the question's words, else one in the unit
 * after the figure ("8 weken" in a table "in weken"); of the year asked or else the latest, not a count on a day.
 */
export function columnMeant(question: string, table: TableView, terms: TermsOf, threshold: { unit?: string }): number | undefined {
  const asked = terms(question.replace(THRESHOLD, ' '));
  const unitTerms = threshold.unit ? terms(threshold.unit) : new Set<string>();
  const years = yearsIn(question);
  const latest = Math.max(0, ...table.headers.flatMap((h) => [...yearsIn(h)].map(Number)));
  const scored = table.headers.map((header, k) => {
    if (k === 0 || !isNumericColumn(table, k) || /^(?:norm|streefwaarde)/i.test(header.trim())) return -Infinity;
    const own = [...terms(header)].filter((t) => asked.has(t) && !/^\d/.test(t) && !t.startsWith('~')).length;
    const unit = [...terms(`${header} ${table.caption}`)].some((t) => unitTerms.has(t)) ? 1 : 0;
    const headerYears = yearsIn(header);
    if (years.size && headerYears.size && ![...headerYears].some((y) => years.has(y))) return -Infinity;
    if (own + unit === 0) return -Infinity;
    // A count on a day ("Wachtenden op 30 juni") is no measure in the caption's unit.
    return own * 2 + (DAY_IN_HEADER.test(header) ? 0 : unit + (headerYears.has(String(latest)) ? 0.5 : 0));
  });
  const best = Math.max(...scored);
  return best > -Infinity ? scored.lastIndexOf(best) : undefined;
}
