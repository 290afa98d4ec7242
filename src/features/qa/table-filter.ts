import type { TableView } from './tables';
import { TOTAL_ROW, WHICH_Q, comparesRows } from './table-answer';
import { type TableAnswer, type TermsOf, isNumericColumn, label, pick } from './table-cells';
import { fold } from '../../shared/fold';

const wordsOf = (text: string) => fold(text).match(/\p{L}+/gu) ?? [];

/**
 * "Welke aanbieders hebben een hoog risicoprofiel?": the rows whose cell in the column the question
 * names (by its header) holds the value the question names ("hoog"), naming the rows compared.
 */
/** Questions that ask which rows hold a value: "welke aanbieders ...", "waarvoor is de gemeente verantwoordelijk?". */
export const FILTER_Q = /\bwelke\b|^\s*waar(?:voor|bij|in|aan|op)\b/i;

export function filterFromTable(question: string, table: TableView, terms: TermsOf): TableAnswer | undefined {
  if (!(WHICH_Q.test(question) || FILTER_Q.test(question)) || comparesRows(question)) return undefined;
  const asked = terms(question);
  const said = new Set(wordsOf(question));
  const rows = table.rows.map((_, r) => r).filter((r) => !TOTAL_ROW.test(table.rows[r][0] ?? ''));
  for (const [k, header] of table.headers.entries()) {
    if (k === 0 || isNumericColumn(table, k) || ![...terms(header)].some((t) => asked.has(t))) continue;
    const values = [...new Set(rows.map((r) => (table.rows[r][k] ?? '').trim().toLowerCase()).filter(Boolean))];
    const named = values.filter((v) => wordsOf(v).length > 0 && wordsOf(v).every((w) => said.has(w)));
    if (named.length !== 1 || values.length < 2) continue;
    const hits = rows.filter((r) => (table.rows[r][k] ?? '').trim().toLowerCase() === named[0]);
    const compared = `Vergeleken: ${rows.length} rijen (${table.headers[0].toLowerCase()}): ${rows.map((r) => table.rows[r][0]).join(', ')}.`;
    const text = `${label(header)} ${named[0]}: ${hits.map((r) => table.rows[r][0]).join(', ')}. ${compared}`;
    return { kind: 'answer', text, shown: pick(table, [0, k], hits) };
  }
  return undefined;
}
