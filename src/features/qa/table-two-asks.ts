import { ASKS_WHY } from './asked-elaboration';
import { answerFromTable, askScores } from './table-answer';
import { isNumericColumn, isPercentColumn, pick, quote, type ShownTable, type TableAnswer, type TermsOf } from './table-cells';
import type { TableView } from './tables';
import { namedAfterCode, rowLabel } from './action-lists';
import { ASKS_TOTAL } from './row-names';
import { twoAsks } from './question-setup';
import { PERCENT_Q } from './table-budget-columns';
import { MONTH, directionBetween, yearsIn } from './table-periods';
import { YEAR_TERM } from './number-words';

const CHANGE_ASK = /\b(?:hoger|lager|meer|minder|gestegen|gedaald|verschil|stijging|daling)\b/i;

/**
 * "Hoeveel jeugdigen had Kampen en wat is de bijdrage aan het werkbudget?": a question that asks two things of one row,
 * each answered best by a column of its own (scored as any ask of a row, table-answer.ts), is answered with both cells,
 * in the order asked. Undefined when the question asks one thing, or an ask names no column, or both name the same one.
 */
export function bothAsksOfRow(question: string, table: TableView, row: number, terms: TermsOf): TableAnswer | undefined {
  const asks = twoAsks(question, 'also counts');
  const cells = table.rows[row];
  // "..., en waarom waren dat er meer?": a row of figures gives no reason, so it does not answer both. Nor does it when an ask
  // names another row more ("..., en hoeveel punten kun je in totaal halen?": the total row's, withOtherRow).
  if (!asks || !cells || asks.some((ask) => ASKS_WHY.test(ask) || namesOtherRow(ask, table, row, terms))) return undefined;
  // The cell that names the row (after a code or a row number, the second) answers no ask.
  const nameColumn = namedAfterCode(table, cells) ? 1 : 0;
  const each = askScores(question, table, cells[nameColumn] ?? '', terms);
  if (!each) return undefined;
  const columns = each.map((scores, i) => {
    // "Hoeveel ..." asks a figure: only a column of figures answers it ("begroting", not "budgetbeheerder").
    const figure = /^\s*(?:en\s+)?(?:met\s+)?hoeveel\b/i.test(asks[i]);
    // "Met hoeveel procent ..." asks a column of percentages, when the row has one.
    const percent = PERCENT_Q.test(asks[i]) && table.headers.some((_, k) => k > nameColumn && isPercentColumn(table, k));
    const fit = scores.map((v, k) => (k > nameColumn && cells[k]?.trim() && (!figure || isNumericColumn(table, k)) && (!percent || isPercentColumn(table, k)) ? v : -Infinity));
    const best = Math.max(...fit);
    return best >= 1 && fit.filter((v) => v === best).length === 1 ? fit.indexOf(best) : figure && BEFORE_ASK.test(asks[i]) ? earlierPeriod(table) : cellSaying(asks[i], cells, nameColumn, terms);
  });
  // "... en wat kost één team?": both asks on the amount's column, the second answered by the other cell that says its word ("€ 662.000 per team").
  if (columns[0] === columns[1] && columns[0] >= 0) columns[1] = cellSaying(asks[1], cells.map((c, k) => (k === columns[0] ? '' : c)), nameColumn, terms);
  if (columns.includes(-1) || columns[0] === columns[1]) return undefined;
  const name = rowLabel(table, cells);
  // "... en hoeveel hoger is dat dan in 2039?": the second ask compares the two periods' cells, by how much it says too.
  const direction = CHANGE_ASK.test(asks[1]) ? directionBetween(table, cells, columns) : undefined;
  return { kind: 'answer', text: `${name}: ${columns.map((k) => quote(table, cells, k)).join('; ')}${direction ? `; ${direction}` : ''}.`, shown: pick(table, [nameColumn, ...[...columns].sort((a, b) => a - b)], [row]) };
}

/** Whether an ask names another row of the table by more of its label's words than the row found. */
function namesOtherRow(ask: string, table: TableView, row: number, terms: TermsOf): boolean {
  const asked = terms(ask), total = ASKS_TOTAL.test(ask);
  // A year names the column asked, not a row (see otherRowAsked).
  const named = table.rows.map((cells) => (total && /^\s*totaal\b/i.test(rowLabel(table, cells)) ? 1 : 0) + [...terms(rowLabel(table, cells))].filter((t) => asked.has(t) && !YEAR_TERM.test(t)).length);
  return named.some((n, r) => r !== row && n > named[row]);
}

/** "... en hoeveel waren het er in de twee jaar ervoor?": a figure of the time before ("hoe verhoudt zich dat tot het jaar ervoor" compares). */
const BEFORE_ASK = /\b(?:ervoor|daarvoor|voorheen|vooraf|daarvóór|v[oó]{2}r\s+(?:de|het)\s+(?:pilot|start|project|invoering))\b/i;

/**
 * The earlier of the table's two columns of one measure in two periods ("Verwijzingen apr 2051-mrt 2053" and "...
 * apr 2053-mrt 2055"), -1 when the table has no such pair or more than one.
 */
