import type { TableView } from './tables';
import { type TableAnswer, type TermsOf, cellNumber, isNumericColumn, label, pick, rowsNamed } from './table-cells';
import { changeColumn, periodPair } from './table-periods';
import { isTotalRow } from './total-rows';
import { comparesRows } from './table-answer';
import { fold } from '../../shared/fold';
import { rowsAgainstNorm } from './table-norms';
import { rowsPastThreshold } from './table-thresholds';
import { rowsPastAverage } from './table-average';
import { ABSENT_WHO, adjectiveBase, asksRows } from './table-filter';
import { bandRowsAsGood } from './amount-thresholds';

/**
 * "Welke zorgvormen halen de norm niet?", "welke aanbieders vallen in de zwaarste risicoklasse?": the rows of a table
 * that meet a condition the question puts on one column. A column of ja/nee is read by whether the question negates
 * it; a column of an ordered scale (laag, midden, hoog) by the end of the scale the question names; without such a
 * column, a column of norms against the measured values (table-norms.ts), or a figure the question names
 * ("langer dan 8 weken", table-thresholds.ts).
 */

/** Ordered scales a column of classes uses, from low to high. */
const SCALES = [
  ['laag', 'midden', 'hoog'],
  ['laag', 'gemiddeld', 'hoog'],
  ['laag', 'middel', 'hoog'],
  ['groen', 'oranje', 'rood'],
  ['groen', 'geel', 'oranje', 'rood'],
  ['licht', 'middel', 'zwaar'],
  ['klein', 'middel', 'groot'],
];
const BOTTOM = /^(laagste?|lichtste?|kleinste?)$/;
/** A superlative and the word it is said of: "de zwaarste risicoklasse". */
const SUPERLATIVE = /\b(hoogste?|zwaarste?|ernstigste?|grootste?|slechtste?|laagste?|lichtste?|kleinste?)\s+(\p{L}+)/gu;
/** Nouns for a class column besides the header's own words: "risicocategorie" for "Risicoklasse". */
const CLASS_NOUNS = /(klasse|categorie|niveau|profiel|score|kleur|fase)$/;
const YES = new Set(['ja', 'yes', 'wel']);
const NO = new Set(['nee', 'no', 'niet']);
/** A question that asks the rows where something does not hold: "halen de norm niet", "geen", "onvoldoende". */
const NEGATED = /\b(niet|geen|nergens|onvoldoende|onder de maat)\b/i;
/** A norm column read from the other side: "langer dan de norm", "boven de streefwaarde" ask where the norm is not met. */
const EXCEEDS = /\b(langer|hoger|meer|boven|later|over)\b.*\b(norm|streefwaarde|maximum|maximaal|afgesproken|toegestaan)|\boverschr/i;
const NORM_H = /\b(norm|streefwaarde|doel)\w*/i;
/** "Welke ...", and "wie was er niet (bij)": who of a list of attendance. */
const WHICH = new RegExp(String.raw`\b(welke?|waar|bij\s+welke)\b|${ABSENT_WHO.source}`, 'i');
/** "Wie was er niet bij", "wie ontbrak": absence, which a column "Aanwezig" of ja/nee answers with its "nee" rows. */
const ABSENT_Q = /\b(?:was|waren|is|zijn)\s+(?:er\s+)?niet\s+bij\b|\bafwezig|\bontbr(?:ak|aken|eekt)\b/i;
const PRESENT_H = /^\s*aanwezig\b/i;

/**
 * The rows to try: when none was found, the rows that set amount bands for an amount asked (amount-thresholds.ts); for "welke
 * gemeenten waren er niet bij?", a row of an attendance list (a column "Aanwezig") before a row that only says "afwezigheid".
 */
export function withBandAndAttendance<H extends { coverage: number }>(question: string, candidates: H[], hits: H[], best: H | undefined, rowText: (hit: H) => string | undefined): H[] {
  const attendance = (h: H) => (ABSENT_Q.test(question) && /\|\s*aanwezig\s*\|/i.test(rowText(h) ?? '') ? 1 : 0);
  return (candidates.length ? [...candidates] : bandRowsAsGood(question, hits, best, rowText)).sort((a, b) => attendance(b) - attendance(a));
}

