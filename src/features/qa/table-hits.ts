import { caseMetBy, withRowForAmount } from './amount-thresholds';
import { withTableNotes } from './table-notes';
import { WEAK_TERMS, termsOf, tokenize } from './dutch-text';
import { MAX_ANSWER_CHARS, type Passage, type QaResult } from './qa.domain';
import { WHICH_Q, answerFromTable, comparesRows } from './table-answer';
import { isColumnTerm } from './table-column-words';
import { asksRowsHolding, filterFromTable, rowKindsOf, rowsAreOtherThings } from './table-filter';
import { calendarAnswer, columnDates } from './table-column-dates';
import { answerFromTableByAsk } from './table-superlative-ask';
import { rowsMeetingCondition, withBandAndAttendance } from './table-conditions';
import { hasPlaceColumns } from './table-transposed';
import { rowOf, tableOf } from './tables';
import { splitSentences } from './passages';
import { actionCode, latestRow, rowCode } from './action-lists';
import { askedDuration, askedKind } from './asked-kind';
import { hasFigure } from './figure-asked';
import { ASKS_CONTENT } from './content-asked';
import { statesAmount, sumsItsParts } from './figures-in-answer';
import { asksAmount } from './declines';
import { twoAsks } from './question-setup';
import { withoutListOpening } from './figure-sentences';
import { amountPlaced } from './register-amounts';
import { yearsAnswer } from './table-years';
import { bothAsksOfRow, withOtherRow } from './table-two-asks';
import { asksCauseOnly, causeWeight } from './asked-elaboration';
import { textGivesWhy } from './table-why';
import { allRowsAnswer, rowOfOtherThings } from './table-all-rows';
import { bandAnswer } from './count-bands';
import { ASKS_TOTAL, byNameSaidWhole, namedBeyondTitle, namedByItsCell, namesRowByOwnWord, ownTerms, rowName, rowNamedBy, totalRowAt, withTotalRow } from './row-names';

/** A search hit as the ranking scores it. */
export interface TableHit {
  id: string;
  kind: string;
  coverage: number;
  /** Coverage without the words a table answers from its columns ("het hoogst", "gaf uit"), for a table row. */
  rowCoverage: number;
  /** The share of the row words that name what is asked about (no place, year or figure) the row says. */
  thingShare?: number;
  rank: number;
}

/** What the table answer reads from the index. */
import type { TableSource } from './table-cells';
import { withoutOtherYearDates } from './dates-of-year';
import { withWholeAsked } from './table-whole';
import { nthRowAsked } from './table-ordinal';
import { rowMissesAsk } from './row-misses-ask';
import { withPlaceOnlyTogether } from './places-together';
export type { TableSource };

export const termsIn = (text: string, terms: (word: string) => string[]) => tokenize(text).flatMap(terms);

/** How many tables a question is tried on before the text answers. */
const MAX_TABLES = 3;

/** How much less of the question a table row may cover than the best hit and still answer a comparison. */
const TABLE_TIE = 0.15;

/** A question that asks for a figure: an amount, a number, a percentage, a duration. */
const FIGURE_Q =
  /\b(hoeveel|hoe\s+(hoog|lang|groot|duur|veel)|welk(e)?\s+(bedrag|percentage|aandeel|aantal)|wat\s+(betaalt|betaalde|betalen|kost|kostte|kostten)\b|wat\s+(is|was|zijn|waren)\b.*\b(?:totaal)?(bedrag|begroting|begroot|kosten|uitgaven|budget|percentage|aandeel|aantal|wachttijd|waarde|plafond|bijdrage|prognose|tarief|realisatie)|\bwat\b[^?]*\b(?:in\s+totaal|bij\s+elkaar|alles\s+samen)\b)/i;
export const asksForFigure = (question: string) => FIGURE_Q.test(question);

