import type { TableView } from './tables';
import { rowLabel } from './action-lists';
import { type TableAnswer, cellNumber, label, pick } from './table-cells';
import { isTotalRow } from './total-rows';

/**
 * Columns per quarter ("K1 … K4", "Q3", "Kwartaal 2", "3e kwartaal") read for a question that names one ("in het vierde
 * kwartaal", "in Q4", "het laatste kwartaal"): only that quarter's column answers, so "hoeveel klachten in het laatste kwartaal"
 * gets the K4 cell of the row, not the year's total.
 */

const ORDINALS = ['eerste', 'tweede', 'derde', 'vierde'];
const QUARTER_CODE = /^(?:k|q|kw)\s*([1-4])$/i;
const QUARTER_WORDS = /\b(?:kwartaal\s*([1-4])|([1-4])\s*(?:e|ste|de)\s+kwartaal|(eerste|tweede|derde|vierde|laatste)\s+kwartaal)\b/i;
const QUARTER_CODE_IN_TEXT = /\b(?:k|q|kw)([1-4])\b/i;

function quarterOfWords(text: string, last: number): number | undefined {
  const m = QUARTER_WORDS.exec(text);
  if (!m) return undefined;
  const word = m[3]?.toLowerCase();
  return word === 'laatste' ? last : word ? ORDINALS.indexOf(word) + 1 : Number(m[1] ?? m[2]);
}

/** The quarter a column header is of; not a cumulative one ("Realisatie t/m Q3"). */
function quarterOfHeader(header: string): number | undefined {
  const h = header.trim();
  if (/t\/m|tot en met|cumulatief/i.test(h)) return undefined;
  const code = QUARTER_CODE.exec(h);
  return code ? Number(code[1]) : quarterOfWords(h, 0);
}

/** Column index -> score for the quarter asked: its column above any other (not the year's total), other quarters out; undefined when none is asked. */
export function quarterScoring(question: string, table: TableView): ((k: number) => number | undefined) | undefined {
  const quarters = table.headers.map(quarterOfHeader);
  const present = [...new Set(quarters.filter((q): q is number => q !== undefined))];
  if (present.length < 2) return undefined;
  const code = QUARTER_CODE_IN_TEXT.exec(question);
  const asked = code ? Number(code[1]) : quarterOfWords(question, Math.max(...present));
  if (asked === undefined || /t\/m|tot en met/i.test(question)) return undefined;
  return (k) => (quarters[k] === undefined ? undefined : quarters[k] === asked ? 10 : -Infinity);
}

const WHICH_QUARTER = /\b(?:welk|welke)\s+kwartaal\b/i;
const MOST = /\b(?:meeste|hoogste|drukste|grootste|meest|hoogst|drukst)\b/i;
const LEAST = /\b(?:minste|laagste|rustigste|kleinste|minst|laagst|rustigst)\b/i;

/**
 * "In welk kwartaal kwamen de meeste klachten binnen?": the quarter column whose cell is highest (or lowest) in the table's
 * total row, else in the row found, with the other quarters beside it; not the row with the highest year total.
 */
export function quarterExtreme(question: string, table: TableView, row: number): TableAnswer | undefined {
  const least = LEAST.test(question);
  if (!WHICH_QUARTER.test(question) || (!MOST.test(question) && !least)) return undefined;
  const columns = table.headers.map((h, k) => (k > 0 && quarterOfHeader(h) !== undefined ? k : -1)).filter((k) => k > 0);
  // A row the question names ("over pleegzorg") is the one read; else the total, else the row found.
  const total = table.rows.findIndex(isTotalRow);
  const named = (rowLabel(table, table.rows[row] ?? []).match(/\p{L}{4,}/u)?.[0] ?? '').toLowerCase();
  const r = (named && question.toLowerCase().includes(named)) || total < 0 ? row : total;
  const valued = columns.filter((k) => cellNumber(table.rows[r]?.[k] ?? '') !== undefined);
  if (valued.length < 2) return undefined;
  const value = (k: number) => cellNumber(table.rows[r][k])!;
  const target = least ? Math.min(...valued.map(value)) : Math.max(...valued.map(value));
  const winners = valued.filter((k) => value(k) === target);
  const cells = (ks: number[]) => ks.map((k) => `${label(table.headers[k])}: ${table.rows[r][k].replace(/\*/g, '')}`).join(', ');
  const others = valued.filter((k) => !winners.includes(k));
  const text = `${rowLabel(table, table.rows[r]).replace(/\*/g, '')}: ${least ? 'het laagst' : 'het hoogst'} in ${cells(winners)}${others.length ? ` (${cells(others)})` : ''}.`;
  // The column that names the row: a total row leaves its code empty ("| | **Totaal** |").
  const name = table.rows[r][0]?.trim() ? 0 : 1;
  return { kind: 'answer', text, shown: pick(table, [name, ...valued], [r]) };
}
