import { type TableView, rowOf } from './tables';
import { isTotalRow } from './total-rows';
import { WHICH_Q, comparesRows } from './table-answer';
import { saysFrequencies } from './frequency';
import { type TableAnswer, type TableSource, type TermsOf, isNumericColumn, label, pick } from './table-cells';
import { fold } from '../../shared/fold';
import { rowLabel } from './action-lists';
import { WEAK_TERMS } from './dutch-text';
import { withJoinedVerbs } from './separable-verbs';
import { hasPlaceColumns, isPlace } from './table-transposed';

const wordsOf = (text: string) => fold(text).match(/\p{L}+/gu) ?? [];
/** The base of an inflected adjective, for a cell saying it bare: "hoge" is "hoog", "rode" "rood", "groene" "groen". */
export const adjectiveBase = (word: string) => {
  const stem = word.replace(/e$/, '');
  return /[^aeiou][aeiou][^aeiouj]$/.test(stem) ? `${stem.slice(0, -1)}${stem.slice(-2)}` : stem;
};
const saidWords = (question: string) => new Set(wordsOf(question).flatMap((w) => (w.length > 3 && w.endsWith('e') ? [w, adjectiveBase(w)] : [w])));
/** "Nog niet afgerond", "geen hoge kans": the rows without the value the question names. */
const negates = (question: string, value: string) => new RegExp(`\\b(?:niet|geen)\\s+(?:\\p{L}+\\s+)?${wordsOf(value)[0]}`, 'u').test(fold(question).replace(/\b(\p{L}{4,}e)\b/gu, (w) => adjectiveBase(w)));

/**
 * "Welke aanbieders hebben een hoog risicoprofiel?": the rows whose cell in the column the question
 * names (by its header) holds the value the question names ("hoog"), naming the rows compared.
 */
/** Questions that ask which rows hold a value: "welke aanbieders ...", "waarvoor is de gemeente verantwoordelijk?". */
export const FILTER_Q = /\bwelke\b|^\s*waar(?:voor|bij|in|aan|op)\b/i;

/** A column of how things stand: "Status", "Stand", "Voortgang". */
const STATUS_H = /^(?:status|stand|voortgang)\b/i;
const leadingWord = (cell: string | undefined) => wordsOf(cell ?? '')[0];

/** The one leading word of the statuses that the question says in its own words (by its terms and groups), else undefined. */
function statusNamed(values: string[], asked: Set<string>, terms: TermsOf): string | undefined {
  const leads = [...new Set(values.map(leadingWord).filter((w): w is string => !!w))];
  const named = leads.filter((w) => [...terms(w)].some((t) => asked.has(t) && !WEAK_TERMS.has(t)));
  return named.length === 1 && leads.length > 1 ? named[0] : undefined;
}

/**
 * The value of a column the question names: as written ("hoog"); for a status by its leading word, also in other words
 * ("lopen achter": "Vertraagd, nieuwe datum ..."); else by the terms of its words ("ieder kwartaal": "Per kwartaal").
 */
function valueNamed(said: Set<string>, values: string[], asked: Set<string>, terms: TermsOf, status: boolean): { value: string; leading: boolean } | undefined {
  const lead = status ? statusNamed(values, asked, terms) : undefined;
  if (lead) return { value: lead, leading: true };
  const exact = values.filter((v) => wordsOf(v).length > 0 && wordsOf(v).every((w) => said.has(w)));
  if (exact.length) return exact.length === 1 ? { value: exact[0], leading: false } : undefined;
  // By a word's own stem or a paraphrase of it: not by a broad group ("jaarlijks" and "ieder kwartaal" are both a
  // frequency), nor by a part of a compound ("regiomanager" is no "managersoverleg").
  const content = (v: string) => wordsOf(v).filter((w) => terms(w).size > 0);
  const saysWord = (w: string) => [...terms(w)].some((t, i) => asked.has(t) && !WEAK_TERMS.has(t) && (i === 0 || t.startsWith('~~')));
  const byTerms = values.filter((v) => content(v).length > 0 && content(v).every(saysWord));
  return byTerms.length === 1 ? { value: byTerms[0], leading: false } : undefined;
}

