import type { TableView } from './tables';
import { DAY_AND_MONTH } from '../../shared/dutch-date';
import { cellNumber, isNumericColumn, withUnit } from './table-cells';

/**
 * The periods a table compares: the years of its columns, a change between two of them ("Verschil: +243" between the
 * first halves of 2036 and 2037), and the columns a row's difference is taken between.
 */

export const yearsIn = (text: string) => new Set(text.match(/\b(19|20)\d{2}\b/g) ?? []);
/** How much something rose or fell: answered by a column of changes ("Verandering", "Groei (%)"). */
export const CHANGE_Q = /\b(stijging|stijgt|stijgen|steeg|stegen|gestegen|daling|daalt|dalen|daalde|daalden|gedaald|groei|groeit|groeien|groeide|groeiden|gegroeid|toename|toegenomen|afname|afgenomen|nam\b.*\b(toe|af)|verandering|veranderd|teruggedrongen|teruggebracht|verminderd|verlaagd|omlaag|omhoog)\b/i;
/** "Ten opzichte van het ontwerp": what a change is measured from, not what is asked. */
export const BASELINE = /\b(?:ten\s+opzichte\s+van|t\.?o\.?v\.?|vergeleken\s+met)\s+(?:de|het)\s+\p{L}+/iu;
/** A column of changes between periods. */
export const CHANGE_H = /verandering|mutatie|groei|stijging|daling|toename|afname|ontwikkeling|verschil/i;
/** A change against an earlier year asked: "tov 2036", "vergeleken met 2036", "van hoeveel naar hoeveel", "in 2036 en nu". */
export const SINCE_Q = /\b(?:t\.?o\.?v\.?|ten\s+opzichte\s+van|vergeleken\s+met|in\s+vergelijking\s+met|sinds|van\s+hoeveel\s+naar|verhoudt|verhouden|veranderd|verbeterd|verslechterd|(?:beter|slechter|korter|langer|hoger|lager|groter|kleiner|meer|minder)\s+(?:of\s+\p{L}+\s+)?geworden|nu|(?:was|waren)\s+(?:het|die|dat|ze|dit)\s+(?:daarvoor|ervoor|vroeger|eerst))\b/iu;
/** A count on a day ("Wachtenden op 30 juni 2037"): no measure of a period. */
export const DAY_IN_HEADER = DAY_AND_MONTH;

/** A change ("Verschil: +243") comes with the periods it is between: the year columns of the table, when it has two. */
export function periodOfChange(table: TableView, k: number, chosen: number[]): boolean {
  const periods = table.headers.map((h, c) => c).filter((c) => c > 0 && yearsIn(table.headers[c]).size === 1 && !DAY_IN_HEADER.test(table.headers[c]) && isNumericColumn(table, c));
  const change = (c: number) => CHANGE_H.test(table.headers[c]) && !yearsIn(table.headers[c]).size;
  return periods.length === 2 && periods.includes(k) && chosen.some(change);
}

/** The pair a row's difference is taken between: "+1.190" is the Prognose minus the Begroting, not the Realisatie. */
export function differenceOf(table: TableView, cells: string[], [budget, actual]: [number, number], column: number): [number, number] {
  const difference = cellNumber(cells[column] ?? '');
  const base = cellNumber(cells[budget] ?? '');
  if (difference === undefined || base === undefined) return [budget, actual];
  const from = table.headers.findIndex((_, k) => k > 0 && k !== budget && k !== column && Math.abs((cellNumber(cells[k] ?? '') ?? NaN) - base - difference) < 0.5);
  return [budget, from > 0 ? from : actual];
}

/** The numeric column of changes ("Verschil", "Mutatie"), -1 when the table has none. */
export const changeColumn = (table: TableView) => table.headers.findIndex((h, k) => k > 0 && CHANGE_H.test(h) && isNumericColumn(table, k));

/**
 * "Gem. wachttijd 2036: 6,9; Gem. wachttijd 2037: 7,2": two columns of one measure in two periods, and which way it went
 * from the earlier to the later and by how much ("gestegen met 0,3"); undefined for other columns.
 */
export function directionBetween(table: TableView, cells: string[], chosen: number[]): string | undefined {
  if (chosen.length !== 2) return undefined;
  // Ordered by the part of the year each names ("jan. 2037" before "jun. 2037"), else by year.
  const when = (k: number) => periodOf(table.headers[k]) ?? Number([...yearsIn(table.headers[k])][0]) * 12;
  const [a, b] = [...chosen].sort((x, y) => when(x) - when(y));
  const [from, to] = [a, b].map((k) => cellNumber(cells[k] ?? ''));
  if (yearsIn(table.headers[a]).size !== 1 || when(a) === when(b) || withoutPeriod(table.headers[a]) !== withoutPeriod(table.headers[b]) || from === undefined || to === undefined) return undefined;
  // "Gestegen met 3 weken", "gestegen met € 4,80": by how much, in the unit and with the decimals the cells are in.
  const later = cells[b] ?? '';
  const decimals = later.match(/\d,(\d+)/)?.[1].length ?? 0;
  const amount = Math.abs(to - from).toLocaleString('nl-NL', { minimumFractionDigits: decimals, maximumFractionDigits: Math.max(decimals, 2) });
  // A unit the cells carry themselves ("5,3 weken") goes with the difference.
  const ownUnit = later.match(/\d\s+(\p{L}+)\s*$/u)?.[1];
  const by = /€/.test(later) ? `€ ${amount}` : ownUnit ? `${amount} ${ownUnit}` : withUnit(amount, table.headers[b], table.caption);
  return to > from ? `gestegen met ${by}` : to < from ? `gedaald met ${by}` : 'gelijk gebleven';
}

