import { MONTH_NAMES } from '../../shared/dutch-date';
import type { Passage } from './qa.domain';
import type { TableView } from './tables';
import { rowLabel } from './action-lists';

/** A table's cells as an answer quotes them: as numbers to compare, with the unit their header or caption gives. */

/** What the answer card shows: the header row and the rows the answer is about. */
export interface ShownTable {
  headers: string[];
  rows: string[][];
}

export type TableAnswer = { kind: 'answer'; text: string; shown: ShownTable } | { kind: 'decline' };

/** Question words as index terms (the index's Dutch analysis). */
export type TermsOf = (text: string) => Set<string>;

/** The passages and terms a table answer reads. */
export interface TableSource {
  passage(id: string): Passage | undefined;
  passageAt(title: string, position: number): Passage | undefined;
  terms(word: string): string[];
}

/** "(mln euro)", "(%)"; not a date, year or period ("(31-12)", "(31 december 2026)", "Begroot (4 mnd)"): that says when, and stays in the label. */
const UNIT_IN_HEADER = new RegExp(String.raw`\s*\((?![^)]*(?:\b(?:19|20)\d\d\b|\d-\d|\b(?:${MONTH_NAMES})\b|\d+\s*(?:mnd|maanden|weken|kwartalen)\b))([^)]{1,20})\)\s*$`, 'i');
const UNIT_IN_CAPTION = /\b(?:in|x)\s+(weken|dagen|maanden|jaren|euro|procent|fte|uren|miljoenen euro|duizenden euro|€ ?1\.000|1\.000)\b/i;