/** "Hoeveel klachten zijn door het bestuur behandeld?": the rows that hold a value, counted, when the rows are what is counted. */
const HOW_MANY = /\bhoeveel\s+(\p{L}+)/iu;
/** The thing a question asks which of, or how many of: "welke klachten", "hoeveel klachten". */
const ROWS_ASKED = /\b(?:welke?|hoeveel)\s+(?:soorten\s+|soort\s+)?(\p{L}+)/iu;
/** Whether the thing asked ("welke klachten") is one the words of a table say, by a term that is not weak. */
function asksThingNamedBy(question: string, words: string, terms: TermsOf): boolean {
  const thing = ROWS_ASKED.exec(question)?.[1];
  const named = terms(words);
  return !!thing && [...terms(thing)].some((t) => named.has(t) && !WEAK_TERMS.has(t));
}
/** Whether a cell's words, but for the weak ones, are the thing a "welke X" asks ("alle doelgroepen" for "welke doelgroepen"). */
function namesOnlyThingAsked(question: string, value: string, terms: TermsOf): boolean {
  const thing = ROWS_ASKED.exec(question)?.[1];
  const content = wordsOf(value).filter((w) => [...terms(w)].some((t) => !WEAK_TERMS.has(t)));
  return !!thing && content.length > 0 && content.every((w) => [...terms(w)][0] === [...terms(thing)][0]);
}
/** Whether the things asked are the table's rows: named by its caption or its first columns ("Tabel 5. Klachten in 2040"). */
export const asksRows = (question: string, table: TableView, terms: TermsOf) => asksThingNamedBy(question, `${table.caption} ${table.headers[0]} ${table.headers[1] ?? ''}`, terms);
/** The thing of "welke X" is the rows, or a column, of the table: not "welke wachttijd" of a table of dossiers. */
const asksThingTableNames = (question: string, table: TableView, terms: TermsOf) => asksThingNamedBy(question, `${table.caption} ${table.headers.join(' ')}`, terms);
/** Questions that ask which rows hold a value, or how many do. */
/** "Welk district ...": one of the rows, though not "tot welk bedrag" nor "welk percentage", which ask a figure. */
const WHICH_ONE = /(?<!\btot\s)\bwelk\s+(?!bedrag|percentage|aantal|deel)\p{L}+/iu;
export const asksRowsHolding = (question: string) => FILTER_Q.test(question) || WHICH_ONE.test(question) || HOW_MANY.test(question) || ABSENT_WHO.test(question);
/** "Wie was er niet bij?": the rows of an attendance list that hold "nee". */
export const ABSENT_WHO = /\bwie\s+(?:was|waren|is|zijn)\s+(?:er\s+)?(?:niet|afwezig)\b/i;

/** "Welke aanbieders staan op niveau 3?" of a column "Niveau" of small numbers: the level the header word and a number name, one some rows hold. */
function levelNamed(question: string, header: string, cells: string[]): string | undefined {
  const word = wordsOf(header)[0];
  const level = word && new RegExp(`\\b${word}\\s+(\\d{1,2})\\b`, 'iu').exec(fold(question))?.[1];
  return level && cells.some((c) => c.trim() === level) && cells.every((c) => /^\s*\d{0,2}\s*$/.test(c)) ? level : undefined;
}

/** "Welke gemeenten stemden niet in?" of a column of "ja" and "nee" the question names ("Instemming"): the rows of "nee", else of "ja". */
function yesOrNo(question: string, values: string[]): { value: string; leading: boolean } | undefined {
  if (!values.includes('ja') || !values.includes('nee')) return undefined;
  return { value: /\b(?:niet|geen)\b/i.test(question) ? 'nee' : 'ja', leading: false };
}

/** "Welke gemeenten hadden nog geen thema's ingestuurd?": not done at all (not "niet op tijd"), which a blank cell says. */
const NOT_DONE_Q = /^(?!.*\b(?:op\s+tijd|tijdig|te\s+laat)\b).*?\b(?:niet|geen)\s+((?:\S+\s+){0,4}\S+)/i;
/** Whether the question says not done of what a column's header names, a few words after "niet" or "geen" ("nog geen thema's ingestuurd": "Ingediend op"). */
function notDoneNamed(question: string, header: string, terms: TermsOf): boolean {
  const after = NOT_DONE_Q.exec(question)?.[1];
  const named = terms(header);
  return !!after && wordsOf(after).some((w) => [...terms(w)].some((t) => named.has(t) && !WEAK_TERMS.has(t)));
}
/** A cell left open: "–", "-", "—" or nothing. */
const BLANK = /^\s*[-–—]?\s*$/;
const OPEN_CELL = '–';

