import { fold } from '../../shared/fold';
import { isDictionaryForm } from './dictionary-forms';
import { toPipeLines } from './tables';

/** A text item of a PDF page with where it sits: x and y of its baseline start, its width and font size. */
export interface PdfItem {
  str: string;
  x: number;
  y: number;
  width: number;
  size: number;
}

/** A table found on a page: the items it consists of and its rows as markdown pipe lines. */
export interface PdfTable {
  items: Set<number>;
  /** The stream index of its first item: where the table goes in the page's text. */
  first: number;
  size: number;
  lines: string[];
}

interface Chunk {
  x: number;
  end: number;
  text: string;
  items: number[];
}

interface Row {
  y: number;
  size: number;
  chunks: Chunk[];
}

/**
 * Rows and columns from text positions. A table is a run of lines in which at least two lines have
 * several pieces of text separated by a wide gap; the columns are the x ranges those pieces share.
 * A line that only fills some of the columns of the row above continues it (a cell that wraps:
 * "Ambulante" / "jeugdhulp", or a header "31 december" / "2026"), so wrapped cells keep all their words.
 */
export function findPdfTables(items: PdfItem[], words: ReadonlySet<string> = new Set()): PdfTable[] {
  const rows = linesOf(items);
  const tables: PdfTable[] = [];
  for (let i = 0; i < rows.length; i++) {
    if (rows[i].chunks.length < 2) continue;
    const table = tableFrom(rows, i, words);
    if (!table) continue;
    tables.push(table.table);
    i = table.end - 1;
  }
  return tables;
}

/** A figure in a cell (not a year, which headers have). */
const FIGURE = /^(?!(19|20)\d{2}$)[€+\-\u2212\s]*\d[\d.,]*\s*%?$/;
/** A list item's marker: "1.", "a)", or a bullet as PDF exports draw it (Word's symbol-font bullet comes out as "o"). */
const MARKER = String.raw`\d{1,2}[.)]|[a-z][.)]|[•●▪◦■□➢►✓‐–\-*o]`;
/** A chunk that is only a list marker. */
const LIST_MARKER = new RegExp(`^(${MARKER})$`);
/** A line that starts with a list marker. */
export const LIST_ITEM_LINE = new RegExp(`^(${MARKER})(\\s|$)`);

const sameLine = (a: number, b: number, size: number) => Math.abs(a - b) <= Math.max(2, size * 0.3);

/** The page's non-empty items as lines (top to bottom), each split into chunks at wide horizontal gaps. */
function linesOf(items: PdfItem[]): Row[] {
  const order = items
    .map((item, index) => ({ item, index }))
    .filter(({ item }) => item.str.trim())
    .sort((a, b) => b.item.y - a.item.y || a.item.x - b.item.x);
  const lines: { y: number; size: number; members: typeof order }[] = [];
  for (const entry of order) {
    const line = lines[lines.length - 1];
    if (line && sameLine(line.y, entry.item.y, entry.item.size)) {
      line.members.push(entry);
      line.size = Math.max(line.size, entry.item.size);
    } else lines.push({ y: entry.item.y, size: entry.item.size, members: [entry] });
  }
  return lines.map((line) => {
    const chunks: Chunk[] = [];
    for (const { item, index } of line.members.sort((a, b) => a.item.x - b.item.x)) {
      const last = chunks[chunks.length - 1];
      // A gap wider than about a letter-width is a column gap; a word gap is a quarter of that.
      if (last && item.x - last.end < Math.max(6, item.size * 0.9)) {
        last.text += item.x - last.end > item.size * 0.1 && !/\s$/.test(last.text) && !/^\s/.test(item.str) ? ` ${item.str}` : item.str;
        last.end = Math.max(last.end, item.x + item.width);
        last.items.push(index);
      } else chunks.push({ x: item.x, end: item.x + item.width, text: item.str, items: [index] });
    }
    for (const c of chunks) c.text = c.text.replace(/\s+/g, ' ').trim();
    return { y: line.y, size: line.size, chunks };
  });
}

/** The x ranges the chunks of these lines share: overlapping chunks are one column. */
function columnsOf(lines: Row[]): { x: number; end: number }[] {
  const spans = lines.flatMap((l) => l.chunks.map((c) => ({ x: c.x, end: c.end }))).sort((a, b) => a.x - b.x);
  const out: { x: number; end: number }[] = [];
  for (const s of spans) {
    const last = out[out.length - 1];
    if (last && s.x <= last.end + 1) last.end = Math.max(last.end, s.end);
    else out.push({ ...s });
  }
  return out;
}

