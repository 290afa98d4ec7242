import { MONTH_NAMES } from '../../shared/dutch-date';
import type { Passage } from './qa.domain';
import { isCodeCell, rowOf } from './tables';
import { firstCellEmpty } from './total-rows';

/**
 * Action lists of minutes ("Nr | Actie | Wie | Wanneer | Status"): rows named by a code and the cell after it, asked
 * who does an action, what its status is, and repeated after each meeting with the state of that moment.
 */

/** "Wie moet ...?": a column of who does it ("Wie", "Eigenaar", "Verantwoordelijke", "Trekker") answers. */
const WHO_Q = /\bwie\b/i;
const WHO_H = /^(?:wie|door\s+wie|eigenaar|actiehouder|verantwoordelijke?|trekker|uitvoerder|actor)\b/i;
/** "Wanneer ...?", "voor welke datum ...?": a column of when it is due ("Wanneer", "Deadline", "Gereed") answers. */
const WHEN_Q = /\b(?:wanneer|welke\s+datum)\b/i;
const WHEN_H = /^(?:wanneer|datum|deadline|gereed|uiterlijk|einddatum|planning)\b/i;
/** A status ("loopt", "afgerond") says little without the date it is held to. */
const STATUS_H = /^(?:status|stand|voortgang)\b/i;

interface Table {
  headers: string[];
  rows: string[][];
}

/** A table of actions: one of its columns says who does it or how it stands (a year or budget table has none). */
const ACTION_H = /^(?:actie\p{L}*|wie|door\s+wie|eigenaar|actiehouder|status|stand|voortgang)\b/iu;
/** The first cell of an action list's row as its code ("2027-04", "A3"); not in other tables, where "2025" is a year. */
export const actionCode = (headers: string[], cells: string[]) => headers.some((h) => ACTION_H.test(h.trim())) && isCodeCell(cells[0] ?? '');