/** Whether a text gives a figure in a sentence about the thing a row is named by (with `all`, by each of its words). */
function givesFigureFor(text: string, named: string[], terms: (word: string) => string[], all = false, figure = hasFigure): boolean {
  // Also in a compound: "31 in een verblijfsvoorziening" gives the figure for "verblijf".
  // "Het fonds krijgt € 4,4 miljoen" of a text that names the "vereveningsfonds": the compound's head, once the text named it whole.
  const namesWhole = (t: string) => termsIn(text, terms).includes(t);
  const byHead = (sentence: string, t: string) => termsIn(sentence, terms).some((x) => x.length >= 4 && x !== t && t.endsWith(x)) && namesWhole(t);
  const says = (sentence: string, t: string) => ownTerms(sentence, false).has(t) || (!t.startsWith('~') && (termsIn(sentence, terms).includes(t) || byHead(sentence, t)));
  // A sentence that opens by pointing back ("Hiervoor is € 65.000 opgenomen") gives its figure for the one before.
  const sentences = text.split(/(?<=[.!?;])\s+|\s*[●•▪]\s*|\n/);
  return sentences
    .map((sentence, i) => (POINTS_BACK.test(sentences[i + 1] ?? '') ? `${sentence} ${sentences[i + 1]}` : sentence))
    .some((sentence) => figure(sentence.replace(REFERENCE, '')) && named[all ? 'every' : 'some']((t) => says(sentence, t) || (t === 'totaal' && (ASKS_TOTAL.test(sentence) || sumsItsParts(sentence)))));
}

const POINTS_BACK = /^(?:hier|daar)(?:voor|mee|van|bij|in|naast)\b/i;

/** A number that refers to a part of a document ("Tabel 2 geeft …", "artikel 3") is no figure. */
const REFERENCE = /\b(tabel|tabellen|figuur|artikel|artikelen|hoofdstuk|paragraaf|bijlage|lid)\s+\d+[a-z]?(\s*(en|t\/m|tot en met)\s*\d+[a-z]?)?/gi;

/**
 * A table row the question neither names nor compares is not an answer on its own: "Hoeveel contracten
 * had het RSJ?" is not answered by the contract value of one perceel. Other passages always qualify.
 */
export function mayAnswer(question: string, id: string, source: TableSource): boolean {
  const row = rowOf(source.passage(id)?.text ?? '');
  if (row && rowOfOtherThings(question, row, source.terms)) return false;
  return !row || comparesRows(question) || rowNamedBy(question, rowName(row, question), source.terms, source.passage(id)?.title).length > 0 || namedByItsCell(question, row, source.terms);
}

/**
 * A table row that answers: the best hit when it is a row the question names, or for a question that
 * compares rows ("welke gemeente het hoogst") or asks what was spent ("gaf … uit") the best row nearly as
 * good as the best hit. For a figure question whose best text answer gives no figure for the thing a
 * row is named by (`textAnswer`: "Bij de ggz lag de wachttijd boven de norm"), the best row the question names. Undefined when no table answers, so the text answers as usual;
 * declined when its dates fall in another year than asked (dates-of-year.ts).
 */
export const answerFromTableHits = (...args: Parameters<typeof tableHitsAnswer>): QaResult | undefined => {
  const [question, hits, best, columnWords, minCoverage, source, textAnswer] = args;
  const found = tableHitsAnswer(withWholeAsked(question, hits, best, source, asksForFigure(question)), hits, best, columnWords, minCoverage, source, textAnswer);
  return withTableNotes(found && withPlaceOnlyTogether(question, withoutOtherYearDates(question, found)), source);
};