/** A caption clause's word before its unit that says it of every cell ("; bedragen x € 1.000"), not of one column ("; gebruik x € 1.000"). */
const ALL_CELLS = /^(?:bedragen|bedrag|cijfers|getallen|waarden|alle|aantallen|tabel)$/i;
/** The caption's unit of a column: "(peildatum 1 januari 2054; gebruik x € 1.000)" holds for the column "Gemiddeld gebruik 2051-2053" only. */
function captionUnit(caption: string, header: string): string | undefined {
  const m = UNIT_IN_CAPTION.exec(caption);
  const of = m && caption.slice(0, m.index).match(/[;,(]\s*(\p{L}{4,})\s*$/u)?.[1];
  // A column of percentages ("D %") is in percent whatever the caption multiplies the amounts by.
  if (!m || (/%|\bprocent/i.test(header) && !/%|procent/i.test(m[1]))) return undefined;
  return !of || ALL_CELLS.test(of) || header.toLowerCase().includes(of.toLowerCase()) ? m[1] : undefined;
}

/** A cell as a number: "€ 8.942.000" 8942000, "−326.000" -326000, "6,8" 6.8, "76%" 76; undefined for text. */
export function cellNumber(cell: string): number | undefined {
  const m = cell.replace(/\u2212/g, '-').match(/^\s*([+-])?\s*(?:€\s*)?([+-])?\s*(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?\s*(%|[a-z.€ ]{0,12})?$/i);
  if (!m) return undefined;
  const value = Number(`${m[3].replace(/\./g, '')}.${m[4] ?? '0'}`);
  return (m[1] ?? m[2]) === '-' ? -value : value;
}

export const isNumericColumn = (table: TableView, k: number) => {
  const rows = table.rows.filter((r) => r[k]?.trim());
  return rows.length > 0 && rows.filter((r) => cellNumber(r[k]) !== undefined).length >= rows.length * 0.6;
};
export const isPercentColumn = (table: TableView, k: number) => /%|procent/i.test(table.headers[k]) || table.rows.some((r) => /%\s*$/.test(r[k] ?? ''));

/** The value with its unit: "34,9 mln euro" for a header "(mln euro)", "9,5 weken" for a caption "in weken". */
export function withUnit(cell: string, header: string, caption: string): string {
  if (!/^[+\-\u2212]?[\d.,]+$/.test(cell.trim())) return cell;
  // "Verschil (€)" under a caption "bedragen x € 1.000" is in thousands: the caption's multiplier says the unit.
  const ofHeader = header.match(UNIT_IN_HEADER)?.[1];
  const unit = ofHeader && !/^(€|euro)$/i.test(ofHeader.trim()) ? ofHeader : captionUnit(caption, header) ?? ofHeader;
  // A multiplier ("x € 1.000", "x 1.000") stays one: "15.108 (x € 1.000)", not "15.108 € 1.000".
  if (unit && /^x\s|^(€ ?)?1\.000$/i.test(unit)) return `${cell} (x ${unit.replace(/^x\s*/i, '')})`;
  // "Bijdrage (€)": the euro sign goes before the amount, as Dutch writes it ("€ 175.000").
  if (unit?.trim() === '€') return `€ ${cell}`;
  return unit && !/^%$/.test(unit) ? `${cell} ${unit}` : unit === '%' ? `${cell}%` : cell;
}

/** What a ratio is per ("per 1.000", "per duizend", "per inwoner"), as one form. */
const perUnit = (text: string) => text.match(/\bper\s+(\d{1,3}(?:\.\d{3})+|\d+|\p{L}{3,})/iu)?.[1].toLowerCase().replace(/\./g, '').replace(/^duizend$/, '1000').replace(/^honderd$/, '100');
/** "De minste jeugdigen per 1.000": a column of the same ratio ("Per 1.000 jeugdigen") weighs 2 more. */
export const samePer = (question: string, header: string) => (perUnit(question) !== undefined && perUnit(question) === perUnit(header) ? 2 : 0);

export const label = (header: string) => header.replace(UNIT_IN_HEADER, '').trim();
/** "Naar de commissie": a header of two words or more that the question says as written ("gingen er naar de commissie"). */
export const headerSaid = (question: string, header: string) => {
  const words = label(header).toLowerCase().split(/\s+/);
  return words.length >= 2 && ` ${question.toLowerCase().replace(/[?,.;]/g, ' ')} `.includes(` ${words.join(' ')} `);
};
/** A one-word header the question says as a word or as the last part of one ("eindtotaal" of "Totaal"). */
export const tailSaid = (question: string, header: string) => /^\p{L}{4,}$/u.test(label(header)) && new RegExp(`\\p{L}*${label(header)}(?!\\p{L})`, 'iu').test(question);
/** A row named with its unit ("Gemiddelde wachttijd (weken)") gives it to each of its figures whose column has none. */
const UNIT_OF_ROW = /\((?:weken|dagen|maanden|jaren|uren|fte|procent|%|euro|€|mln euro|miljoen euro)\)\s*$/i;
const unitHeader = (header: string, row: string[], k: number) => (k > 0 && !UNIT_IN_HEADER.test(header) && UNIT_OF_ROW.test(row[0] ?? '') ? row[0] : header);
const plain = (cell: string) => cell.replace(/\*+/g, '').trim().toLowerCase();
/** A column of the unit each row's figures are per ("Eenheid": "uur", "dagdeel"). */
const UNIT_COLUMN = /^\W*(?:eenheid|tariefeenheid|per)\W*$/i;
/** "€ 106,65 per dagdeel": a figure with the unit its row's "Eenheid" says. */
const perUnitOfRow = (table: TableView, row: string[], k: number, value: string) => {
  const unit = table.headers.findIndex((h, j) => j > 0 && j !== k && UNIT_COLUMN.test(h));
  return unit > 0 && /^(?:€\s?)?\d/.test(value) && /^\p{L}[\p{L} ]{1,24}$/u.test(row[unit]?.trim() ?? '') ? `${value} per ${row[unit].trim()}` : value;
};
/** A cell with its column's name; not when the row has that name ("Totaal" of the column "Totaal": the row says it). */
export const quote = (table: TableView, row: string[], k: number) => {
  const value = perUnitOfRow(table, row, k, withUnit(row[k], unitHeader(table.headers[k], row, k), table.caption));
  return k > 0 && plain(label(table.headers[k])) === plain(row[0] ?? '') ? value : `${label(table.headers[k])}: ${value}`;
};

export function pick(table: TableView, columns: number[], rows: number[]): ShownTable {
  return { headers: columns.map((k) => table.headers[k]), rows: rows.map((r) => columns.map((k) => table.rows[r][k] ?? '')) };
}

/**
 * How an answer over several rows names them: each by its label, the column that names them (a row numbered in its
 * first column, "Nr" 2, is named by the next one), and the rows compared ("11 rijen (gemeente): Dalfsen, ...").
 */
export function rowsNamed(table: TableView, rows: number[]) {
  const nameColumn = rowLabel(table, table.rows[rows[0]]) === table.rows[rows[0]][0] ? 0 : 1;
  const names = (rs: number[]) => rs.map((r) => rowLabel(table, table.rows[r])).join(', ');
  return { nameColumn, names, compared: `${rows.length} rijen (${table.headers[nameColumn].toLowerCase()}): ${names(rows)}.` };
}