/**
 * "Gem. wachttijd sept. 2038" and "Gem. wachttijd feb. 2039": the two columns of one measure in two periods, the earlier
 * first (by year, else by place); undefined when the table has no such pair, or more than one.
 */
export function periodPair(table: TableView): [number, number] | undefined {
  const measure = (k: number) => withoutPeriod(table.headers[k]).toLowerCase();
  const dated = table.headers.map((_, k) => k).filter((k) => k > 0 && yearsIn(table.headers[k]).size === 1 && isNumericColumn(table, k));
  const pairs = dated.flatMap((a, i) => dated.slice(i + 1).filter((b) => measure(a) === measure(b) && table.headers[a] !== table.headers[b]).map((b) => [a, b] as [number, number]));
  if (pairs.length !== 1) return undefined;
  const year = (k: number) => Number([...yearsIn(table.headers[k])][0]);
  const [a, b] = pairs[0];
  return year(a) <= year(b) ? [a, b] : [b, a];
}

const ORDINALS: Record<string, number> = { '1e': 1, eerste: 1, '2e': 2, tweede: 2, '3e': 3, derde: 3, '4e': 4, vierde: 4 };
/** "1e halfjaar", "tweede halfjaar", "derde kwartaal", "Q3": the parts of a year a text names, as "halfjaar 1", "kwartaal 3". */
export function partsOfYearIn(text: string): Set<string> {
  const parts = new Set<string>();
  for (const [, n, kind] of text.toLowerCase().matchAll(/\b(1e|2e|3e|4e|eerste|tweede|derde|vierde)\s+(halfjaar|half\s+jaar|kwartaal)\b/g)) parts.add(`${kind.replace(/\s+/, '')} ${ORDINALS[n]}`);
  for (const [, n] of text.matchAll(/\bQ([1-4])\b/g)) parts.add(`kwartaal ${n}`);
  return parts;
}

/** A part of a year asked ("het tweede halfjaar") of a table that names parts of that kind but not that one: another period's figures. */
export function otherPartOfYear(question: string, table: TableView): boolean {
  const asked = partsOfYearIn(question);
  const reported = partsOfYearIn(`${table.caption} ${table.headers.join(' ')}`);
  const kinds = new Set([...reported].map((p) => p.split(' ')[0]));
  return [...asked].some((p) => kinds.has(p.split(' ')[0])) && ![...asked].some((p) => reported.has(p));
}

/** Each month's names as headers and questions write them ("sept.", "juni"), January first. */
const MONTHS = ['januari|jan', 'februari|febr|feb', 'maart|mrt', 'april|apr', 'mei', 'juni|jun', 'juli|jul', 'augustus|aug', 'september|sept|sep', 'oktober|okt', 'november|nov', 'december|dec'];
export const MONTH = new RegExp(String.raw`\b(${MONTHS.join('|')})(?![\p{L}])\.?`, 'iu');
export const monthNumber = (name: string) => MONTHS.findIndex((names) => names.split('|').includes(name.toLowerCase())) + 1;
/** The last month of the part of a year a header names, counted from year 0 ("Q3 2039": 2039 * 12 + 9); undefined for a year alone or a day. */
export function periodOf(header: string): number | undefined {
  const years = [...yearsIn(header)];
  if (years.length !== 1 || DAY_IN_HEADER.test(header) || /\d{1,2}-\d{1,2}-\d{4}/.test(header)) return undefined;
  const [part] = [...partsOfYearIn(header)];
  const month = part ? Number(part.split(' ')[1]) * (part.startsWith('kwartaal') ? 3 : 6) : monthNumber(header.match(MONTH)?.[1] ?? '');
  return month > 0 ? Number(years[0]) * 12 + month : undefined;
}

/** A header without its period: "Gem. wachttijd" of "Gem. wachttijd jan. 2037", nothing of "Q3 2039" (its caption names its measure). */
export const withoutPeriod = (header: string) => header.replace(/\b(?:19|20)\d{2}\b|\bQ[1-4]\b|\b(?:1e|2e|3e|4e|eerste|tweede|derde|vierde)\s+(?:kwartaal|halfjaar)\b/gi, '').replace(MONTH, '').replace(/[\s.]+/g, ' ').trim();

