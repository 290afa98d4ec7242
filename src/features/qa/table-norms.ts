import type { TableView } from './tables';
import { rowLabel } from './action-lists';
import { type TableAnswer, cellNumber, isNumericColumn, isPercentColumn, label, pick, rowsNamed } from './table-cells';
import { isTotalRow } from './total-rows';
import { comparesRows } from './table-answer';
import { DAY_IN_HEADER, yearsIn } from './table-periods';
import { latestOf } from './table-parts';

/**
 * "Welke percelen halen de norm niet?", "waar ligt de wachttijd boven de norm?" of a table with a column of norms and
 * one of measured values per period, without a column that says whether the norm was met: the rows compared value to
 * norm. A norm of at least ("minimaal 70%") is missed below it, any other ("6 weken", "max. 8") above it.
 */

const NORM_COLUMN = /^(?:norm|streefwaarde|normtijd|doel|doelstelling)\b/i;
// "De wachttijdnorm", "de Treeknorm": a compound's norm is one (not "enorm").
const NORM_WORD = /\b(?!enorm\b)\p{L}*norm(?:en)?\b|\b(?:streefwaarde|streefwaarden|maximum|afgesproken|toegestaan)\b/iu;
const ABOVE = /\b(?:boven|hoger\s+dan|langer\s+dan|meer\s+dan|later\s+dan)\b|\boverschr/i;
const BELOW = /\b(?:onder|lager\s+dan|korter\s+dan|minder\s+dan)\b/i;
const MET = /\b(?:gehaald|behaald|haalt|halen|voldoe\w*|bereikt)\b|\bbinnen\s+(?:de\s+)?\p{L}*norm\b/iu;
const NOT = /\b(?:niet|geen)\b/i;
const AT_LEAST = /\b(?:minimaal|ten\s+minste|tenminste|minstens|min\.)|≥|>=/i;

/** The figure of a norm cell: "≤ 6 weken" 6, "minimaal 70%" 70, "8" 8. */
const normOf = (cell: string) => {
  const m = cell.match(/(\d{1,3}(?:\.\d{3})*(?:,\d+)?)/);
  return m ? Number(m[1].replace(/\./g, '').replace(',', '.')) : undefined;
};

export function rowsAgainstNorm(question: string, table: TableView): TableAnswer | undefined {
  // "Welke sport scoorde het slechtst op het aandeel binnen de norm" compares a column, no row against its norm.
  if (!NORM_WORD.test(question) || comparesRows(question)) return undefined;
  const norm = table.headers.findIndex((h, k) => k > 0 && NORM_COLUMN.test(h.trim()));
  if (norm < 0) return undefined;
  const rows = table.rows.map((_, r) => r).filter((r) => !isTotalRow(table.rows[r]) && normOf(table.rows[r][norm] ?? '') !== undefined);
  const measured = measuredColumn(question, table, norm);
  const missed = missedWhen(question);
  if (measured === undefined || !missed || rows.length < 2) return undefined;
  const outside = (r: number) => {
    const value = cellNumber(table.rows[r][measured] ?? '');
    const limit = normOf(table.rows[r][norm])!;
    if (value === undefined) return false;
    const above = missed === 'above' || (missed === 'missed' && !AT_LEAST.test(table.rows[r][norm]));
    return missed === 'met' ? (AT_LEAST.test(table.rows[r][norm]) ? value >= limit : value <= limit) : above ? value > limit : value < limit;
  };
  const hits = rows.filter(outside);
  const { nameColumn, compared: rowsCompared } = rowsNamed(table, rows);
  const what = { above: 'Boven de norm', below: 'Onder de norm', missed: 'Norm niet gehaald', met: 'Norm gehaald' }[missed];
  const list = hits.map((r) => `${rowLabel(table, table.rows[r])} (${table.rows[r][measured]} tegen ${table.rows[r][norm]})`).join(', ');
  const compared = `Vergeleken (${label(table.headers[measured])} tegen ${label(table.headers[norm]).toLowerCase()}): ${rowsCompared}`;
  const text = hits.length ? `${what}: ${list}. ${compared}` : `${what}: geen van de rijen. ${compared}`;
  return { kind: 'answer', text, shown: pick(table, [...new Set([0, nameColumn, norm, measured])], hits) };
}

/** Which side of the norm the question asks for; undefined when it asks none. */
function missedWhen(question: string): 'above' | 'below' | 'missed' | 'met' | undefined {
  if (MET.test(question)) return NOT.test(question) ? 'missed' : 'met';
  if (ABOVE.test(question)) return 'above';
  return BELOW.test(question) ? 'below' : undefined;
}

/** The column measured against the norm: of the year asked, else the latest year; of the norm's kind (a percentage or not). */
function measuredColumn(question: string, table: TableView, norm: number): number | undefined {
  const percent = table.rows.some((r) => /%/.test(r[norm] ?? '')) || isPercentColumn(table, norm);
  const candidates = table.headers
    .map((h, k) => k)
    .filter((k) => k > 0 && k !== norm && isNumericColumn(table, k) && yearsIn(table.headers[k]).size > 0 && !DAY_IN_HEADER.test(table.headers[k]) && isPercentColumn(table, k) === percent);
  const asked = yearsIn(question);
  const ofYear = (year: string) => candidates.filter((k) => yearsIn(table.headers[k]).has(year));
  const years = [...new Set(candidates.flatMap((k) => [...yearsIn(table.headers[k])]))].sort();
  const chosen = [...asked].map(ofYear).find((ks) => ks.length) ?? ofYear(years[years.length - 1] ?? '');
  // The latest of them: by the part of the year each names ("Q3 2039" before "Q2 2039"), else as a table lists periods
  // in order ("2e halfjaar 2038", "1e halfjaar 2039").
  return latestOf(table, chosen) ?? chosen[chosen.length - 1];
}
