import type { TableView } from './tables';
import { MONTH, monthNumber, partsOfYearIn, periodOf, withoutPeriod, yearsIn } from './table-periods';
import { type TermsOf, isNumericColumn } from './table-cells';

/**
 * Columns of parts of a year ("Q3 2039", "Q2 2039", "Q3 2038"): which of them a question asks ("nu", "hetzelfde
 * kwartaal vorig jaar", "het tweede kwartaal"), the latest when it asks none, and the measure their caption names
 * ("Gemiddelde wachttijd per perceel in weken") as what they hold.
 */

/** "Op dit moment", "nu": the latest part the table reports. */
const NOW_Q = /\b(?:nu|op\s+dit\s+moment|momenteel|inmiddels|dit\s+(?:kwartaal|halfjaar)|laatste\s+(?:kwartaal|halfjaar)|actuele?)\b/i;
/** "Hetzelfde kwartaal vorig jaar", "een jaar eerder": the latest part's a year before. */
const YEAR_EARLIER_Q = /\b(?:(?:het\s+)?zelfde|hetzelfde|dat)\s+kwartaal\s+(?:van\s+)?(?:vorig|een)\s+jaar\b|\been\s+jaar\s+(?:eerder|geleden|daarvoor|ervoor)\b|\bvorig\s+jaar\b/i;
/** "Het vorige kwartaal", "het kwartaal ervoor": the part before the latest. */
const PART_EARLIER_Q = /\b(?:vorig|vorige)\s+kwartaal\b|\bkwartaal\s+(?:ervoor|daarvoor)\b/i;
/** "Vergeleken met", "gestegen", "langer dan": a comparison, which takes the latest part as its other end. */
export const COMPARED_Q = /\b(?:vergeleken|vergelijking|t\.?o\.?v|opzichte|dan|gestegen|gedaald|toegenomen|afgenomen|veranderd)\b/i;

/** Of `columns`, the one of the latest part of a year; undefined when they name no parts. */
export function latestOf(table: TableView, columns: number[]): number | undefined {
  const dated = columns.filter((k) => periodOf(table.headers[k]) !== undefined);
  return dated.length ? dated.reduce((a, b) => (periodOf(table.headers[b])! > periodOf(table.headers[a])! ? b : a)) : undefined;
}

/**
 * For a table of two or more such columns, a column's score from its shared words (`own`): an asked part's +3 (the
 * latest +0.5 when none is asked), a part not asked ruled out (-Infinity), and the caption's words shared by a header
 * that is only a period. Undefined for other columns and tables, which score as before. `changeAsked`: a column of
 * changes answers, so parts neither add their caption's words nor their own +3, and only rule out the others.
 */
export function partScoring(question: string, table: TableView, terms: TermsOf, changeAsked: boolean): (k: number, own: number) => number | undefined {
  const periods = table.headers.map((h, k) => (k > 0 && isNumericColumn(table, k) ? periodOf(h) : undefined));
  const dated = periods.flatMap((p, k) => (p === undefined ? [] : [k]));
  if (dated.length < 2) return () => undefined;
  // A year asked without a part ("in 2038") is read by the year columns' own rules.
  if (!partsOfYearIn(question).size && yearsIn(question).size) return () => undefined;
  const latest = Math.max(...dated.map((k) => periods[k]!));
  const asked = askedPeriods(question, latest, [...new Set(dated.map((k) => periods[k]!))]);
  const askedTerms = terms(question);
  const captionShared = [...terms(table.caption)].filter((t) => askedTerms.has(t) && !/^\d{4}$/.test(t)).length;
  return (k, own) => {
    const period = periods[k];
    if (period === undefined) return undefined;
    // The words of its measure, not of its period: "januari" asked says nothing of "jan." against "jun." beside it.
    const measure = withoutPeriod(table.headers[k]);
    const score = (asked.size ? [...terms(measure)].filter((t) => askedTerms.has(t)).length : own) + (!measure && !changeAsked ? captionShared : 0);
    if (!asked.size) return score + (period === latest ? 0.5 : 0);
    return asked.has(period) ? score + (changeAsked ? 0 : 3) : -Infinity;
  };
}

/** The periods a question asks of a table whose latest part is `latest`, among `reported`. */
function askedPeriods(question: string, latest: number, reported: number[]): Set<number> {
  const asked = new Set<number>();
  const year = Math.floor((latest - 1) / 12);
  const yearsAsked = [...yearsIn(question)].map(Number);
  for (const part of partsOfYearIn(question)) {
    const [kind, n] = part.split(' ');
    for (const y of yearsAsked.length ? yearsAsked : [year]) asked.add(y * 12 + Number(n) * (kind === 'kwartaal' ? 3 : 6));
  }
  // "Tussen januari en juni": the months named, of the year asked or the latest.
  for (const [, month] of question.matchAll(new RegExp(MONTH.source, 'giu'))) for (const y of yearsAsked.length ? yearsAsked : [year]) asked.add(y * 12 + monthNumber(month));
  const earlier = YEAR_EARLIER_Q.test(question) ? latest - 12 : PART_EARLIER_Q.test(question) ? Math.max(...reported.filter((p) => p < latest)) : undefined;
  // "Vorig jaar" alone reads as the latest year the table reports, unless a comparison with now is asked.
  const yearEarlierOnly = earlier === latest - 12 && /\bvorig\s+jaar\b/i.test(question) && !YEAR_EARLIER_Q.test(question.replace(/\bvorig\s+jaar\b/gi, ''));
  if (earlier !== undefined && reported.includes(earlier) && !(yearEarlierOnly && !NOW_Q.test(question))) asked.add(earlier);
  if (NOW_Q.test(question) || (asked.size && COMPARED_Q.test(question) && !partsOfYearIn(question).size)) asked.add(latest);
  return new Set([...asked].filter((p) => reported.includes(p)));
}