/** A condition at the end of a question: "als ...", "indien ...", "mits ..." after what is asked. */
const CONDITION_CLAUSE = /\s+(?:als|indien|mits)\s+[^?]{6,}\??\s*$/i;
function tableHitsAnswer(question: string, hits: TableHit[], best: TableHit | undefined, columnWords: boolean, minCoverage: number, source: TableSource, textAnswer?: (hit: TableHit) => string): QaResult | undefined {
  // A table gives figures, not why they are what they are, nor what a measure holds ("wat houdt de aanpak in?").
  if (asksCauseOnly(question) || ASKS_CONTENT.test(question)) return undefined;
  const all = allRowsAnswer(question, hits, minCoverage, source, best) ?? bandAnswer(question, hits, source) ?? calendarAnswer(question, hits, minCoverage, source);
  if (all) return all;
  const rowAt = (h: TableHit) => (h.kind === 'passage' ? rowOf(source.passage(h.id)?.text ?? '') : undefined);
  if (textGivesWhy(question, hits, (h) => !!rowAt(h), TABLE_TIE)) return undefined;
  const compares = comparesRows(question);
  // "..., als de escalatie op niveau 2 niks oplevert": a row named in a condition is where the asker comes from, not what is asked.
  const main = question.replace(CONDITION_CLAUSE, ''), asking = hits.some((h) => rowAt(h) && rowNamedBy(main, rowName(rowAt(h)!, main), source.terms, source.passage(h.id)?.title).length > 0) ? main : question;
  const namedBy = (h: TableHit) => rowNamedBy(asking, rowName(rowAt(h)!, asking), source.terms, source.passage(h.id)?.title);
  // The best text's answer, made once: the row chosen and the rows compared both read it.
  let bestText: string | undefined;
  const textOfBest = textAnswer && best && !rowAt(best) ? () => (bestText ??= textAnswer(best)) : undefined;
  const wholeTotal = totalOfTableFoundWhole(question, hits, source, textOfBest);
  const named = (h: TableHit) => h === wholeTotal || namedBy(h).length > 0;
  const hit = nthRowAsked(question, wholeTotal ?? rowChosen(question, hits, best, minCoverage, source, named, textOfBest), hits, (id) => source.passage(id));
  // "Met hoeveel procent is het aantal gestegen tov 2043?": a row covering less of the question than the text found, which
  // gives its figure for what names the row ("In 2043 waren dat er 216 ..."), adds nothing to it.
  const text = columnWords && textOfBest && !compares ? textOfBest() : undefined;
  const addsToText = (h: TableHit) => h === hit || !text || h.coverage >= best!.coverage || !givesFigureFor(text, namedBy(h), source.terms, true);
  const candidates = columnWords || compares ? rowsCompared(question, hit, hits, best?.coverage ?? 0, minCoverage, source, named).filter(addsToText) : hit ? [hit] : [];
  // "Welke aanbieders hebben een hoog risicoprofiel?", "waarvoor is de gemeente verantwoordelijk?", "hoeveel klachten
  // behandelde het bestuur?": the rows of a table that hold the value asked in the column asked.
  if (!compares && asksRowsHolding(question)) candidates.push(...hits.filter((h) => rowAt(h) && !named(h)).sort((a, b) => b.rowCoverage - a.rowCoverage || b.rank - a.rank));
  // The first table that answers: a table without amounts does not answer "gaf … uit", the next may.
  const tried = new Set<string>();
  const timeAsked = askedDuration(question) ?? (/\btot\s+wanneer\b/i.test(question) ? askedKind(question) : undefined); // "tot wanneer": a date
  for (const candidate of withBandAndAttendance(question, candidates, hits, best, (h) => (rowAt(h) ? source.passage(h.id)?.text : undefined)).filter((h) => h.rowCoverage >= minCoverage && (h.thingShare ?? 1) >= 0.4)) {
    if (tried.size >= MAX_TABLES) break;
    const passage = latestRow(question, source.passage(candidate.id)!, (t, k) => source.passageAt(t, k));
    if (tried.has(passage.section)) continue;
    tried.add(passage.section);
    const own = tableOf(passage, (position) => source.passageAt(passage.title, position)), table = withRowForAmount(question, own);
    // "Wat is de totale overschrijding?" asks the total row as a figure asked does.
    const found = asksForFigure(question) || /\btotale?\b|\bin\s+totaal\b/i.test(question) ? withTotalRow(question, table, ASKS_TOTAL.test(question) ? namedBeyondTitle(question, rowName(rowAt(candidate)!, question), source.terms, passage.title) : named(candidate)) : table;
    const termsOfText = (text: string) => new Set(termsIn(text, source.terms));
    const placed = found && named(candidate) && !compares && !asksForFigure(question) ? amountPlaced(question, found.table, found.row, passage, source.passageAt) : undefined;
    // A row that answers both asks needs no sentence of its article for the other one.
    const both = found && named(candidate) && !compares ? bothAsksOfRow(question, found.table, found.row, termsOfText) : undefined;
    const answer = placed ? { kind: 'answer' as const, ...placed } : found && (yearsAnswer(question, found.table, termsOfText) ?? (named(candidate) ? undefined : columnDates(question, found.table, termsOfText)) ?? both ?? rowsMeetingCondition(question, found.table, termsOfText) ?? (compares || named(candidate) || table !== own ? answerFromTableByAsk(question, found.table, found.row, termsOfText) : filterFromTable(question, found.table, termsOfText)));
    if (!answer || rowsAreOtherThings(question, found!.table, termsOfText, compares, () => rowKindsOf(hits, source)) || (answer.kind !== 'decline' && rowMissesAsk(question, withUnitOfAmounts(passage, source, answer.text), timeAsked))) continue;
    if (answer.kind === 'decline') return { kind: 'none', reason: 'low-score' };
    const withRow = found && !both && named(candidate) && !compares ? withOtherRow(question, found.table, found.row, answer, (ask, name) => rowNamedBy(ask, name, source.terms), termsOfText) : undefined;
    return {
      kind: 'answer',
      answer: withUnitOfAmounts(passage, source, both ? answer.text : withRow?.text ?? withOtherAsk(question, passage, source, withCaseMet(question, passage, source, answer.text))),
      source: { title: passage.title, section: passage.section },
      passageRef: { kind: 'passage', title: passage.title, position: passage.position },
      confidence: candidate.rowCoverage,
      table: withRow?.shown ?? answer.shown,
    };
  }
  return undefined;
}

