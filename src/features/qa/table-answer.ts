import type { TableView } from './tables';
import { BASELINE, CHANGE_H, CHANGE_Q, DAY_IN_HEADER, SINCE_Q, directionBetween, differenceOf, otherPartOfYear, periodOfChange, yearsIn } from './table-periods';
import { codeAndName, dateOfStatus, namedAfterCode, raiseColumns, rowLabel, withActionColumns } from './action-lists';
import { hasPlaceColumns, placeRowsAsked, placesAsRows } from './table-transposed';
import { COMPARED_Q, partScoring } from './table-parts';
import { quarterExtreme, quarterScoring } from './table-quarters';
import { ACTUAL_H, ACTUAL_Q, BUDGET_H, BUDGET_Q, DIFFERENCE_H, EXPECTED_H, EXPECTED_Q, MONEY_H, PERCENT_Q, SPENT_Q, overBudgetColumn, sharesInAmounts } from './table-budget-columns';
import { agreedScore } from './table-agreed-column';
import { twoAsks } from './question-setup';
import { DATE_ORDER_Q, dateExtreme } from './table-date-order';
import { saysFrequencies } from './frequency';
import { raiseColumnsByCellWords } from './table-cell-words';
import { raiseListedMeasures } from './table-measures';
import { isTotalRow } from './total-rows';
import { raiseAbove, raisePercentAndAmount } from './table-raised-columns';
import { type TableAnswer, type TermsOf, cellNumber, headerSaid, tailSaid, isNumericColumn, isPercentColumn, label, pick, quote, samePer, withUnit } from './table-cells';
import { nowScore } from './table-now';
import { lengthScore } from './table-lengths';

/**
 * Answers from a table: the cell of the row that was found, quoted with its column header and unit; or, for "welke … het hoogst / het laagst /
 * boven de begroting", the column compared over all rows, saying which rows were compared. Years in the question pick the columns of that year.
 */
