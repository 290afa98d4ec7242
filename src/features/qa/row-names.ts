// How a question names a row of a table: by the words of its first cell, its examples, or a date it holds.
import { MONTH_NAMES } from '../../shared/dutch-date';
import { PLACE_TERMS, WEAK_TERMS, termsOf, tokenize } from './dutch-text';
import { rowCode } from './action-lists';
import { firstCellEmpty } from './total-rows';
import { WHICH_Q } from './table-answer';
import { YEAR_TERM } from './number-words';

/** A day and a month: "3 oktober", "18 januari 2029". */
const DAY_MONTH = new RegExp(String.raw`\b\d{1,2}\s+(?:${MONTH_NAMES})\b`, 'giu');
const MONTH_WORD = new RegExp(String.raw`\b(?:${MONTH_NAMES})\b`, 'giu');
/** A first cell that is a moment: "2 september 2055", "december 2055", "najaar 2060". */
const DATED = new RegExp(String.raw`^\W*(?:\d{1,2}\s+)?(?:${MONTH_NAMES}|voorjaar|najaar|zomer|winter|begin|eind|medio)\b[^|]*\b(?:19|20)\d\d\W*$`, 'iu');
const datesIn = (text: string) => (text.match(DAY_MONTH) ?? []).map((d) => d.toLowerCase().replace(/\s+/g, ' '));

/**
 * A text's words as their stems and other forms ("gezinshuizen" is also "gezinshuis") and, with `synonyms`,
 * their synonym groups; never compound parts ("hulp" of "jeugdhulp") nor weak words ("jeugdhulp", "regio").
 */
export const ownTerms = (text: string, synonyms: boolean) =>
  new Set(tokenize(text).flatMap((t) => termsOf(t).filter((x) => (synonyms || !x.startsWith('~')) && !WEAK_TERMS.has(x))));

/**
 * Whether a question names a row by a word of its own that is no weak word in another form ("gement" of "gemeente"),
 * not only through a synonym: "betaalt" (~vergoeden) does not name "Reactie op vraag over declaraties".
 */
export function namesRowByOwnWord(question: string, rowName: string, terms?: (word: string) => string[], title = ''): boolean {
  const weak = new Set(tokenize(question).filter((t) => WEAK_TERMS.has(termsOf(t)[0])).flatMap((t) => termsOf(t)));
  return rowNamedBy(question, rowName, terms, title).some((t) => !t.startsWith('~') && !weak.has(t));
}

/**
 * "Hoeveel fte heeft het team contractmanagement in totaal?" of the "Jaarplan contractmanagement": a word of the
 * document's title names what all its rows are part of, so a total asked by it is the total row's, not that of the row
 * "Teamleider contractmanagement".
 */
export const namedBeyondTitle = (question: string, rowName: string, terms: (word: string) => string[], title = ''): boolean => {
  const titled = ownTerms(title, true);
  return rowNamedBy(question, rowName, terms, title).some((t) => !titled.has(t));
};

/** "Totaal", "samen", and a compound of it ("het totaalbedrag", "de totaalkosten"): the total row is asked. */
export const ASKS_TOTAL = /\b(totaal\p{L}*|totale|samen|opgeteld|(?:de|onze)\s+hele\s+regio|regiobreed)\b/iu;

/** The first cell "PFO 3" (a schedule's row name ends in the dates of its other cells: "PFO 3 12 juni 20 mei"). */
const NUMBERED_ROW = /^\p{L}[\p{L}-]*(?:\s+\p{L}[\p{L}-]*)?\s+(\d{1,2})(?=$|\s+\d{1,2}\s+\p{L})/u;

/**
 * The words by which a question names a row, from the row's first cell ("Raalte", "pleegzorg",
 * "totaal"); empty when a row was found only through the caption and column headers, so it answers
 * for the table, not for that row.
 */
