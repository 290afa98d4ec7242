import { cellNumber, headerSaid, isNumericColumn, label, pick, type TableAnswer, type TermsOf } from './table-cells';
import type { TableView } from './tables';
import { YEAR, YEAR_CELL, yearsAsked } from './year-editions';

/**
 * A table with a row per year ("Jaar | Kosten | …", as a letter or report shows a trend) read for a question that names
 * two or more of its years ("gestegen tussen 2024 en 2026", "in 2024 en in 2026"): the column asked in each of those
 * years, and for two years how much it changed, so the asker gets both figures rather than one year's row.
 */


export function yearsAnswer(question: string, table: TableView, terms: TermsOf): TableAnswer | undefined {
  const asked = yearsAsked(question);
  if (asked.length < 2 || !table.rows.every((r) => YEAR_CELL.test(r[0] ?? ''))) return undefined;
  const rows = asked.map((y) => table.rows.findIndex((r) => r[0].trim() === y)).filter((r) => r >= 0);
  if (rows.length === 0) return undefined;
  // A year asked that the table has no row for is said to be missing, not left out in silence.
  const missing = asked.filter((y) => !table.rows.some((r) => r[0].trim() === y));
  const wanted = terms(question.replace(YEAR, ''));
  const score = (k: number) => [...terms(table.headers[k])].filter((t) => wanted.has(t)).length + (headerSaid(question, table.headers[k]) ? 1 : 0);
  const numeric = table.headers.map((_, k) => k).filter((k) => k > 0 && isNumericColumn(table, k));
  const best = Math.max(0, ...numeric.map(score));
  const columns = numeric.filter((k) => score(k) === best);
  // Without a word of the question in a header, no column is asked for: the year rows alone are no answer.
  if (best === 0 || columns.length === 0) return undefined;
  const lines = columns.map((k) => {
    const cells = rows.map((r) => `${table.rows[r][0]}: ${table.rows[r][k]}`).join('; ');
    const change = rows.length === 2 ? changeOf(table.rows[rows[0]][k], table.rows[rows[1]][k]) : undefined;
    return `${label(table.headers[k])}: ${cells}${change ? ` (${change} in ${table.rows[rows[1]][0]} dan in ${table.rows[rows[0]][0]})` : ''}.`;
  });
  if (missing.length) lines.push(`Voor ${missing.join(' en ')} geeft deze tabel geen cijfer.`);
  return { kind: 'answer', text: lines.join('\n'), shown: pick(table, [0, ...columns], rows) };
}

/** "€ 5,5 miljoen meer" from "€ 55,8 miljoen" to "€ 61,3 miljoen": the later cell's unit around the difference. */
function changeOf(from: string, to: string): string | undefined {
  const a = cellNumber(from);
  const b = cellNumber(to);
  if (a === undefined || b === undefined || a === b) return undefined;
  const decimals = Math.max(...[from, to].map((c) => c.match(/\d,(\d+)/)?.[1].length ?? 0));
  const amount = Math.abs(b - a).toLocaleString('nl-NL', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
  return `${to.replace(/\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?/, amount).replace(/^\s*[+\-\u2212]\s*/, '').trim()} ${b > a ? 'meer' : 'minder'}`;
}
