import { rowCode, rowLabel } from './action-lists';
import { sameNoun } from './announced-rows';
import { WANTS_LIST } from './list-questions';
import { MAX_ANSWER_CHARS, type Passage, type QaResult } from './qa.domain';
import { isTotalRow } from './total-rows';
import { answerFromTable, comparesRows } from './table-answer';
import { rowOf, tableOf, type TableView } from './tables';
import { type TableSource, quote } from './table-cells';
import { yearsIn } from './table-periods';
import { tokenize } from './dutch-text';
import { filterFromTable } from './table-filter';
import { ASKS_TOTAL } from './row-names';
import { rowsMeetingCondition } from './table-conditions';

/**
 * "Noem alle fases van de ronde", "welke stappen zijn er": the things asked are the rows of a table whose first column
 * names them ("Fase", "Stap"). The answer lists every row, each with when and by whom when the table says so (a
 * planning), not the one row that shares most words with the question.
 */

/** The thing a list question asks for: "alle fases", "welke stappen", "wat zijn de onderdelen". */
const ASKED_THING = /\b(?:alle|welke|wat\s+zijn\s+(?:de|alle))\s+(?:\p{L}+e\s+)?(\p{L}{3,}(?:['’]s)?)/iu;
/** Columns that say when and by whom, as a planning gives them beside each phase. */
const WHEN_H = /^(?:periode|datum|wanneer|termijn|gereed|uiterlijk|planning)\b/i;
const WHO_H = /^(?:wie|door\s+wie|verantwoordelijke?|trekker|eigenaar|uitvoerder|actor)\b/i;

interface Hit {
  id: string;
  kind: string;
  rank: number;
  rowCoverage: number;
}


/** "..., graag de bronnen met bedragen": things asked by their plural after "graag", each of them. */
const PLEASE_THE_THINGS = /\bgraag\s+(?:alle\s+|de\s+)(\p{L}{3,}(?:en|s|['’]s))\b/iu;

/** "Alle fases": the things "alle" is said of; "welke gemeenten waren bij alle vergaderingen" asks no gemeente whole. */
const ALL_THINGS = /\balle\s+(?:\p{L}+e\s+)?(\p{L}{3,}(?:['’]s)?)/iu;

/** "Op welke doelgroepen richt het plan zich allemaal?": the things "welke" asks, all of them. */
const WHICH_ALL = /\bwelke\s+(?:\p{L}+e\s+)?(\p{L}{3,}(?:['’]s)?)\b[^?]*\ballemaal\b/iu;

/** "Bij welke aanbieders zijn de kinderen terechtgekomen?": where several went, each row of a table of destinations. */
const WHERE_THEY_WENT = /\b(?:bij|naar)\s+welke\s+(?:\p{L}+e\s+)?(\p{L}{3,}(?:[^aeiou]en|[^s]s|['’]s))\b[^?]*\b(?:terecht\s*gekomen|terechtgekomen|gegaan|overgestapt|overgegaan|geplaatst|ondergebracht|overgedragen)\b/iu;

/** The thing a question asks all of, when it asks for a list whole; undefined otherwise. */
export function thingListed(question: string): string | undefined {
  return WANTS_LIST.test(question) ? ASKED_THING.exec(question)?.[1] : (ALL_THINGS.exec(question)?.[1] ?? PLEASE_THE_THINGS.exec(question)?.[1] ?? WHICH_ALL.exec(question)?.[1] ?? WHERE_THEY_WENT.exec(question)?.[1]);
}

/** Every row of the best table whose rows are the things asked, as one answer; undefined when no table lists them. */
export function allRowsAnswer(question: string, hits: Hit[], minCoverage: number, source: TableSource, best?: Hit): QaResult | undefined {
  const thing = thingListed(question);
  // "De totale bijdrage van alle districten samen" asks their total row, not each of them.
  if (!thing || ASKS_TOTAL.test(question)) return undefined;
  const listing = hits
    .filter((h) => h.kind === 'passage' && h.rowCoverage >= minCoverage)
    .filter((h) => {
      const row = rowOf(source.passage(h.id)?.text ?? '');
      // "Nr | Thema | ...": a column that numbers the rows, and the things asked named after it.
      // "Opvolgende aanbieder": the noun of a header that qualifies it.
      return !!row && (sameNoun(row.headers[0], thing, source.terms) || sameNoun(row.headers[0].trim().split(/\s+/).pop() ?? '', thing, source.terms) || (rowCode(row.headers, row.cells) && sameNoun(row.headers[1] ?? '', thing, source.terms)));
    })
    .sort((a, b) => b.rank - a.rank)[0];
  const passage = listing && source.passage(listing.id);
  // "De volgende thema's voor 2058: - ...; - ..." ranked above a table with an "Onderwerp" column of amendments: the text's list answers.
  if (listing && best && best.rank > listing.rank && listsInText(source.passage(best.id)?.text ?? '')) return undefined;
  const found = passage && tableOf(passage, (position) => source.passageAt(passage.title, position));
  if (!passage || !found || found.table.rows.length < 2) return undefined;
  // "Welke indicatoren worden ieder kwartaal gerapporteerd?": the rows that meet what the question says of a column, not all.
  const terms = (text: string) => new Set(tokenize(text).flatMap((w) => source.terms(w)));
  // "Welke gemeenten zijn binnen hun budget gebleven?": the rows compared, not all of them.
  const compared = comparesRows(question) ? answerFromTable(question, found.table, 0, terms) : undefined;
  const narrowed = rowsMeetingCondition(question, found.table, terms) ?? filterFromTable(question, found.table, terms) ?? (compared?.kind === 'answer' ? compared : undefined);
  const text = narrowed?.kind === 'answer' ? narrowed.text : listed(found.table, question);
  return {
    kind: 'answer',
    answer: text,
    source: { title: passage.title, section: passage.section },
    passageRef: { kind: 'passage', title: passage.title, position: passage.position },
    confidence: listing.rowCoverage,
    table: narrowed?.kind === 'answer' ? narrowed.shown : { headers: found.table.headers, rows: found.table.rows },
  };
}

/** A passage (no table's row) that holds a list: two items or more, or a line that introduces one. */
const listsInText = (text: string) => !rowOf(text) && ((text.match(/(?:^|\n)\s*(?:[-•*]|\d+[.)])\s/g) ?? []).length >= 2 || /:\s*$/.test(text));

/**
 * The rows as a numbered list: the first cell (the name after a code: "Segment 1 (Jeugdhulp met verblijf)"), with its when
 * and who, or its cell of the year asked ("2047: 450.000 euro"), in brackets while the list stays short enough.
 */
function listed(table: TableView, question: string): string {
  const rows = table.rows.filter((r) => !isTotalRow(r));
  const years = yearsIn(question);
  const ofYear = (k: number) => [...yearsIn(table.headers[k])].some((y) => years.has(y));
  const extra = table.headers.map((h, k) => k).filter((k) => k > 0 && (WHEN_H.test(table.headers[k].trim()) || WHO_H.test(table.headers[k].trim()) || ofYear(k)));
  const line = (r: string[], i: number, withExtra: boolean) => {
    const said = withExtra ? extra.filter((k) => r[k]?.trim()).map((k) => (ofYear(k) ? quote(table, r, k) : r[k].trim())) : [];
    return `${i + 1}. ${rowLabel(table, r)}${said.length ? ` (${said.join('; ')})` : ''}`;
  };
  const full = rows.map((r, i) => line(r, i, true)).join('\n');
  return full.length <= MAX_ANSWER_CHARS ? full : rows.map((r, i) => line(r, i, false)).join('\n');
}

/**
 * "Welke onderdelen moet ik allemaal invullen op het formulier?" is not answered by one row of a planning that names the
 * form: a question for all of a thing that neither the table's headers nor the row's name say asks for a list elsewhere.
 */
export function rowOfOtherThings(question: string, row: { headers: string[]; cells: string[] }, terms: (word: string) => string[]): boolean {
  const thing = thingListed(question);
  const says = (text: string) => (text.match(/\p{L}[\p{L}'’-]*/gu) ?? []).some((w) => sameNoun(w, thing!, terms));
  return !!thing && !row.headers.some(says) && !says(row.cells[0] ?? '');
}