// "Nee, afgemeld (inbreng per mail)" is a "nee" with its reason: the answer before the comma.
const valueOf = (cell: string | undefined) => fold(cell ?? '').trim().replace(/[.!]$/, '').replace(/^(ja|nee)\s*[,;(].*$/s, '$1');
const rowsOf = (table: TableView) => table.rows.map((_, r) => r).filter((r) => !isTotalRow(table.rows[r]));

/** The rows of `table` that meet the condition the question puts on one of its columns; undefined when it puts none. */
export function rowsMeetingCondition(question: string, table: TableView, terms: TermsOf): TableAnswer | undefined {
  if (!WHICH.test(question)) return undefined;
  const asked = terms(question);
  const rows = rowsOf(table);
  for (const [k, header] of table.headers.entries()) {
    if (k === 0 || isNumericColumn(table, k)) continue;
    const values = new Set(rows.map((r) => valueOf(table.rows[r][k])).filter(Boolean));
    // "Langer dan we als maximum hebben afgesproken" names a column "Norm gehaald?" without its words.
    const namesColumn = [...terms(header)].some((t) => asked.has(t)) || (NORM_H.test(header) && EXCEEDS.test(question));
    const absent = ABSENT_Q.test(question) && PRESENT_H.test(header);
    const wanted = yesNoWanted(question, header, values, namesColumn || absent, absent) ?? scaleEnd(question, header, values, terms) ?? scaleValueSaid(question, header, values, terms);
    if (!wanted) continue;
    const hits = rows.filter((r) => valueOf(table.rows[r][k]) === wanted);
    return answer(table, k, wanted, hits, rows);
  }
  // A norm or a figure is put on the rows only when they are what the question asks which of ("welke zorgvormen").
  return asksRows(question, table, terms) ? (rowsAgainstNorm(question, table) ?? rowsPastThreshold(question, table, terms) ?? rowsPastAverage(question, table, terms) ?? rowsChangedWay(question, table)) : undefined;
}

/** "Welke gemeente hoeft minder bij te dragen?", "bij welke zorgvorm is de wachttijd langer geworden?": which way a change went, not past a figure ("minder dan 5"), nor the most. */
/** "Lager dan in 2039", "hoger dan het jaar ervoor": against an earlier period, a change; not against a figure ("minder dan 5"). */
const THAN_EARLIER = String.raw`(?!\s+(?:in\s+)?(?:(?:19|20)\d\d|vorig\s+jaar|het\s+jaar\s+(?:ervoor|daarvoor)|een\s+jaar\s+eerder|ervoor|daarvoor)\b)`;
const DOWN = new RegExp(String.raw`\b(?:minder|lager|korter|omlaag|gedaald|daalt|dalen|daalde|daalden|afgenomen|kleiner)\b(?!\s+dan\b${THAN_EARLIER})`, 'i');
const UP = new RegExp(String.raw`\b(?:meer|hoger|langer|omhoog|gestegen|stijgt|stijgen|steeg|stegen|toegenomen|groter)\b(?!\s+dan\b${THAN_EARLIER})`, 'i');

/** The rows whose change goes the way the question says: a column of changes, or the later of two periods against the earlier. */
function rowsChangedWay(question: string, table: TableView): TableAnswer | undefined {
  const [down, up] = [DOWN.test(question), UP.test(question)];
  // "Minder uitgegeven dan begroot" compares two columns (table-answer.ts), no change.
  if (down === up || comparesRows(question)) return undefined;
  const k = changeColumn(table);
  const pair = k < 0 ? periodPair(table) : undefined;
  if (k < 0 && !pair) return undefined;
  const cell = (r: number, c: number) => (table.rows[r][c] ?? '').trim();
  const value = (r: number) => (pair ? (cellNumber(cell(r, pair[1])) ?? 0) - (cellNumber(cell(r, pair[0])) ?? 0) : (cellNumber(cell(r, k)) ?? 0));
  const rows = rowsOf(table);
  const hits = rows.filter((r) => Math.sign(value(r)) === (down ? -1 : 1));
  const { nameColumn, names, compared } = rowsNamed(table, rows);
  const what = pair ? `${label(table.headers[pair[1]])} ${down ? 'lager' : 'hoger'} dan ${label(table.headers[pair[0]])}` : `${label(table.headers[k])} ${down ? 'negatief' : 'positief'}`;
  const said = (r: number) => (pair ? `${cell(r, pair[1])} tegen ${cell(r, pair[0])}` : cell(r, k));
  const text = hits.length ? `${what}: ${hits.map((r) => `${names([r])} (${said(r)})`).join(', ')}. Vergeleken: ${compared}` : `Bij geen van de rijen is ${what.toLowerCase()}. Vergeleken: ${compared}`;
  return { kind: 'answer', text, shown: pick(table, [...new Set([0, nameColumn, ...(pair ?? [k])])], hits) };
}

/** "ja" or "nee" for a column of those the question names, by whether it negates it (or exceeds the norm it checks). */
function yesNoWanted(question: string, header: string, values: Set<string>, namesColumn: boolean, absent: boolean): string | undefined {
  if (!namesColumn || values.size < 2 || ![...values].every((v) => YES.has(v) || NO.has(v) || v === 'deels' || v === 'n.v.t')) return undefined;
  const negated = absent || NEGATED.test(question) || (NORM_H.test(header) && EXCEEDS.test(question));
  const yes = [...values].find((v) => YES.has(v));
  const no = [...values].find((v) => NO.has(v));
  return negated ? no : yes;
}

/** The top or bottom class of an ordered scale, for "de zwaarste risicoklasse" naming the column (not "de tien grootste aanbieders"). */
function scaleEnd(question: string, header: string, values: Set<string>, terms: TermsOf): string | undefined {
  const scale = SCALES.find((s) => [...values].every((v) => s.includes(v)));
  if (!scale || values.size < 2) return undefined;
  const modifier = (word: string) => word.replace(CLASS_NOUNS, '');
  const headerWords = fold(header).match(/\p{L}+/gu) ?? [];
  // "De zwaarste risicocategorie" or "de hoogste klasse" names "Risicoklasse" as well as its own word does.
  const namesColumn = (word: string) =>
    (CLASS_NOUNS.test(word) && headerWords.some((w) => CLASS_NOUNS.test(w) && [modifier(w), ''].includes(modifier(word)))) || [...terms(word)].some((t) => terms(header).has(t));
  for (const [, superlative, word] of fold(question).matchAll(SUPERLATIVE)) {
    if (!namesColumn(word)) continue;
    const present = scale.filter((v) => values.has(v));
    return BOTTOM.test(superlative) ? present[0] : present[present.length - 1];
  }
  return undefined;
}

/** A class of the scale said right before the column's word: "een hoge impact", "een lage kans". */
function scaleValueSaid(question: string, header: string, values: Set<string>, terms: TermsOf): string | undefined {
  if (!SCALES.some((s) => values.size > 1 && [...values].every((v) => s.includes(v)))) return undefined;
  const words = fold(question).match(/\p{L}+/gu) ?? [];
  const headerTerms = terms(header);
  const at = words.findIndex((w, i) => values.has(adjectiveBase(w)) && i + 1 < words.length && [...terms(words[i + 1])].some((t) => headerTerms.has(t)));
  return at < 0 ? undefined : adjectiveBase(words[at]);
}

function answer(table: TableView, k: number, wanted: string, hits: number[], rows: number[]): TableAnswer {
  const { nameColumn, names, compared } = rowsNamed(table, rows);
  const value = /\?\s*$/.test(table.headers[k]) ? `${wanted.charAt(0).toUpperCase()}${wanted.slice(1)}` : wanted;
  const what = `${label(table.headers[k])} ${value}`;
  const text = hits.length ? `${what}: ${names(hits)}. Vergeleken: ${compared}` : `Bij geen van de rijen is ${what.toLowerCase()}. Vergeleken: ${compared}`;
  return { kind: 'answer', text, shown: pick(table, [...new Set([0, nameColumn, k])], hits) };
}
