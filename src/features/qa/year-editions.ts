import { MONTH_NAMES } from '../../shared/dutch-date';
import { rowOf } from './tables';
import { DUTCH_STOP_WORDS } from './dutch-stop-words';

/**
 * The years a question names, and which passages they fit. "De regioagenda 2028", "de begroting 2027": a thing named
 * with a year is one edition of it. A text that names the same thing with another year only ("Uitkomsten regioagenda
 * 2027") and never with the year asked is about another edition: it does not answer, however many of the question's
 * words it shares. A question naming two or more years asks a span, which a table per year answers (table-years.ts).
 * A year that ends a capitalised name, or a thing named with its article, is part of that name, not a moment a sentence gives.
 */

/** A year, as questions and texts name one. */
export const YEAR = /\b(?:19|20)\d{2}\b/g;
/** The years a question names, in order, once each. */
export const yearsAsked = (question: string) => [...new Set(question.match(YEAR) ?? [])];
/** The first cell of a row of a table per year. */
export const YEAR_CELL = /^\s*(?:19|20)\d{2}\s*$/;

/**
 * A year (or a span of years, "2028-2031") right after a word of the thing it dates; not after a word of time ("eind
 * 2026", "in 2028", "maart 2027") nor a word of grammar ("voor 2027", "over 2025": for or about that year).
 */
const DATED = /(\p{L}{4,})\s+((?:19|20)\d\d)(?:\s*[-–]\s*((?:19|20)\d\d))?\b/giu;
const TIME_WORD = new RegExp(String.raw`^(?:eind|einde|begin|medio|halverwege|ultimo|sinds|vanaf|tussen|jaar|boekjaar|kalenderjaar|peiljaar|periode|kwartaal|voorjaar|najaar|zomer|winter|uiterlijk|rond|ingaande|${MONTH_NAMES})$`, 'i');
const STOP = new Set(DUTCH_STOP_WORDS);
const YEAR_SPAN = /\b((?:19|20)\d\d)(?:\s*[-–]\s*((?:19|20)\d\d))?\b/g;

/** A thing named with a year, or a span of years. */
interface Edition {
  thing: string;
  from: string;
  to: string;
}

const editions = (text: string, terms: (word: string) => string[]): Edition[] =>
  [...text.matchAll(DATED)]
    .filter((m) => !TIME_WORD.test(m[1]) && !STOP.has(m[1].toLowerCase()))
    .map((m) => ({ thing: terms(m[1].toLowerCase())[0] ?? m[1].toLowerCase(), from: m[2], to: m[3] ?? m[2] }));

/** The one thing a question names with a year ("de regioagenda 2028"), read once per question; undefined otherwise. */
export function editionAsked(question: string, terms: (word: string) => string[]): Edition | undefined {
  if (yearsAsked(question).length !== 1) return undefined;
  const asked = editions(question, terms);
  return asked.length === 1 ? asked[0] : undefined;
}

/** Whether a text (a passage with its document title) names the thing asked only with other years than the question. */
export function aboutOtherEdition(asked: Edition, text: string, terms: (word: string) => string[]): boolean {
  const covers = (e: { from: string; to: string }) => e.from <= asked.from && asked.from <= e.to;
  // A title that names the thing dates it with any year in it ("Regioagenda jeugdhulp 2028-2031").
  const title = text.split('\n')[0];
  const titleNames = title.split(/[^\p{L}]+/u).some((w) => w.length >= 4 && terms(w.toLowerCase())[0] === asked.thing);
  const titleYears = titleNames ? [...title.matchAll(YEAR_SPAN)] : [];
  if (titleYears.some((m) => covers({ from: m[1], to: m[2] ?? m[1] }))) return false;
  const said = editions(text, terms).filter((e) => e.thing === asked.thing);
  // "Werkwijze ... Regioagenda Jeugd IJsselland 2029" dates the regioagenda it is about, its year apart from the name.
  return (said.length > 0 || titleYears.length > 0) && !said.some(covers);
}

