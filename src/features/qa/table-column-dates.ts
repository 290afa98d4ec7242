import { DAY_AND_MONTH, MONTHS } from '../../shared/dutch-date';
import { asksWhenBodyMeets } from './asked-kind';
import { WEAK_TERMS, tokenize } from './dutch-text';
import { type TableAnswer, type TableSource, type TermsOf, label, pick } from './table-cells';
import { rowOf, tableOf, type TableView } from './tables';
import type { QaResult } from './qa.domain';
import { passageAnswer } from './thing-said';

/**
 * "Op welke data vergadert het BO in 2055?" of a meeting calendar with a column per body ("Cyclus | AO | MO | PFO | BO"):
 * every date of the column the question names, not the one row that shares most words with it. A cell without a date
 * ("geen BO", "–") is a cycle without that meeting and is left out.
 */
const DATES_Q = /\b(?:wanneer|(?:op\s+)?welke\s+(?:data|datums|dagen|momenten))\b/i;
/** "Op welke datums ...", "wanneer is de kleine commissie (van juni)?": the meetings themselves asked. */
const MEETINGS_ASKED = /\b(?:op\s+)?welke\s+(?:data|datums|dagen)\b|^\s*wanneer\s+(?:is|zijn)\s+(?:het|de)\s+\S+(?:\s+\S+)?(?:\s+van\s+\p{L}+)?\s*\??\s*$/iu;

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
  // "Het BO van juli": the dates of that month, when a column named has one.
  const asked = MONTHS.filter((m) => new RegExp(`\\b${m}\\b`, 'i').test(question));
  const inMonth = (cell = '') => !asked.length || asked.some((m) => cell.toLowerCase().includes(m));
  const dated = (r: number, k: number) => DAY_AND_MONTH.test(table.rows[r][k] ?? '') && inMonth(table.rows[r][k]);
  const rows = table.rows.map((_, r) => r).filter((r) => columns.some((k) => dated(r, k)));
  if (rows.length === 0) return undefined;
  const rowName = (r: number) => `${/^\d+$/.test(table.rows[r][0].trim()) ? `${table.headers[0].trim().toLowerCase()} ` : ''}${table.rows[r][0].trim()}`;
  const lines = columns.flatMap((k) => {
    const dates = rows.filter((r) => dated(r, k)).map((r) => `${table.rows[r][k].trim()} (${rowName(r)})`);
    return dates.length ? [`${label(table.headers[k])}: ${dates.join(', ')}.`] : [];
  });
  return { kind: 'answer', text: lines.join('\n'), shown: pick(table, [0, ...columns], rows) };
}

/**
 * "Wanneer vergadert het BO in 2055?" when a text ("het BO komt drie keer bijeen") covers the question as well: the dates
 * of the calendar column of the body asked, from the best table row found (in the order of the hits).
 */
export function calendarAnswer(question: string, hits: { id: string; kind: string; rowCoverage: number }[], minCoverage: number, source: TableSource): QaResult | undefined {
  // Only when the meetings are what is asked: "wanneer besluit het BO over ..." asks the meeting of a decision.
  if (!asksWhenBodyMeets(question) && !MEETINGS_ASKED.test(question)) return undefined;
  const terms = (text: string) => new Set(tokenize(text).flatMap((w) => source.terms(w)));
  for (const hit of hits.filter((h) => h.kind === 'passage' && h.rowCoverage >= minCoverage)) {
    const passage = source.passage(hit.id);
    const found = passage && rowOf(passage.text) ? tableOf(passage, (position) => source.passageAt(passage.title, position)) : undefined;
    const dates = found && columnDates(question, found.table, terms);
    if (dates?.kind === 'answer' && passage) {
      return { ...passageAnswer(passage, hit.rowCoverage), answer: dates.text, table: dates.shown };
    }
  }
  return undefined;
}
