import type { TableView } from './tables';

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