/** A year that ends a name ("Budgethoudersregeling RSJ 2027", "Kadernota 2025") is no moment; "In 2027" is. */
const YEAR_OF_A_NAME = /(?<![\p{L}\d])(?!(?:In|Per|Vanaf|Tot|Sinds|Voor|Vóór|Na|Eind|Begin|Medio|Uiterlijk|Half|Jaar)\s)\p{Lu}[\p{L}-]*\s+(?:19|20)\d\d\b/gu;
/** A year after a thing named with its article ("de ontwerpbegroting 2029", "het jaarplan 2028") is no moment either; "het voorjaar 2028" is. */
const YEAR_OF_A_THING = /\b(?:de|het|deze|dit)\s+\p{L}*(?:begroting|jaarplan|werkplan|jaarrekening|jaarverslag|regioagenda|nota|notitie|plan|verslag|rapport|rapportage|monitor|agenda|programma|visie)\s+(?:19|20)\d\d\b/giu;
/** A span of years after a thing's name ("rekenmodel verdeelsleutel 2041-2043") names it; "in de periode 2041-2043" is a moment. */
const YEARS_OF_A_THING = /\b(?!(?:tussen|vanaf|sinds|periode|jaren|looptijd|voor|over|tijdens|gedurende|binnen|van|tot)\s)\p{L}{4,}\s+(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d\b/giu;
export const withoutYearSpansOfThings = (sentence: string) => sentence.replace(YEARS_OF_A_THING, ' ');
export const withoutYearsOfNames = (sentence: string) => withoutYearSpansOfThings(sentence.replace(YEAR_OF_A_NAME, ' ').replace(YEAR_OF_A_THING, ' '));

/**
 * The years asked that a row of a year table stands for: the row of one of them answers for all, as yearsAnswer reads
 * the others from its table. Empty for any other passage or question.
 */
export function yearsOfRow(question: string, text: string): string[] {
  const asked = yearsAsked(question);
  const first = rowOf(text)?.cells[0]?.trim() ?? '';
  return asked.length >= 2 && YEAR_CELL.test(first) && asked.includes(first) ? asked : [];
}

/**
 * "Hoe groot is het opleidingsbudget van het RSJ voor 2025?" found in the Kadernota 2025: a year that only the title of
 * the passage says tells which document, not which of its sentences answers (a neighbour that says "voor 2025" does not).
 * `evenIfSaid` for one ask of two, chosen among the sentences of the passage already found: "Wat was er in 2025 begroot
 * voor de werving ..." is not answered by "Voor 2025 houden we rekening met verloop van 1 medewerker".
 */
export function withoutTitleYears<W extends { terms: string[] }>(words: W[], passage: { title: string; text: string }, evenIfSaid = false): W[] {
  const rest = words.filter((w) => !(/^(?:19|20)\d{2}$/.test(w.terms[0]) && passage.title.includes(w.terms[0]) && (evenIfSaid || !passage.text.includes(w.terms[0]))));
  return rest.length ? rest : words;
}

/** A day and month without a year ("Donderdag 21 december werd ... besproken"). */
const UNDATED_DAY = new RegExp(String.raw`\b\d{1,2}\s+(?:${MONTH_NAMES})\b(?!\s+(?:19|20)\d\d)`, 'i');

/**
 * "Welke raad ging in 2017 als laatste akkoord?" of a release that dates the vote "21 december" and says "Op 1 januari 2018 gaat
 * ... van start": a day without a year, in a document that names the first day of the next year but never the year asked, is of
 * the year asked.
 */
export function yearsOfUndatedDays(question: string, text: string, passageText: (position: number) => string | undefined): string[] {
  const asked = yearsAsked(question);
  if (!asked.length || !UNDATED_DAY.test(text)) return [];
  const named = new Set<string>();
  const starts = new Set<string>();
  for (let k = 0, t = passageText(0); t !== undefined; t = passageText(++k)) {
    for (const m of t.matchAll(YEAR)) named.add(m[0]);
    for (const m of t.matchAll(/\b1\s+januari\s+((?:19|20)\d\d)\b/gi)) starts.add(m[1]);
  }
  return asked.filter((year) => !named.has(year) && starts.has(String(Number(year) + 1)));
}