/** The column a chunk sits in: it starts in that column's range and ends before the next column starts. */
const columnOf = (columns: { x: number; end: number }[], c: Chunk) =>
  columns.findIndex((col, k) => c.x >= col.x - 1 && c.end <= (columns[k + 1]?.x ?? Infinity) - 1);

/**
 * A numbered or bulleted line after a table that is no list starts the text again: its marker and text are no columns.
 * Not a row that fills more columns than a marker and its text: "1." / "open house" / "58" / ... is a numbered row.
 */
const isItem = (l: Row) => LIST_MARKER.test(l.chunks[0].text) && l.chunks.length <= 3;

/** The table whose first line is rows[start], and the line after it; undefined when the lines there are no table. */
function tableFrom(lines: Row[], start: number, words: ReadonlySet<string>): { table: PdfTable; end: number } | undefined {
  const size = lines[start].size;
  // Candidate lines: same font size, close below each other.
  let end = start + 1;
  const listStart = isItem(lines[start]);
  while (end < lines.length && Math.abs(lines[end].size - size) <= 0.5 && lines[end - 1].y - lines[end].y <= size * 2.6 && (listStart || !isItem(lines[end]))) end++;
  const multi = lines.slice(start, end).filter((l) => l.chunks.length >= 2);
  if (multi.length < 2) return undefined;
  const columns = columnsOf(multi);
  if (columns.length < 2) return undefined;
  // Bullets or numbers set apart from their text are a list, not a table.
  if (multi.every(isItem)) return undefined;
  // The table ends at the first line with a chunk outside the columns (the text after it).
  let last = start;
  while (last < end && lines[last].chunks.every((c) => columnOf(columns, c) >= 0)) last++;
  // Header cells set higher than the first line with several cells (a long header that wraps while the short ones are centred).
  let first = start;
  const fitsAbove = (l: Row, below: Row) =>
    Math.abs(l.size - size) <= 0.5 && l.y - below.y <= size * 2.6 && l.chunks.every((c) => columnOf(columns, c) >= 0 && !FIGURE.test(c.text));
  while (first > 0 && start - first < 3 && fitsAbove(lines[first - 1], lines[first])) first--;
  const run = lines.slice(first, last);
  if (run.filter((l) => l.chunks.length >= 2).length < 2) return undefined;
  widenToTheirLines(columns, run);

  const cells = cellsOf(run, columns, size, words);
  const pipeLines = toPipeLines(cells[0], cells.slice(1));
  const used = new Set(run.flatMap((l) => l.chunks.flatMap((c) => c.items)));
  return { table: { items: used, first: Math.min(...used), size, lines: pipeLines }, end: last };
}

/** A column's edge is where its widest line ends, also a wrapped line alone in it ("Kleedruim" under "2."): a line that reaches it was full. */
function widenToTheirLines(columns: { x: number; end: number }[], run: Row[]): void {
  for (const c of run.flatMap((l) => l.chunks)) {
    const k = columnOf(columns, c);
    if (k >= 0) columns[k].end = Math.max(columns[k].end, c.end);
  }
}