/**
 * The row that answers before any comparison: the best hit when it is a row the question names (of rows that tie, the
 * one named whole), else a row that gives the figure or the kind asked which the best text does not, or the row of a
 * table of tasks that says more of "wie ...?" than the text found.
 */
function rowChosen(question: string, hits: TableHit[], best: TableHit | undefined, minCoverage: number, source: TableSource, named: (h: TableHit) => boolean, textOfBest?: () => string): TableHit | undefined {
  if (!best) return undefined;
  const rowAt = (h: TableHit) => (h.kind === 'passage' ? rowOf(source.passage(h.id)?.text ?? '') : undefined);
  const compares = comparesRows(question);
  if (rowAt(best)) {
    const tied = compares ? undefined : byNameSaidWhole(question, hits.filter((h) => h.rank === best.rank && h.coverage === best.coverage), (h) => rowAt(h) && rowName(rowAt(h)!, question));
    return compares || named(best) ? tied ?? best : undefined;
  }
  const hit = textOfBest && !compares ? (asksForFigure(question) ? rowForFigure(question, hits, textOfBest(), minCoverage, source) : undefined) ?? rowOfKindAsked(question, hits, best, textOfBest(), source, named) : undefined;
  // "Wie informeert de ouders?": the row of a table of tasks the question names, saying more of it than the text found.
  return hit ?? (/^\s*wie\b/i.test(question) ? hits.filter((h) => rowAt(h) && h.coverage > best.coverage && named(h)).sort((a, b) => b.coverage - a.coverage || b.rank - a.rank)[0] : undefined);
}


/** For a figure the text does not give for the thing a row is named by: the best row the question names, the total row first for a total. */
function rowForFigure(question: string, hits: TableHit[], text: string, minCoverage: number, source: TableSource): TableHit | undefined {
  const rowAt = (h: TableHit) => (h.kind === 'passage' ? rowOf(source.passage(h.id)?.text ?? '') : undefined);
  const namedBy = (h: TableHit) => rowNamedBy(question, rowName(rowAt(h)!), source.terms, source.passage(h.id)?.title);
  const row = hits.filter((h) => rowAt(h) && h.rowCoverage >= minCoverage && namesRowByOwnWord(question, rowName(rowAt(h)!), source.terms, source.passage(h.id)?.title))
    .sort((a, b) => Number(namedBy(b).includes('totaal')) - Number(namedBy(a).includes('totaal')) || b.rowCoverage - a.rowCoverage || b.rank - a.rank)[0];
  // "Hoeveel geld is er geraamd voor perceel 4?" of a text that says what share of the budget it has: no amount.
  return row && !givesFigureFor(text, namedBy(row), source.terms, false, asksAmount(question) ? statesAmount : hasFigure) ? row : undefined;
}