export function rowNamedBy(question: string, name: string, terms?: (word: string) => string[], title = ''): string[] {
  if (ASKS_TOTAL.test(question) && /^(totaal|total|som)\b/i.test(name.trim())) return ['totaal'];
  // "Het PFO van 3 oktober": a date the question quotes names the row that holds it; its day ("3") names no row "3".
  const quoted = datesIn(question);
  const byDate = datesIn(name).filter((d) => quoted.includes(d));
  if (byDate.length) return byDate;
  // "PFO 3", "Fase 2": a row numbered among its siblings is named with its number ("het pfo" names none of them), or by
  // the month of its date ("het pfo van juni").
  const number = NUMBERED_ROW.exec(name.trim())?.[1];
  const months = new Set(question.toLowerCase().match(MONTH_WORD));
  const byMonth = datesIn(name).some((d) => months.has(d.replace(/^\d+\s+/, '')));
  if (number && !byMonth && !new RegExp(String.raw`(?<![\d.,])${number}(?![\d.,])`).test(question)) return [];
  // "Perceel 4 verblijf: hoeveel ...?" of rows numbered under their kind ("Perceel | 3 | Jeugdigen met een beperking"): the
  // row of that number, not one that shares a word ("jongeren") with the question; the kind alone names every row.
  const numbered = KIND_AND_NUMBER.exec(name.trim());
  if (numbered) {
    const asked = [...question.matchAll(new RegExp(String.raw`\b${numbered[1]}\s+(\d{1,2})(?![\d.,])`, 'giu'))].map((m) => m[1]);
    if (asked.length) return asked.includes(numbered[2]) ? [numbered[2]] : [];
    name = name.trim().slice(numbered[0].length);
  }
  const [asking, rowName] = [question.replace(DAY_MONTH, ' '), name.replace(DAY_MONTH, ' ')];
  const asked = new Set([...ownTerms(asking, true), ...(terms ? compoundParts(asking, terms, title) : [])]);
  // "Het totale werkbudget voor 2040": a year beside a total asks its column, not the row "Kleinschalig wonen (afgerond in
  // 2039)"; "wat kost de bedrijfsvoering in totaal" asks the total of the costs, not the row "Overige kosten".
  const total = ASKS_TOTAL.test(question);
  // "Dyslexie" names the row "Dyslexiezorg": the care (help, treatment) for a word of the question; not a "Solvabiliteitsratio".
  const heads = (asking.toLowerCase().match(/\p{L}{8,}/gu) ?? []).filter((w) => !HUB_HEADS.has(w));
  const named = (t: string) => asked.has(t) || heads.some((h) => t.startsWith(h) && CARE_TAIL.test(t.slice(h.length)));
  return [...ownTerms(rowName, true)].filter((t) => named(t) && !(total && (YEAR_TERM.test(t) || AMOUNT_WORDS.has(t))));
}
const HUB_HEADS = new Set(['gemeente', 'gemeenten', 'jeugdhulp', 'aanbieder', 'aanbieders', 'regionale', 'jeugdigen']);
const CARE_TAIL = /^s?(?:zorg|hulp|begeleiding|behandeling|ondersteuning|dienst|diensten|praktijk|team)$/;

/** Words for an amount of money in general, which a total is of as much as any row. */
const AMOUNT_WORDS = new Set(['kosten', 'kost', 'uitgaven', 'bedrag', 'geld', 'budget', 'lasten'].flatMap((w) => termsOf(w)));

/**
 * "Het communicatiebudget", "het ict-budget": a compound of the question names a row of a register by its first part
 * ("Communicatie (website, ...)") while its head says what the table lists. The parts of its compounds, not weak ones;
 * not of a compound the document's title holds: in the "Reglement Escalatiecommissie", "de escalatiecommissie" names
 * the document's own party, no level "Bestuurlijke escalatie".
 */
const compoundParts = (question: string, terms: (word: string) => string[], title: string, titled = new Set(tokenize(title))) =>
  tokenize(question).filter((t) => !titled.has(t)).flatMap((t) => terms(t).slice(1).filter((x) => !x.startsWith('~') && !WEAK_TERMS.has(x) && x.length >= 3 && !termsOf(t).includes(x)));

/** A column listing what falls under a row ("Voorbeelden: onjuiste productcodes, facturen"). */
const EXAMPLES_COLUMN = /^(voorbeeld(en)?|bijvoorbeeld|zoals)\b/i;

/** A column describing the situation a row applies to ("Kenmerken", "Criteria (in elk geval)", "Omschrijving"), the goal a theme has ("Hoofddoel 2055") or the progress it reports ("Stand van zaken": "19 van de 30 extra gezinshuisplekken gerealiseerd"). */
const DESCRIPTION_COLUMN = /^(kenmerk(en)?|omschrijving|beschrijving|criteri(a|um)|voorwaarden?|situatie|typering|(?:hoofd)?doel(?:en|stelling)?|stand van zaken|voortgang|resultaat|resultaten|toelichting)\b/i;
/** How many own words of a description a question must say to name its row by that situation. */
const DESCRIBED_BY = 2;

/**
 * "Hoe vaak is er overleg met een aanbieder waar de continuïteit acuut wordt bedreigd?": a question may name a row by
 * the situation its description column tells ("acute dreiging voor de continuïteit") rather than by its first cell
 * ("4 – kritiek"). That cell names the row only when the question says at least two of its own words.
 */
function describingCells(row: { cells: string[]; headers: string[] }, question: string): string[] {
  if (!question) return [];
  const asked = ownTerms(question, false);
  return row.cells.filter((c, k) => k > 0 && DESCRIPTION_COLUMN.test(row.headers[k]?.trim() ?? '') && [...ownTerms(c, false)].filter((t) => asked.has(t)).length >= DESCRIBED_BY);
}

/**
 * What names a row: its first cell (and the next after a code), its examples, by which people name the kind of thing a
 * row stands for, the dates of its other cells ("PFO 3 oktober 2029" in a schedule), and for `question` the
 * description of the situation it says.
 */
