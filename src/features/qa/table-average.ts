import type { TableView } from './tables';
import { rowLabel } from './action-lists';
import { type TableAnswer, type TermsOf, cellNumber, label, pick, rowsNamed, withUnit } from './table-cells';
import { isTotalRow } from './total-rows';
import { changeColumn } from './table-periods';
import { columnMeant, rowsWithCells } from './table-thresholds';

/**
 * "Welke gemeentes zitten met hun budgetstijging boven het gemiddelde van de regio?": the rows whose value lies past
 * the average of the column. A table's own average or region row says it ("Regio IJsselland +5,2%", weighted as the
 * region is); where it has none, or only a total of amounts, the rows' mean does.
 */
export const AVERAGE_Q = /\b(boven|onder)\s+(?:het|de|ons)?\s*(?:regionale?\s+)?gemiddeld(?:e)?\b|\b(meer|minder|hoger|lager)\b[^?.]{0,40}?\bdan\s+(?:het\s+)?(?:regionale?\s+)?gemiddeld(?:e)?\b/i;
const BELOW = /^(onder|lager|minder)/i;
/** The words that say the average, not the column: "boven het gemiddelde", "dan gemiddeld" (the column's own words stay). */
const AVERAGE_WORDS = /\b(?:boven|onder)\s+(?:het|de|ons)?\s*(?:regionale?\s+)?gemiddeld\w*|\bdan\s+(?:het\s+)?(?:regionale?\s+)?gemiddeld\w*/gi;
const CHANGE_Q = /stijging|daling|groei|toename|afname|gestegen|gedaald|stijgt|daalt/i;
/** A row that stands for the whole: its value is the average where the column holds shares or changes. */
const AVERAGE_ROW = /^\W*(gemiddeld|gemiddelde)\b/i;

export function rowsPastAverage(question: string, table: TableView, terms: TermsOf): TableAnswer | undefined {
  const asked = question.match(AVERAGE_Q);
  if (!asked) return undefined;
  const change = CHANGE_Q.test(question) ? changeColumn(table) : -1;
  const column = change > 0 ? change : columnMeant(question.replace(AVERAGE_WORDS, ' '), table, terms, {});
  if (column === undefined) return undefined;
  const value = (r: number) => cellNumber(table.rows[r][column] ?? '');
  const rows = table.rows.map((_, r) => r).filter((r) => !isTotalRow(table.rows[r]) && value(r) !== undefined);
  if (rows.length < 3) return undefined;
  const whole = table.rows.findIndex((row, r) => isTotalRow(row) && value(r) !== undefined);
  const sum = rows.reduce((total, r) => total + value(r)!, 0);
  // A row of the whole in a column of rates ("+5,2%") is the average; in a column of parts that add up (100%), their sum.
  const adds = whole >= 0 && Math.abs(value(whole)! - sum) <= Math.abs(sum) * 0.01;
  const percent = (table.rows[rows[0]][column] ?? '').includes('%');
  const shares = percent && !adds;
  const fromRow = whole >= 0 && (shares || AVERAGE_ROW.test(table.rows[whole][0] ?? ''));
  const average = fromRow ? value(whole)! : sum / rows.length;
  const below = BELOW.test(asked[1] ?? asked[2]);
  const hits = rows.filter((r) => (below ? value(r)! < average : value(r)! > average));
  const said = fromRow ? `${withUnit(table.rows[whole][column], table.headers[column], table.caption)}, ${rowLabel(table, table.rows[whole])}` : withUnit(`${average.toLocaleString('nl-NL', { maximumFractionDigits: 1 })}${percent ? '%' : ''}`, table.headers[column], table.caption);
  const what = `${label(table.headers[column])} ${below ? 'onder' : 'boven'} het gemiddelde (${said})`;
  const { nameColumn, compared } = rowsNamed(table, rows);
  const text = `${what}: ${hits.length ? rowsWithCells(table, hits, column) : 'geen van de rijen'}. Vergeleken: ${compared}`;
  return { kind: 'answer', text, shown: pick(table, [...new Set([0, nameColumn, column])], [...hits, ...(fromRow ? [whole] : [])]) };
}