/**
 * "Hoeveel % respons had de enquête?" of a table found whole by its caption and headers (three rows or more tie, none
 * named): the figure of all is its total row's, when that row is found too and the best text gives no figure.
 */
function totalOfTableFoundWhole(question: string, hits: TableHit[], source: TableSource, textOfBest?: () => string): TableHit | undefined {
  if (!textOfBest || !asksForFigure(question) || WHICH_Q.test(question) || comparesRows(question)) return undefined;
  const rows = hits.filter((h) => h.kind === 'passage' && h.rowCoverage >= 1 && rowOf(source.passage(h.id)?.text ?? '')).sort((a, b) => b.rank - a.rank);
  const top = rows[0], section = top && source.passage(top.id)?.section;
  const tied = rows.filter((h) => h.rank >= top.rank * 0.99 && source.passage(h.id)?.section === section);
  const total = tied.find((h) => totalRowAt([rowOf(source.passage(h.id)!.text)!.cells]) === 0);
  if (tied.length < 3 || !total || hits.some((h) => rowOf(source.passage(h.id)?.text ?? '') && rowNamedBy(question, rowName(rowOf(source.passage(h.id)!.text)!, question), source.terms).length)) return undefined;
  return hasFigure(textOfBest().split(/\n?Bron:/)[0]) ? undefined : total;
}

/**
 * "Hoe vaak is er overleg bij een acute dreiging?": when the best text gives no sentence of the kind asked (a frequency,
 * a duration), a row the question names that covers as much of it and gives that kind answers instead.
 */
function rowOfKindAsked(question: string, hits: TableHit[], best: TableHit, text: string, source: TableSource, named: (h: TableHit) => boolean): TableHit | undefined {
  const kind = askedKind(question);
  if (!kind || splitSentences(text).some(kind)) return undefined;
  const rowAt = (h: TableHit) => (h.kind === 'passage' ? rowOf(source.passage(h.id)?.text ?? '') : undefined);
  return hits.filter((h) => h.coverage >= best.coverage && rowAt(h)?.cells.some((c) => kind(c)) && named(h)).sort((a, b) => b.coverage - a.coverage || b.rank - a.rank)[0];
}

/**
 * The rows that may answer a question with words a table answers from its columns, or one that compares rows, after the
 * row already chosen. "Welke gemeente …" is answered by a table whose rows (or columns) are gemeenten, also when a text
 * covers more words; and before a table per year under the same heading with the same columns, as a letter has.
 */
function rowsCompared(question: string, hit: TableHit | undefined, hits: TableHit[], bestCoverage: number, minCoverage: number, source: TableSource, named: (h: TableHit) => boolean): TableHit[] {
  const rowAt = (h: TableHit) => (h.kind === 'passage' ? rowOf(source.passage(h.id)?.text ?? '') : undefined);
  const compares = comparesRows(question);
  const subject = termsIn(question.match(/\bwelke?\s+(\p{L}+(?:\s+\p{L}+)?)/iu)?.[1] ?? '', source.terms);
  const rowsAre = (h: TableHit) => `${rowAt(h)!.headers[0]}${hasPlaceColumns(rowAt(h)!.headers) ? ' gemeente' : ''}`;
  const rowsAsked = (h: TableHit) => termsIn(rowsAre(h), source.terms).some((t) => subject.includes(t));
  const floor = (h: TableHit) => (rowsAsked(h) ? minCoverage : Math.max(minCoverage, bestCoverage - TABLE_TIE));
  const rows = [...(hit ? [hit] : []), ...hits.filter((h) => rowAt(h) && h.rowCoverage >= floor(h) && (compares || named(h))).sort((a, b) => b.rowCoverage - a.rowCoverage || b.rank - a.rank)];
  return compares && subject.length ? rows.sort((a, b) => Number(rowsAsked(b)) - Number(rowsAsked(a))) : rows;
}