export const rowName = (row: { cells: string[]; headers: string[] }, question = '') =>
  [
    // A bare number is the row's number of the kind its header names ("Perceel | 4").
    /^\d{1,2}$/.test(row.cells[0]?.trim() ?? '') && /^\p{L}{4,}$/u.test(row.headers[0]?.trim() ?? '') ? `${row.headers[0].trim()} ${row.cells[0].trim()}:` : (row.cells[0] ?? ''),
    // A schedule's row is named by its date and by what happens then ("2 september 2055 | AO | verwerking zienswijzen").
    ...(DATED.test(row.cells[0] ?? '') ? row.cells.slice(1) : []),
    // "| | **Totaal** | 12.975 |": a row with no code in a column of codes is named by its next cell.
    ...row.cells.filter((_, k) => (k === 1 && (rowCode(row.headers, row.cells) || firstCellEmpty(row.cells))) || (k > 0 && EXAMPLES_COLUMN.test(row.headers[k]?.trim() ?? ''))),
    ...row.cells.slice(1).flatMap((c) => c.match(DAY_MONTH) ?? []),
    ...describingCells(row, question),
  ].join(' ');

/** A row that sums the others ("Totaal"); narrower than total-rows.ts's TOTAL_ROW, which leaves averages out of comparisons too. */
const TOTAL_NAME = /^(totaal|total|subtotaal|som|alle gemeenten)\b/i;

/**
 * "Wat hebben we in totaal uitgegeven?", "hoeveel procent zat dat boven de begroting?": a figure asked of a table
 * without naming one of its rows, nor asking which, is the figure of its total row, not of the row that matched best.
 */
export function withTotalRow<T extends { table: { rows: string[][] }; row: number }>(question: string, found: T | undefined, rowNamed: boolean): T | undefined {
  if (!found || rowNamed || WHICH_Q.test(question)) return found;
  // "| | **Totaal** | 12.975 |": under a column of numbers a total row names itself in its first cell that is not empty.
  const total = totalRowAt(found.table.rows);
  return total >= 0 ? { ...found, row: total } : found;
}

/** The index of a table's total row, or -1. */
export const totalRowAt = (rows: string[][]) => rows.findIndex((r) => TOTAL_NAME.test(firstCell(r)));
const firstCell = (r: string[]) => r.map((c) => c.replace(/\*/g, '').trim()).find(Boolean) ?? '';

/**
 * "Hoeveel fte contractmanager ...?" finds the rows "Senior contractmanager" and "Contractmanager" alike: of rows that
 * tie, the one whose name the question says whole ("Senior" is not asked). The tied rows best first, such a row first.
 */
export function byNameSaidWhole<H extends { rank: number }>(question: string, tied: H[], nameOf: (h: H) => string | undefined): H | undefined {
  const asked = ownTerms(question, false);
  return tied.find((h) => {
    const said = [...ownTerms(nameOf(h) ?? '', false)];
    return said.length > 0 && said.every((t) => asked.has(t));
  });
}

/** A row numbered under its kind: "Perceel 3: Jeugdigen met een beperking" (rowName of "Perceel | 3 | Jeugdigen ..."). */
const KIND_AND_NUMBER = /^(\p{L}{4,})\s+(\d{1,2}):(?=\s|$)/u;

/** A row's code as its only name: "E3", "R12", "A.2", "7". */
const ROW_CODE = /^\W*[A-Z]{0,3}[.-]?\d{1,3}[a-z]?\W*$/;

/**
 * "Als de kosten 5% stijgen, wat betekent dat voor Zwolle?" of a table of scenarios ("Midden | ... | Stijging: 5% | ..."): a
 * row is named by a figure of one of its cells when the question gives that figure with a word of the cell's column; asked
 * who, by a name one of its cells lists.
 */
export function namedByItsCell(question: string, row: { headers: string[]; cells: string[] }, terms: (word: string) => string[]): boolean {
  const asked = new Set(tokenize(question).flatMap(terms));
  const figures = question.replace(/\s*procent\b/gi, '%').match(/\d+(?:,\d+)?\s*%/g)?.map((f) => f.replace(/\s+/g, '')) ?? [];
  if (row.cells.some((cell, k) => k > 0 && figures.includes(cell.replace(/\s+/g, '')) && tokenize(row.headers[k] ?? '').some((w) => terms(w).some((t) => asked.has(t))))) return true;
  // "Bij wie kan ik terecht over Horizonhuis Vechtdal?" of a row "Yasmina El Idrissi | ... | Horizonhuis Vechtdal, gezinshuizen": who is asked
  // by a name in a cell. Not a gemeente alone: a table of contacts per gemeente names every gemeente a question may ask about for another row.
  // "Veldhuis Behandelgroep, hoeveel geld kregen die?" of a row "E3 | november 2056 | Veldhuis Behandelgroep | ...": a row
  // known only by its code is named by a name of two words or more in a cell.
  const coded = ROW_CODE.test(row.cells[0] ?? '');
  if (!/\bwie\b/i.test(question) && !coded) return false;
  const namedIn = (item: string, words = tokenize(item).filter((w) => terms(w).length)) => /^\p{Lu}/u.test(item) && words.length > (/\bwie\b/i.test(question) ? 0 : 1) && !words.every((w) => PLACE_TERMS.has(termsOf(w)[0] ?? '')) && words.every((w) => terms(w).some((t) => asked.has(t)));
  return row.cells.some((cell, k) => k > 0 && cell.split(/[,;]\s*|\s+en\s+/).some((item) => namedIn(item.trim())));
}