/** A first column that only numbers the rows ("nr", "#", "volgnummer") or gives their reference ("Kenmerk": "ESC-2037-03"), as in a register: the next cell names the row. */
const NUMBER_H = /^(?:nr|no|#|nummer|volgnr|volgnummer|rij|kenmerk|referentie|zaaknr|zaaknummer|dossiernr|dossiernummer|id|positie|rang)\.?$/i;
/** A first column of levels, phases, classes or codes ("Niveau | Benaming | ...": "2", "S", "IV"): the next cell names the level. */
const LEVEL_H = /^(?:\p{L}*niveau|fase|stap|trede|klasse|categorie|\p{L}*code|segment|perceel|cluster)$/iu;
// "45D01" under "Productcode": letters and digits mixed.
const LEVEL_CELL = /^(?:[A-Z]{0,3}[-.]?\d+[a-z]?|[A-Z]{1,3}|(?=[A-Z]*\d)(?=\d*[A-Z])[A-Z\d]{3,8})$/;
const levelCode = (headers: string[], cells: string[]) => LEVEL_H.test(headers[0]?.trim() ?? '') && LEVEL_CELL.test(cells[0]?.trim() ?? '');
/** "E2" under "Dossier", "R4" under "Risico": a letter and a number that label a row, not a period ("Q3", "K4" under "Kwartaal"). */
const LABEL_CELL = /^[A-Z]{1,2}\d{1,2}$/;
const PERIOD_H = /kwarta|periode|maand|jaar|week|tijdvak/i;
const labelCode = (headers: string[], cells: string[]) => LABEL_CELL.test(cells[0]?.trim() ?? '') && !PERIOD_H.test(headers[0] ?? '') && !/^[QK]\d$/.test(cells[0].trim());
/** The first cell of a row as its code: an action list's, a number in a column that only numbers the rows, a level's, or a label's. */
export const rowCode = (headers: string[], cells: string[]) => actionCode(headers, cells) || (NUMBER_H.test(headers[0]?.trim() ?? '') && isCodeCell(cells[0] ?? '')) || levelCode(headers, cells) || labelCode(headers, cells);

/** A row whose first cell is a code ("2027-04", "7") and whose next cell names it. */
export const namedAfterCode = (table: Table, cells: string[]) => rowCode(table.headers, cells) && table.headers.length > 2 && !!cells[1]?.trim();

/** The columns whose header `header` matches score as well as the best (a column ruled out stays out). */
export function raiseColumns(headers: string[], scores: number[], header: RegExp): void {
  const top = Math.max(...scores);
  for (const [k, h] of headers.entries()) if (k > 0 && scores[k] > -Infinity && header.test(h)) scores[k] = Math.max(scores[k], top);
}

/** Column scores for an action list: the who-column (the when-column) as good as the best when "wie" ("wanneer") is asked; the name after a code never answers. */
export function withActionColumns(question: string, table: Table, row: number, scores: number[]): void {
  if (WHO_Q.test(question)) raiseColumns(table.headers, scores, WHO_H);
  if (WHEN_Q.test(question)) raiseColumns(table.headers, scores, WHEN_H);
  if (namedAfterCode(table, table.rows[row] ?? [])) scores[1] = -Infinity;
}

/** How a row is named in an answer: "2027-04 (Formulier versturen)" after an action's code, the cell after a row number, else its first cell. */
export const rowLabel = (table: Table, cells: string[]) => {
  // "| | Totaal | 12.975 |": no code, so the next cell names the row.
  if (firstCellEmpty(cells) && cells[1]?.trim()) return cells[1];
  if (!namedAfterCode(table, cells)) return cells[0];
  // A row number says nothing to the asker: "Communicatie", not "10 (Communicatie)"; an action's code is how it is known.
  // A level is known by its number as well: "Niveau 2 (Verscherpt toezicht)".
  if (levelCode(table.headers, cells)) return `${table.headers[0].trim()} ${cells[0].trim()} (${cells[1]})`;
  return actionCode(table.headers, cells) ? `${cells[0]} (${cells[1]})` : cells[1];
};

/** Whether column `k`, a date column (`isDate`), comes with the status column among those chosen. */
export const dateOfStatus = (headers: string[], k: number, chosen: number[], isDate: (header: string) => boolean) =>
  isDate(headers[k]) && chosen.some((c) => STATUS_H.test(headers[c]));

/** A date asked ("in maart", "op 3-2-2031"): the row of that moment, not the latest. */
const DATE_ASKED = new RegExp(`\\b(${MONTH_NAMES})\\b|\\b\\d{1,2}[-/]\\d{1,2}[-/]\\d{2,4}\\b`, 'i');

/** How far past a row later tables are looked at for the same item. */
const LATER_LISTS = 300;

/**
 * Minutes repeat their action list after each meeting ("2027-04 | Formulier versturen | ... | nieuw", later "afgerond"): the
 * row with the same code, name and columns in the last of those tables is the item's latest state, unless a date is asked.
 */
export function latestRow(question: string, passage: Passage, passageAt: (title: string, position: number) => Passage | undefined): Passage {
  const own = rowOf(passage.text);
  if (!own || !actionCode(own.headers, own.cells) || DATE_ASKED.test(question)) return passage;
  const same = (row?: { headers: string[]; cells: string[] }) => !!row && row.headers.join('|') === own.headers.join('|') && row.cells[0] === own.cells[0] && row.cells[1] === own.cells[1];
  let latest = passage;
  for (let k = passage.position + 1, p = passageAt(passage.title, k); p && k <= passage.position + LATER_LISTS; p = passageAt(passage.title, ++k)) {
    if (same(rowOf(p.text))) latest = p;
  }
  return latest;
}

/** A row found by comparing: by its code and, when a code is all its first cell says ("R2"), the name after it. */
export const codeAndName = (table: Table, cells: string[]) => {
  const name = rowLabel(table, cells);
  return /^[A-Z]/.test(cells[0] ?? '') && !name.startsWith(cells[0]) ? `${cells[0]} ${name}` : name;
};