export function filterFromTable(question: string, table: TableView, terms: TermsOf): TableAnswer | undefined {
  const rowsAsked = asksRows(question, table, terms);
  const counted = !WHICH_Q.test(question) && !FILTER_Q.test(question) && HOW_MANY.test(question) && rowsAsked;
  if (!(WHICH_Q.test(question) || FILTER_Q.test(question) || counted) || comparesRows(question)) return undefined;
  // "Stemden niet in": the verb joined ("instemmen") names a column of "Instemming".
  const asked = terms(withJoinedVerbs(question));
  const said = saidWords(question);
  const rows = table.rows.map((_, r) => r).filter((r) => !isTotalRow(table.rows[r]));
  // A column the question names by its header goes first: "een hoge impact" is the Impact column's, not Kans's.
  const namesHeader = (k: number) => [...terms(table.headers[k])].some((t) => asked.has(t) && !WEAK_TERMS.has(t));
  const columns = table.headers.map((_, k) => k).sort((a, b) => Number(namesHeader(b)) - Number(namesHeader(a)));
  for (const k of columns) {
    const header = table.headers[k];
    const level = isNumericColumn(table, k) && namesHeader(k) ? levelNamed(question, header, rows.map((r) => table.rows[r][k] ?? '')) : undefined;
    if (level) return filtered(table, k, { value: level, leading: false }, rows.filter((r) => (table.rows[r][k] ?? '').trim() === level), rows, counted);
    const blanks = k > 0 && notDoneNamed(question, table.headers[k], terms) ? rows.filter((r) => BLANK.test(table.rows[r][k] ?? '')) : [];
    if (blanks.length && blanks.length < rows.length) return filtered(table, k, { value: OPEN_CELL, leading: false }, blanks, rows, counted);
    if (k === 0 || isNumericColumn(table, k)) continue;
    const status = STATUS_H.test(header.trim());
    const cells = rows.map((r) => (table.rows[r][k] ?? '').trim().toLowerCase());
    const values = [...new Set(cells.filter(Boolean))];
    const named = values.length > 1 ? valueNamed(said, values, asked, terms, status) ?? (namesHeader(k) ? yesOrNo(question, values) : undefined) : undefined;
    // A column of statuses, of how often ("Per kwartaal"), or of a few classes each row has one of ("Directeur",
    // "Bestuur"; when the rows are what is asked) is named by its values, whatever its header; another column by its header.
    // Not a value other columns hold too when the question names none ("geen mandaat" of the contractmanager and the teamleider).
    const elsewhere = !!named && !namesHeader(k) && table.headers.some((_, j) => j > 0 && j !== k && rows.some((r) => (table.rows[r][j] ?? '').trim().toLowerCase() === named.value));
    const classes = rowsAsked && values.length < cells.length && !!named && !named.leading && cells.filter((c) => c === named.value).length > 1 && !elsewhere;
    // A value of three words or more the question says whole ("meer sturing op wachttijden") names its column too.
    const verbatim = !!named && !named.leading && wordsOf(named.value).length >= 3 && wordsOf(named.value).every((w) => said.has(w));
    // "Welke doelgroepen ...?" of a cell "alle doelgroepen": a value that only names the thing asked filters nothing.
    if (named && namesOnlyThingAsked(question, named.value, terms)) continue;
    if (!named || (!status && !classes && !verbatim && !saysFrequencies(table, k) && ![...terms(header)].some((t) => asked.has(t)))) continue;
    // A name only one row holds ("welke wachttijd is met Sallandse Jeugd-GGZ afgesproken?") picks that row; it filters
    // nothing, and which row it is answers only a question for a thing the table names (its rows, a column).
    if (new Set(cells).size === cells.length && !asksThingTableNames(question, table, terms)) continue;
    const has = (r: number) => (named.leading ? leadingWord(table.rows[r][k]) === named.value : (table.rows[r][k] ?? '').trim().toLowerCase() === named.value);
    const negated = negates(question, named.value);
    return filtered(table, k, negated ? { ...named, value: `niet ${named.value}` } : named, rows.filter((r) => has(r) !== negated), rows, counted);
  }
  return undefined;
}