/** How far from a table row the lines of its article are looked for. */
const ARTICLE_SPAN = 40;

/**
 * "Wij zijn een aanbieder met 7 fte. Wat kost ...?": a table's figure with the lid of its article, outside the table,
 * whose condition the asker's case meets ("voor aanbieders met minder dan 10 fte wordt de kostenbijdrage gehalveerd").
 * Only for a case the question states by a quantity (staff, age, hours): a table never states those itself.
 */
function withCaseMet(question: string, passage: Passage, source: TableSource, text: string): string {
  const caseMet = caseMetBy(question);
  if (!caseMet) return text;
  const met = articleSentences(passage, source).filter((sentence) => caseMet(sentence) && !text.includes(sentence));
  const answer = [text, ...new Set(met)].join('\n');
  return answer.length <= MAX_ANSWER_CHARS ? answer : text;
}

/** The sentences of a table row's article outside its table, without lid numbers. */
function articleSentences(passage: Passage, source: TableSource): string[] {
  const lines: string[] = [];
  // A table under its own caption sits in the paragraph its rows name as their chapter: that paragraph's text is its article too.
  const inArticle = (p: Passage) => p.section === passage.section || (!!passage.chapter && p.section === passage.chapter);
  for (const step of [-1, 1]) {
    for (let k = passage.position + step, p = source.passageAt(passage.title, k); p && inArticle(p) && Math.abs(k - passage.position) <= ARTICLE_SPAN; k += step, p = source.passageAt(passage.title, k)) {
      if (!rowOf(p.text)) lines.push(...p.text.split('\n'));
    }
  }
  return lines.flatMap((line) => splitSentences(line.replace(/^\s*\d+[.)]\s+/, '')));
}

/** "Bedragen in duizenden euro's", "bedragen x € 1.000": the sentence of a table's article that says what its cells count in. */
const AMOUNTS_IN = /\bbedragen\s+(?:zijn\s+)?(?:in\s+(?:duizenden|miljoenen|hele)?\s*(?:euro|€)|x\s*€?\s*1\.000)/i;

/** A row's figures with the unit its article gives them in ("+1.512" is thousands of euros), when the answer does not say it. */
function withUnitOfAmounts(passage: Passage, source: TableSource, text: string): string {
  const unit = articleSentences(passage, source).find((sentence) => AMOUNTS_IN.test(sentence));
  return unit && !text.includes(unit) ? `${text}\n${unit}` : text;
}

/**
 * "Hoeveel crisisbedden zijn ingekocht en wat kost een etmaal op de zwaarste plek?": of a question that asks two, the
 * row answers one. The sentence of its article that says more than half of the other ask's words, and more of them
 * than the row does ("in totaal 28 crisisbedden ingekocht, als volgt verdeeld:"), answers that one, in the order asked.
 */
function withOtherAsk(question: string, passage: Passage, source: TableSource, text: string): string {
  const asks = twoAsks(question);
  if (!asks) return text;
  const said = new Set(termsIn(text, source.terms));
  const sentences = articleSentences(passage, source);
  const [first, second] = asks.map((ask) => {
    const wanted = [...new Set(termsIn(ask, source.terms))].filter((t) => !WEAK_TERMS.has(t));
    const says = (terms: Set<string>) => wanted.filter((t) => terms.has(t)).length;
    // "..., en waarom waren dat er meer?": a sentence that gives a reason says the "waarom" a row of figures does not.
    const why = causeWeight(ask);
    let best: { sentence: string; count: number } | undefined;
    for (const sentence of sentences) {
      const count = says(new Set(termsIn(sentence, source.terms))) + (why && why(sentence) > 1 ? 1 : 0);
      if (count * 2 > wanted.length && count > says(said) && count > (best?.count ?? 0)) best = { sentence, count };
    }
    return best && withoutListOpening(best.sentence);
  });
  // One sentence that says the words of both asks ("De klasse bepaalt hoe vaak ... en hoe snel ...") is said once.
  const answer = [first, text, second === first ? undefined : second].filter(Boolean).join('\n');
  return answer.length <= MAX_ANSWER_CHARS ? answer : text;
}