/** An earlier measurement asked ("bij de vorige meting", "in het eerdere onderzoek"); declines.ts reads "en nu" after it. */
export const EARLIER_MEASUREMENT = /\b(?:vorige|eerdere)\s+(?:meting|onderzoek|peiling|rapportage)\b/i;
const MAX_WORDS = /\b(hoogste?|grootste?|meeste?|duurste?|langste?|hoogst|grootst|langst|duurst|sterkste?|snelste?|hardste?|verste?|zwaarste?)\b/i;
/** "Het sterkst gedaald": the most negative change is the extreme asked for. */
const DECREASE_Q = /\b(daling|daalde|daalden|gedaald|afname|afgenomen|nam\b.*\baf|namen\b.*\baf|kromp|gekrompen|minder geworden)\b/i;
const MIN_WORDS = /\b(laagste?|kleinste?|minste?|goedkoopste?|kortste?|laagst|kleinst|kortst|goedkoopst)\b/i;
/** "Welk perceel scoorde het slechtst": the lowest of a measure where more is better, the highest of one where less is. */
const WORST_Q = /\b(slechtste?|slechtst|zwakste?|zwakst)\b/i;
const BEST_Q = /\b(?:het\s+)?(beste|best)\b(?!\w)/i;
const LESS_IS_BETTER_H = /wacht|weken|dagen|doorlooptijd|kosten|uitgaven|klacht|verzuim|overschrijding|tekort|prijs|tarief/i;
const SHORT_OF = /\b(?:kom|komt|komen|kwam|kwamen|schiet|schieten|schoot|schoten)\b(?:\s+[\p{L}'’]+){0,5}?\s+tekort\b(?![^?.]*\b(?:begro|budget|raming))|\btekort(?:komen|schieten)\b/iu;
const OVER_BUDGET = /\b(boven|over|overheen)\b.*(begro|budget|raming)|\bverschil\s+tussen\b[^?]*\b(begro|budget|raming)|overschr|\btekort|meer\b.*\bdan\b(?:\s+\p{L}+){0,3}?\s+(begroot|geraamd|gebudgetteerd)/iu;
const UNDER_BUDGET = /\b(onder|binnen)\b.*(begro|budget|raming)|onderschr|\boverschot|\bgeld\s+over\b|\bover\s*houden\b|\bhoud\w*\b[^?]*\b(?:geld|budget|middelen)\b[^?]*\bover\b|minder\b.*\bdan\b(?:\s+\p{L}+){0,3}?\s+(begroot|geraamd|gebudgetteerd)/iu;
/** How much more or less than budgeted, the difference, the shortfall. */
const DIFFERENCE_Q = /\b(meer|minder)\b.*\bdan\b.*(begro|budget|geraamd|raming)|\bhoeveel\b.*\b(boven|onder|over|binnen)\b.*(begro|budget|raming)|\bverschil\b|\btekort\b|\boverschot\b|\boverschr\w*|\bonderschr\w*/i;
/** "In euro's en in procenten": an amount is asked beside the percentage. */
const MONEY_TOO_Q = /\bin\s+(?:euro|€)/i;
/** A question about which rows ("welke gemeenten …"), not about one. */
export const WHICH_Q = /\b(welke?|wie|waar)\b/i;
/** A column of ratios answers only questions asking a ratio, first for "naar verhouding de meeste"; "per jaar" ("Geraamd aantal jeugdigen per jaar"), "Status per 30 juni" and "Aandeel overbrugging (€)" are none. */
const RATIO_H = new RegExp(String.raw`\bper\b(?!\s+(?:jaar|kwartaal|maand|week|(?:${DAY_IN_HEADER.source})|\d{1,2}[-/]\d{1,2}[-/]\d{2,4}|(?:19|20)\d\d)\b)|gemiddeld|%|procent|aandeel(?!.*(?:€|euro|bedrag))|percentage`, 'i');
const RATIO_Q = /\bper\b|gemiddeld|procent|%|aandeel|verhouding|percentage/i, RELATIVE_Q = /\b(?:naar|in)\s+verhouding\b|\brelatief\b/i;
/** "Het jaar ervoor", "een jaar eerder", "het voorgaande jaar": the year before the one asked. */
const YEAR_BEFORE_Q = /\b(?:het|een)\s+jaar\s+(?:ervoor|daarvoor|eerder)\b|\bhet\s+voorgaande\s+jaar\b/i;
/** "Vorig jaar", "het afgelopen jaar": the latest year the table reports. */
const LATEST_YEAR_Q = /\b(vorig|vorige|afgelopen|laatste|recentste)\s+(jaar|boekjaar)\b/i;
/** "... en wanneer?", "binnen welke termijn", "over welke jaren": a moment, term or period is asked, which a column of terms, dates or reference dates gives. */
const WHEN_Q = /\b(?:wanneer|hoe\s*lang|welke\s+termijn|binnen\s+hoeveel|(?:welk|welke)\s+(?:jaar|jaren|periode|peildatum|peiljaar))\b/i;
const WHEN_H = /\b(?:termijn|termijnen|datum|data|wanneer|deadline|uiterlijk|periode|duur|doorlooptijd|peildatum|peiljaar|gereed)\b/i;
const HOW_OFTEN_Q = /\bhoe\s+(?:vaak|dikwijls|frequent)\b|\bhoeveel\s+(?:keer|maal)\b/i;
const FREQUENCY_H = /frequentie|\bhoe\s+vaak\b|\baantal\s+keer\b/i;
const END_OF_YEAR_Q = /\b(eind|einde|ultimo|aan het eind)\b/i;
const START_OF_YEAR_Q = /\b(begin|start|aanvang)\b/i;
/** "In totaal over beide jaren", "2057 en 2058 bij elkaar opgeteld": the column that adds the years up ("Totaal"), above those years'. */
const ALL_YEARS_Q = /\b(?:in\s+totaal|(?:beide|alle)\s+jaren|over\s+(?:twee|beide)\s+jaar|(?:bij\s+elkaar\s+)?opgeteld|samengeteld|(?:het|de)\s+hele\s+(?:project|periode|looptijd))\b/i;
const ALL_YEARS_H = /^\W*(?:totaal|samen)\b/i;

/** Does the question compare rows ("welke … het hoogst", "boven de begroting")? */
export function comparesRows(question: string): boolean {
  // "Met hoeveel overschreed Deventer de begroting?" asks the amount of a row, not which rows went over.
  // "Hoeveel plekken komen we tekort?" is the verb "tekortkomen": a number short, no row over its budget.
  const budgetCompared = (OVER_BUDGET.test(question) || UNDER_BUDGET.test(question)) && !/\b(?:met|om)\s+hoeveel\b/i.test(question) && !SHORT_OF.test(question);
  return MAX_WORDS.test(question) || MIN_WORDS.test(question) || WORST_Q.test(question) || BEST_Q.test(question) || budgetCompared || DATE_ORDER_Q.test(question);
}

/**
 * How well each column (not the first: it names the rows) answers the question: shared words, the
 * year and the date asked, spending versus budget. A column of another year than asked is excluded (-Infinity).
 */
function columnScores(question: string, table: TableView, terms: TermsOf): number[] {
  // "Met hoeveel daalt de bijdrage ten opzichte van het ontwerp?": the change asked, not the column it is measured from.
  const asked = terms(CHANGE_Q.test(question) ? question.replace(BASELINE, '') : question);
  const tableYears = [...new Set(table.headers.flatMap((h) => [...yearsIn(h)].map(Number)))].sort((a, b) => b - a), latest = tableYears[0] ?? 0;
  const askedYears = yearsIn(question);
  // "Beter geworden ten opzichte van 2036?", "in 2036 en nu": the year asked and the latest the table reports, side by side.
  // "Korter of langer geworden t.o.v. het jaar ervoor?" without a year: the latest two the table reports (a bare "nu" compares nothing).
  if (SINCE_Q.test(question.replace(/\bnu\b/gi, '')) && !askedYears.size && tableYears.length > 1) [latest, tableYears[1]].forEach((y) => askedYears.add(String(y)));
  // "In 2040 en hoe verhoudt zich dat tot het jaar ervoor?": the year asked and the one before it.
  if (YEAR_BEFORE_Q.test(question) && askedYears.size === 1) askedYears.add(String(Number([...askedYears][0]) - 1));
  else if (YEAR_BEFORE_Q.test(question) && !askedYears.size && tableYears.length > 1) askedYears.add(String(tableYears[1]));
  // Two years asked ("in 2043 vergeleken met 2042") are the two compared; the latest is added to one year only.
  const since = SINCE_Q.test(question) && askedYears.size === 1 && !askedYears.has(String(latest));
  if (since) askedYears.add(String(latest));
  // "Bij de vorige meting (en nu)": the year before the latest the table reports (and the latest).
  const previous = EARLIER_MEASUREMENT.test(question) && !CHANGE_Q.test(question) && !askedYears.size ? tableYears[1] : undefined;
  const byPart = partScoring(question, table, terms, CHANGE_Q.test(question) && table.headers.some((h) => CHANGE_H.test(h)));
  const byQuarter = quarterScoring(question, table);
  // "Wat was hun eindtotaal?" of a column "Totaal": a header word search leaves out is said as a word or a compound's tail.
  const said = (header: string, withMoney = true, own = [...terms(header)]) => own.filter((t) => asked.has(t) && !/^\d{4}$/.test(t) && (withMoney || t !== '~geld')).length + (headerSaid(question, header) || (!own.length && tailSaid(question, header)) ? 1 : 0);
  // "Hoeveel geld krijgt Kampen terug over 2048?": a column of money named by a word ("Terugbetaling (€)") or a split ("Bijdrage bij 60/40") over one of the year alone.
  const splitSaid = (h: string) => (h.match(/\d+\/\d+/g) ?? []).some((split) => question.includes(split));
  const namedBy = (withYear: boolean) => table.headers.some((h, k) => k > 0 && said(h, false) > 0 && !!yearsIn(h).size === withYear && (withYear || h.includes('€') || splitSaid(h))), namedWithoutYear = namedBy(false) && !namedBy(true);
  return table.headers.map((header, k) => {
    if (k === 0) return -Infinity;
    const quarter = byQuarter?.(k);
    if (quarter !== undefined) return quarter;
    const years = yearsIn(header);
    if (askedYears.size && years.size && ![...years].some((y) => askedYears.has(y))) return -Infinity;
    // A count on a day ("Wachtenden op 30 juni 2037") is no measure of the period compared.
    if (since && years.has(String(latest)) && DAY_IN_HEADER.test(header)) return -Infinity;
    // "Tov de tweede helft van 2036" names the earlier period of two compared: the period columns tie.
    let score = since && years.size ? 0 : said(header);
    const ofPart = byPart(k, score);
    if (ofPart !== undefined) return ofPart;
    // "Stijgt het sterkst richting 2040": a column of changes is of the years asked too.
    if (askedYears.size && !namedWithoutYear && (years.size || (CHANGE_Q.test(question) && CHANGE_H.test(header)))) score += 3;
    // No year asked: the latest year the table reports ("vorig jaar" says so outright); a day's column ("Status per 30 juni 2055") is no year's.
    if (previous !== undefined) score += yearsIn(header).has(String(previous)) || (/\bnu\b/i.test(question) && yearsIn(header).has(String(latest))) ? 1 : 0;
    else if (!askedYears.size && yearsIn(header).has(String(latest)) && !DAY_IN_HEADER.test(header)) score += LATEST_YEAR_Q.test(question) ? 1 : 0.5;
    score += nowScore(question, table.headers, header) + lengthScore(question, table, k, terms) + samePer(question, header) + agreedScore(question, header);
    if (END_OF_YEAR_Q.test(question) && /31 december|eind|ultimo/i.test(header)) score += 2;
    if (START_OF_YEAR_Q.test(question) && /1 januari|begin|start/i.test(header)) score += 2;
    if (ALL_YEARS_Q.test(question) && ALL_YEARS_H.test(header) && tableYears.length > 1) score += askedYears.size > 1 ? 4 : 2;
    if (BUDGET_Q.test(question) && BUDGET_H.test(header)) score += 2;
    if (ACTUAL_Q.test(question) && ACTUAL_H.test(header)) score += 2;
    if (ACTUAL_Q.test(question) && !BUDGET_Q.test(question) && BUDGET_H.test(header)) score -= 1;
    // "Wat hebben we uitgegeven aan juridisch advies bij de escalatiedossiers?": the amount, over a column the question names in passing.
    if (SPENT_Q.test(question) && MONEY_H.test(header) && isNumericColumn(table, k)) score += 1.5;
    if (EXPECTED_Q.test(question) && EXPECTED_H.test(header)) score += 3;
    // Asked what was spent: a column of percentages under a header that does not say so ("Besteed t/m Q3": "72,1%") is a ratio too.
    if (RATIO_H.test(header) || (isPercentColumn(table, k) && ACTUAL_Q.test(question))) score += !RATIO_Q.test(question) ? -2 : RELATIVE_Q.test(question) && RATIO_H.test(header) ? 2 : 0;
    if (CHANGE_Q.test(question) && CHANGE_H.test(header)) score += BASELINE.test(question) ? 3 : 2;
    return score;
  });
}

export function answerFromTable(question: string, table: TableView, row: number, terms: TermsOf): TableAnswer | undefined {
  const askedYears = yearsIn(question);
  const tableYears = new Set([...table.headers.flatMap((h) => [...yearsIn(h)]), ...yearsIn(table.caption)]);
  // Asked about a year the table does not cover: its figures are another year's. Not when the row names the year asked
  // ("Vastgestelde regioagenda 2034" in a calendar of 2033).
  const rowYears = new Set(table.rows[row].flatMap((cell) => [...yearsIn(cell)]));
  if ((askedYears.size && tableYears.size && ![...askedYears].some((y) => tableYears.has(y) || rowYears.has(y))) || otherPartOfYear(question, table)) return { kind: 'decline' };
  // Asked what was spent or budgeted: a table without amounts does not answer.
  const money = [...table.headers.slice(1), ...table.rows.map((r) => r[0] ?? '')].some((h) => BUDGET_H.test(h) || ACTUAL_H.test(h) || h.includes('€')) || table.rows.some((r) => r.some((c) => c.includes('€')));
  if ((ACTUAL_Q.test(question) || BUDGET_Q.test(question)) && !money) return undefined;
  // "Welke gemeente …" of a table with the gemeenten as columns: compared across the row that was found.
  if (comparesRows(question) && /gemeente/i.test(question) && hasPlaceColumns(table.headers)) {
    const turned = placesAsRows(table);
    const scores = columnScores(question, turned, terms);
    scores[row + 1] += 1;
    return compare(question, turned, scores);
  }
  // A row named after its code is named by the cell after the code too: "formele klachtprocedure" asks no column "Behandeld door".
  const cells = table.rows[row] ?? [];
  const scores = scoresPerAsk(question, table, `${cells[0] ?? ''} ${namedAfterCode(table, cells) ? cells[1] : ''}`, terms);
  // "Wie beslist ... en wanneer?": a column of terms or dates answers as well as the best one.
  if (WHEN_Q.test(question)) raiseColumns(table.headers, scores, WHEN_H);
  // "Hoe vaak ...?": a column of frequencies ("Gespreksfrequentie") answers it, before a column that only shares a word.
  if (HOW_OFTEN_Q.test(question)) raiseAbove(table.headers, scores, (k) => FREQUENCY_H.test(table.headers[k]) || saysFrequencies(table, k), !twoAsks(question));
  withActionColumns(question, table, row, scores);
  raiseListedMeasures(question, table.headers, scores, terms);
  raiseColumnsByCellWords(question, table, row, scores, terms);
  // "Hoeveel procent …" is answered by a column of percentages when the table has one (not when only one of two asks says
  // so, nor when an amount is asked as well: then the best column of each kind answers).
  if (!raisePercentAndAmount(question, table, scores) && (twoAsks(question) ?? [question]).every((ask) => PERCENT_Q.test(ask)) && !MONEY_TOO_Q.test(question) && !sharesInAmounts(question, table) && table.headers.some((_, k) => k > 0 && scores[k] > -Infinity && isPercentColumn(table, k))) {
    for (const k of table.headers.keys()) if (k > 0 && !isPercentColumn(table, k)) scores[k] = -Infinity;
  }
  // "Hoeveel gaf Deventer meer uit dan begroot?" asks one row's difference, not which rows went over.
  const difference = DIFFERENCE_Q.test(question) && !WHICH_Q.test(question) ? differenceAnswer(question, table, row, scores) : undefined;
  return difference ?? quarterExtreme(question, table, row) ?? (comparesRows(question) ? compare(question, table, scores) : cellAnswer(table, row, scores, SINCE_Q.test(question) || CHANGE_Q.test(question) || COMPARED_Q.test(question)));
}

/**
 * "Hoeveel zit er in het werkbudget en wie is daar budgethouder van?": of a question that asks two, the column that
 * answers each ask best ("begroting", "budgethouder") is among the best of the whole question.
 */
function scoresPerAsk(question: string, table: TableView, name: string, terms: TermsOf): number[] {
  const whole = columnScores(withoutRowName(question, name, terms), table, terms);
  const each = askScores(question, table, name, terms);
  const bests = each?.map((scores) => Math.max(...scores)) ?? [];
  if (!each || bests.some((b) => b <= 0)) return whole;
  const top = Math.max(...whole);
  return whole.map((v, k) => (each.some((scores, i) => scores[k] === bests[i]) ? Math.max(top, v) : v));
}

/** Each ask's column scores, for a question that asks two things of one row (not one comparing rows); else undefined. */
export function askScores(question: string, table: TableView, name: string, terms: TermsOf): number[][] | undefined {
  const asks = twoAsks(question, 'also counts');
  return asks && !comparesRows(question) ? asks.map((ask) => columnScores(withoutRowName(ask, name, terms), table, terms)) : undefined;
}

/** The question without the words naming the row: "bij het informeren van de gemeenteraad" selects no column "Gemeente". */
const withoutRowName = (question: string, name: string, terms: TermsOf, named = terms(name)) =>
  question.replace(/\p{L}+/gu, (w) => (named.has([...terms(w)][0] ?? '') ? '' : w));

/** One row's difference between spent and budget: the difference column when there is one, else computed. */
function differenceAnswer(question: string, table: TableView, row: number, scores: number[]): TableAnswer | undefined {
  const pair = budgetPair(question, table, scores);
  const cells = table.rows[row];
  const column = table.headers.findIndex((h, k) => k > 0 && scores[k] > -Infinity && DIFFERENCE_H.test(h) && isNumericColumn(table, k));
  if (!pair && column < 0) return undefined;
  const [budget, actual] = pair && column > 0 ? differenceOf(table, cells, pair, column) : pair ?? [];
  const computed = () => {
    const a = cellNumber(cells[actual!] ?? '');
    const b = cellNumber(cells[budget!] ?? '');
    return a === undefined || b === undefined ? undefined : `${label(table.headers[actual!])} min ${label(table.headers[budget!]).toLowerCase()}: ${formatDifference(a - b)}`;
  };
  // "In euro's en in procenten": the difference as a percentage too, when a column gives it.
  const percent = PERCENT_Q.test(question) ? table.headers.findIndex((h, k) => k > 0 && k !== column && scores[k] > -Infinity && DIFFERENCE_H.test(h) && isPercentColumn(table, k)) : -1;
  const main = [column > 0 ? quote(table, cells, column) : computed(), percent > 0 ? quote(table, cells, percent) : undefined].filter(Boolean).join('; ');
  if (!main) return undefined;
  const context = pair ? ` (${[budget!, actual!].map((k) => quote(table, cells, k)).join('; ')})` : '';
  const shown = [0, ...(pair ?? []), ...(column > 0 ? [column] : []), ...(percent > 0 ? [percent] : [])].sort((a, b) => a - b);
  return { kind: 'answer', text: `${cells[0]}: ${main}${context}.`, shown: pick(table, shown, [row]) };
}

/** The cells of one row that answer the question, the best first; others that fit in brackets; which way a measure went when a change is asked. */
function cellAnswer(table: TableView, row: number, scores: number[], changeAsked: boolean): TableAnswer | undefined {
  const cells = table.rows[row];
  const allowed = scores.map((s, k) => (s > -Infinity && cells[k]?.trim() ? k : -1)).filter((k) => k > 0);
  if (allowed.length === 0) return { kind: 'decline' };
  const best = Math.max(...allowed.map((k) => scores[k]));
  const chosen = best > 0 ? allowed.filter((k) => scores[k] === best) : allowed;
  // A spent amount comes with its budget and the other way round ("Werkelijk 2026 … (Begroot 2026 …)").
  // "Realisatie t/m Q3" (no year) is of the year of the table's budget; a difference or a share is no counterpart.
  const sameYears = (a: number, b: number) => !yearsIn(table.headers[b]).size || [...yearsIn(table.headers[a])].join() === [...yearsIn(table.headers[b])].join();
  const amount = (k: number) => !DIFFERENCE_H.test(table.headers[k]) && !isPercentColumn(table, k);
  const counterpart = (k: number) =>
    amount(k) && chosen.some((c) => sameYears(k, c) && ((BUDGET_H.test(table.headers[k]) && ACTUAL_H.test(table.headers[c])) || (ACTUAL_H.test(table.headers[k]) && BUDGET_H.test(table.headers[c]))));
  const context = best > 0 ? allowed.filter((k) => !chosen.includes(k) && (counterpart(k) || periodOfChange(table, k, chosen) || dateOfStatus(table.headers, k, chosen, (h) => WHEN_H.test(h)))) : [];
  const main = chosen.map((k) => quote(table, cells, k)).join('; ');
  const name = rowLabel(table, cells);
  const direction = changeAsked ? directionBetween(table, cells, chosen) : undefined;
  const text = `${name}: ${main}${context.length ? ` (${context.map((k) => quote(table, cells, k)).join('; ')})` : ''}${direction ? `; ${direction}` : ''}.`;
  const shownColumns = [0, ...(name === cells[0] ? [] : [1]), ...chosen, ...context].sort((a, b) => a - b);
  return { kind: 'answer', text, shown: pick(table, shownColumns, [row]) };
}

/** Highest, lowest, over or under budget: over all rows except totals, naming what was compared. */
function compare(question: string, table: TableView, scores: number[]): TableAnswer | undefined {
  const rows = placeRowsAsked(question, table, table.rows.map((_, r) => r).filter((r) => !isTotalRow(table.rows[r])));
  // A row known by its name after a rank or number ("1 | De Meander"): the rows compared by their names.
  const byName = rows.length > 0 && namedAfterCode(table, table.rows[rows[0]]), subject = table.headers[byName ? 1 : 0].toLowerCase();
  const names = (rs: number[]) => rs.map((r) => rowLabel(table, table.rows[r])).join(', ');
  const compared = `Vergeleken: ${rows.length} rijen (${subject}): ${names(rows)}.`;
  if (DATE_ORDER_Q.test(question)) return dateExtreme(question, table, rows, scores, compared);
  if (OVER_BUDGET.test(question) || UNDER_BUDGET.test(question)) {
    const pair = budgetPair(question, table, scores);
    const difference = overBudgetColumn(question, table);
    if (pair && !(MAX_WORDS.test(question) || MIN_WORDS.test(question))) {
      const over = OVER_BUDGET.test(question);
      const [budget, actual] = pair;
      const hits = rows.filter((r) => {
        const b = cellNumber(table.rows[r][budget]);
        const a = cellNumber(table.rows[r][actual]);
        return a !== undefined && b !== undefined && (over ? a > b : a < b);
      });
      const what = `${label(table.headers[actual])} ${over ? 'hoger' : 'lager'} dan ${label(table.headers[budget])}`;
      const list = hits.map((r) => `${codeAndName(table, table.rows[r])} (${table.rows[r][actual]} tegen ${table.rows[r][budget]})`).join(', ');
      const text = hits.length ? `${what}: ${list}. ${compared}` : `Bij geen van de rijen is ${what}. ${compared}`;
      return { kind: 'answer', text, shown: pick(table, [0, budget, actual], hits) };
    }
    // "De grootste overschrijding": the difference column, or actual minus budget.
    if (difference > 0) return extreme(question, table, rows, difference, compared);
    if (pair) return extreme(question, table, rows, pair[1], compared, pair[0]);
  }
  let candidates = table.headers.map((_, k) => k).filter((k) => k > 0 && scores[k] > -Infinity && isNumericColumn(table, k));
  if (PERCENT_Q.test(question) && candidates.some((k) => isPercentColumn(table, k))) candidates = candidates.filter((k) => isPercentColumn(table, k));
  if (candidates.length === 0) return undefined;
  const column = candidates.reduce((b, k) => (scores[k] > scores[b] ? k : b), candidates[0]);
  return extreme(question, table, rows, column, compared);
}

/** The budget column and the actual (or expected) column of the same year. */
function budgetPair(question: string, table: TableView, scores: number[]): [number, number] | undefined {
  const usable = (k: number) => k > 0 && scores[k] > -Infinity && isNumericColumn(table, k);
  const budget = table.headers.findIndex((h, k) => usable(k) && BUDGET_H.test(h));
  if (budget < 0) return undefined;
  const actualPattern = EXPECTED_Q.test(question) ? EXPECTED_H : ACTUAL_H;
  const sameYear = (k: number) => [...yearsIn(table.headers[k])].every((y) => yearsIn(table.headers[budget]).has(y));
  const actuals = table.headers.map((_, k) => k).filter((k) => usable(k) && k !== budget && (actualPattern.test(table.headers[k]) || EXPECTED_H.test(table.headers[k])));
  const actual = actuals.find((k) => actualPattern.test(table.headers[k]) && sameYear(k)) ?? actuals.find(sameYear) ?? actuals[0];
  return actual === undefined ? undefined : [budget, actual];
}

/** The row(s) with the highest or lowest value of a column (minus another column when given). */
function extreme(question: string, table: TableView, rows: number[], column: number, compared: string, minus?: number): TableAnswer | undefined {
  const value = (r: number) => {
    const v = cellNumber(table.rows[r][column] ?? '');
    const m = minus === undefined ? 0 : cellNumber(table.rows[r][minus] ?? '');
    return v === undefined || m === undefined ? undefined : v - m;
  };
  const valued = rows.filter((r) => value(r) !== undefined);
  if (valued.length < 2) return undefined;
  const judged = WORST_Q.test(question) ? 'worst' : BEST_Q.test(question) ? 'best' : undefined;
  const lowest = judged ? (judged === 'worst') !== LESS_IS_BETTER_H.test(table.headers[column]) : (MIN_WORDS.test(question) && !MAX_WORDS.test(question)) || (DECREASE_Q.test(question) && MAX_WORDS.test(question));
  const target = lowest ? Math.min(...valued.map((r) => value(r)!)) : Math.max(...valued.map((r) => value(r)!));
  const winners = valued.filter((r) => value(r) === target);
  const what = minus === undefined ? label(table.headers[column]) : `${label(table.headers[column])} min ${label(table.headers[minus]).toLowerCase()}`;
  const cells = winners.map((r) => `${codeAndName(table, table.rows[r])} (${minus === undefined ? withUnit(table.rows[r][column], table.headers[column], table.caption) : formatDifference(target)})`).join(', ');
  const text = `${lowest ? 'Laagste' : 'Hoogste'} ${what.charAt(0).toLowerCase()}${what.slice(1)}: ${cells}. ${compared}`;
  const columns = [0, ...(minus === undefined ? [] : [minus]), column];
  return { kind: 'answer', text, shown: pick(table, columns, [...winners, ...valued.filter((r) => !winners.includes(r))].slice(0, 12)) };
}
const formatDifference = (n: number) => `${n >= 0 ? '+' : '−'}${Math.abs(n).toLocaleString('nl-NL')}`;