/** The table's cells, row by row: a line that wraps the cells of the row above joins them, any other line starts a row. */
function cellsOf(run: Row[], columns: { x: number; end: number }[], size: number, words: ReadonlySet<string>): string[][] {
  const cells: string[][] = [];
  let rowColumns = new Set<number>();
  /** Per column, the cell's line above: where it ended decides how the next line joins it. */
  const lastLine = new Map<number, Chunk>();
  const rowGap = medianGap(run);
  run.forEach((line, k) => {
    const placed = line.chunks.map((c) => ({ c, col: columnOf(columns, c) }));
    const cols = new Set(placed.map((p) => p.col));
    const subset = [...cols].every((c) => rowColumns.has(c)) && cols.size < rowColumns.size;
    const firstCell = placed.find((p) => p.col === 0)?.c.text;
    const close = k > 0 && run[k - 1].y - line.y < rowGap - size * 0.03;
    // A figure under a figure that was whole ("95" / "12.975" of a total row whose first cell is empty) starts a row.
    const figure = (text = '') => FIGURE.test(text.replace(/\*\*/g, ''));
    const figureUnderFigure = placed.some((p) => p.col > 0 && figure(p.c.text) && figure(lastLine.get(p.col)?.text) && !reachesEdge(lastLine.get(p.col), columns[p.col], size));
    const wraps = subset && !figureUnderFigure && (cells.length === 1 || !firstCell || /^[\p{Ll}(]/u.test(firstCell) || close);
    // A header whose short cells are centred or set low starts with the wrapped ones: it goes on until the first figures.
    // A line set closer than the rows are apart wraps the header cells above, even when it fills every column.
    // Not a line that fills every column anew under a header already complete, naming its row with a capital ("Solvabiliteit").
    const newRow = cells.length === 1 && cells[0].every(Boolean) && cols.size === columns.length && /^\p{Lu}\p{Ll}/u.test(firstCell ?? '');
    const headerForming = cells.length === 1 && !newRow && !placed.some((p) => p.col > 0 && FIGURE.test(p.c.text)) && (!(cells[0][0] && firstCell) || close);
    // Every cell of the row broken at once in narrow columns ("Bijdra" / "ge bedrijfsvoering", "149.7" / "00"): the rest of the row.
    const brokenRow = cells.length > 1 && (!firstCell || /^\p{Ll}/u.test(firstCell)) && placed.every((p) => p.col === 0 || reachesEdge(lastLine.get(p.col), columns[p.col], size));
    const continues = k > 0 && (wraps || headerForming || brokenRow);
    if (!continues) {
      cells.push(columns.map(() => ''));
      rowColumns = cols;
      lastLine.clear();
    }
    const row = cells[cells.length - 1];
    for (const { c, col } of placed) {
      row[col] = row[col] ? joinWrapped(row[col], lastLine.get(col), c.text, columns[col], size, words) : c.text;
      lastLine.set(col, c);
    }
  });
  return cells;
}

/**
 * A wrapped cell's next line joined to the text so far. A word too long for a narrow column is broken
 * without a hyphen ("Dalfse" / "n", "Perce" / "ntage"): joined without a space when the joined word
 * is one the document uses outside its tables (`words`), or, when the word before the break is not one
 * it uses, when the line above is one word reaching the edge of a narrow column and the next goes on in
 * lower case. A line ending in a hyphen ("Olst-" / "Wijhe", a date "31-" / "12-2025") joins without a space too.
 */
function joinWrapped(text: string, above: Chunk | undefined, next: string, column: { x: number; end: number }, size: number, words: ReadonlySet<string>): string {
  if (/[\p{L}\d]-$/u.test(text) && /^[\p{L}\d]/u.test(next)) return `${text}${next}`;
  // A number too wide for its column goes on under it: "21.30" / "0" is 21.300.
  if (/\d[.,]?$/.test(text) && /^\d[\d.,]*$/.test(next) && reachesEdge(above, column, size)) return `${text}${next}`;
  const before = text.match(/\p{L}+$/u)?.[0]?.toLowerCase();
  const after = next.match(/^\p{Ll}+/u)?.[0];
  if (!above || !before || !after) return `${text} ${next}`;
  if (words.has(`${before}${after}`)) return `${text}${next}`;
  if (words.has(before)) return `${text} ${next}`;
  // In a wider column, a line filled by a part that is no Dutch word ("Dagbehand" / "eling") was broken off too.
  const fillsNarrowColumn = !/\s/.test(above.text.replace(/^\d{1,2}\.\s/, '')) && reachesEdge(above, column, size) && (column.end - column.x < size * 4.5 || !isDictionaryForm(fold(before)));
  return fillsNarrowColumn ? `${text}${next}` : `${text} ${next}`;
}

/** Whether a cell's line ends at its column's right edge: the line was full, so what follows it was broken off. */
const reachesEdge = (line: Chunk | undefined, column: { x: number; end: number }, size: number) => !!line && Math.abs(column.end - line.end) < size * 0.6;

/** The words of the text outside the tables of these pages, in lower case: they tell a broken word from two words. */
export function wordsOutsideTables(pages: PdfItem[][]): Set<string> {
  const words = new Set<string>();
  for (const items of pages) {
    const inTable = new Set(findPdfTables(items).flatMap((t) => [...t.items]));
    items.forEach((item, k) => {
      if (!inTable.has(k)) for (const w of item.str.toLowerCase().match(/\p{L}+/gu) ?? []) words.add(w);
    });
  }
  return words;
}

/**
 * The usual distance between two rows: the median baseline gap above a line that fills several columns, from the
 * line right above it (the last line of a row whose cells wrap, not the row's first line).
 */
function medianGap(lines: Row[]): number {
  const gaps = lines.flatMap((l, k) => (k > 0 && l.chunks.length >= 2 ? [lines[k - 1].y - l.y] : [])).sort((a, b) => a - b);
  return gaps.length ? gaps[Math.floor(gaps.length / 2)] : Infinity;
}