function filtered(table: TableView, k: number, named: { value: string; leading: boolean }, hits: number[], rows: number[], counted: boolean): TableAnswer {
  const compared = `Vergeleken: ${rows.length} rijen (${table.headers[0].toLowerCase()}): ${rows.map((r) => table.rows[r][0]).join(', ')}.`;
  const items = named.leading ? hits.map((r) => `${rowLabel(table, table.rows[r])}: ${table.rows[r][k].trim()}`).join('; ') : hits.map((r) => rowLabel(table, table.rows[r])).join(', ');
  const listed = counted ? `${hits.length} (${items})` : items;
  // A name as its cells write it ("Ewout Bremer"), not as the question was read; other values in lower case ("bestuur").
  const asWritten = hits.map((r) => (table.rows[r][k] ?? '').trim()).find((cell) => cell.toLowerCase() === named.value && /^\p{Lu}\p{Ll}+\s+\p{Lu}/u.test(cell)) ?? named.value;
  const said = named.value === OPEN_CELL ? `${label(table.headers[k])}: niet ingevuld (–) bij ${listed}` : `${label(table.headers[k])} ${asWritten}: ${listed}`;
  // "IJsselstroom Jeugdhulp B.V." ends the sentence with its own full stop.
  const text = `${said}${/[.!?]$/.test(said) ? '' : '.'} ${compared}`;
  return { kind: 'answer', text, shown: pick(table, [0, ...(rowLabel(table, table.rows[hits[0] ?? 0]) === table.rows[hits[0] ?? 0][0] ? [] : [1]), k], hits) };
}

const WHICH_THING = /\bwelke?\s+(\p{L}{4,})/iu;

/**
 * "Welke gemeente betaalt het kleinste aandeel?" of a table of indicators: no row is a gemeente and neither its caption nor
 * its headers name them, so its extreme row answers nothing asked. (Other things asked may be rows the table does not
 * name by that word: "welk kanaal" of rows "Via de Toegang", "Met hulp van de vertrouwenspersoon".) Also, compared or not:
 * "in welke productcategorieën ..." of a table of indicators, when another table found has productcategorieën as its rows.
 */
export function rowsAreOtherThings(question: string, table: TableView, terms: TermsOf, compares: boolean, rowKinds: () => string[]): boolean {
  const thing = WHICH_THING.exec(question)?.[1];
  if (!thing) return false;
  const term = [...terms(thing)][0];
  const namesThing = (text: string) => terms(text).has(term) || wordsOf(text).some((w) => sameNoun(w, thing));
  const namedByTable = namesThing(`${table.caption} ${table.headers.join(' ')}`);
  if (!namedByTable && rowKinds().some(namesThing)) return true;
  if (!compares || !/^gemeenten?$/i.test(thing) || asksRows(question, table, terms) || hasPlaceColumns(table.headers)) return false;
  return !table.rows.some((r) => isPlace(r[0] ?? '')) && !namedByTable;
}

/** "Productcategorieën" and "Productcategorie": one noun, which the stemmer keeps apart ("-ën", "-s" after a vowel). */
const sameNoun = (a: string, b: string) => {
  const [x, y] = [a, b].map((w) => fold(w).toLowerCase().replace(/(?:en|s)$/, ''));
  return x.length >= 5 && y.length >= 5 && Math.abs(x.length - y.length) <= 1 && (x.startsWith(y) || y.startsWith(x));
};

/** What the rows of the tables found are (their first header: "Productcategorie", "Indicator"). */
export const rowKindsOf = (hits: { id: string }[], source: Pick<TableSource, 'passage'>): string[] =>
  hits.flatMap((h) => rowOf(source.passage(h.id)?.text ?? '')?.headers[0] ?? []);