function earlierPeriod(table: TableView): number {
  const measure = (k: number) => table.headers[k].replace(/\b(?:19|20)\d{2}\b/g, '').replace(new RegExp(MONTH.source, 'giu'), '').replace(/[\s.\-–]+/g, ' ').trim().toLowerCase();
  const dated = table.headers.map((_, k) => k).filter((k) => k > 0 && yearsIn(table.headers[k]).size > 0 && isNumericColumn(table, k));
  const pairs = dated.flatMap((a, i) => dated.slice(i + 1).filter((b) => measure(a) === measure(b)).map((b) => [a, b]));
  const firstYear = (k: number) => Math.min(...[...yearsIn(table.headers[k])].map(Number));
  return pairs.length === 1 ? pairs[0].sort((a, b) => firstYear(a) - firstYear(b))[0] : -1;
}

/**
 * "... en wie neemt daarover het besluit?": an ask no header names is answered by the one cell of the row that says its
 * word ("besluit" under "BO"), -1 when no cell or several do.
 */
function cellSaying(ask: string, cells: string[], nameColumn: number, terms: TermsOf): number {
  const asked = terms(ask);
  const saying = cells.flatMap((c, k) => (k > nameColumn && c.trim() && [...terms(c)].some((t) => asked.has(t)) ? [k] : []));
  return saying.length === 1 ? saying[0] : -1;
}

/**
 * "Wat is er in 2028 nodig voor de aanbesteding, en wat voor de projectleiding?": a question whose two asks each name a
 * row of one table. When one ask alone names the row found, the row of that table the other ask names by more words
 * than any other answers that ask; `first` when it is asked first. `namedBy` gives the words by which an ask names a row.
 */
function otherRowAsked(question: string, table: TableView, row: number, namedBy: (ask: string, rowName: string) => string[]): { row: number; first: boolean } | undefined {
  const asks = twoAsks(question, 'also counts');
  if (!asks) return pairedRowAsked(question, table, row, namedBy);
  // A row named after a code, or a total row without one, is named by its label ("Totaal" in the second cell); a year
  // names the column asked, not a row ("... lager dan in 2042" of "Voorleesproject (afgerond in 2042)").
  const [a, b] = asks.map((ask) => table.rows.map((cells) => namedBy(ask, rowLabel(table, cells)).filter((t) => !YEAR_TERM.test(t)).length));
  const own = a[row] > b[row] ? 0 : b[row] > a[row] ? 1 : -1;
  if (own < 0) return pairedRowAsked(question, table, row, namedBy);
  const other = own === 0 ? b : a;
  const best = Math.max(0, ...other.filter((_, r) => r !== row));
  const rows = other.flatMap((v, r) => (r !== row && v === best ? [r] : []));
  return best > 0 && rows.length === 1 ? { row: rows[0], first: own === 1 } : undefined;
}

/** "A of B", "A met die voor B", "A tegenover B": words that set two things side by side. */
const PAIRED = /\b(?:of|en|met|tegenover|versus|vs|t\.o\.v|ten opzichte van|vergeleken met)\b/i;

/**
 * "Wie heeft het aantal thuiszitters sterker teruggedrongen, SWV Deventer-Salland of SWV Vechtdal?", "vergelijk de wachttijd
 * voor autismebehandeling met die voor de specialistische GGZ": one ask that names two rows side by side. The other row is
 * the one row named by a word the row found is not named by, while the row found is named by a word it is not.
 */
function pairedRowAsked(question: string, table: TableView, row: number, namedBy: (ask: string, rowName: string) => string[]): { row: number; first: boolean } | undefined {
  // A row's own words name it, not a synonym of one ("Totaal wachtenden" for "wachttijd").
  const naming = table.rows.map((cells) => new Set(namedBy(question, cells[0] ?? '').filter((t) => !t.startsWith('~'))));
  const beyond = (r: number, other: number) => [...naming[r]].filter((t) => !naming[other].has(t));
  const others = naming.flatMap((_, r) => (r !== row && beyond(r, row).length ? [r] : []));
  if (others.length !== 1 || !beyond(row, others[0]).length) return undefined;
  const at = (r: number) => question.toLowerCase().indexOf(beyond(r, r === row ? others[0] : row)[0]);
  const [first, second] = [at(row), at(others[0])].sort((x, y) => x - y);
  if (first < 0 || !PAIRED.test(question.slice(first, second))) return undefined;
  return { row: others[0], first: at(others[0]) < at(row) };
}

/** The answer with that of the row of the same table the question's other ask names, in the order asked; undefined when none does. */
export function withOtherRow(question: string, table: TableView, row: number, answer: { text: string; shown: ShownTable }, namedBy: (ask: string, rowName: string) => string[], terms: TermsOf): { text: string; shown: ShownTable } | undefined {
  const other = otherRowAsked(question, table, row, namedBy);
  // "Gestegen tussen 2023 en 2025?" of a table per year: the answer found already gives both.
  const found = other && !answer.text.includes(rowLabel(table, table.rows[other.row])) && answerFromTable(question, table, other.row, terms);
  if (!other || !found || found.kind !== 'answer') return undefined;
  const [first, second] = other.first ? [found, answer] : [answer, found];
  const sameColumns = first.shown.headers.join('|') === second.shown.headers.join('|');
  return { text: `${first.text}\n${second.text}`, shown: sameColumns ? { headers: first.shown.headers, rows: [...first.shown.rows, ...second.shown.rows] } : answer.shown };
}
