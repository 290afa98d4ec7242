/**
 * Tables in documents. Every reader (markdown, Word, PDF) writes a table as markdown pipe lines;
 * this module finds those blocks in the text, keeps their caption, column headers and rows, and
 * turns each row into a passage of its own: the header line plus that row, so a row is found by its
 * row name and column headers and can be read back cell by cell when it is answered.
 */
import { MONTHS } from '../../shared/dutch-date';
import type { Passage } from './qa.domain';

export interface Table {
  /** "Tabel 1. Kosten per gemeente", or the heading the table sits under when it has no caption. */
  caption: string;
  headers: string[];
  rows: string[][];
}

const PIPE_LINE = /^\|.*\|$/;
export const SEPARATOR = /^\|[\s|:-]+\|$/;
/** A line that names the table under it: "Tabel 2. …", "Table 3: …", "Overzicht 1 – …", "Figuur"-less. */
const CAPTION = /^(tabel|table|overzicht|bijlage)\s*\d*[a-z]?\s*[.:–-]?\s*\S/i;

export const isPipeLine = (line: string) => PIPE_LINE.test(line.trim());

/** A first cell that is a number or code ("2027-04", "A3", "12"), as in an action list: the row is named by the cell after it too. */
export const isCodeCell = (cell: string) => /^[A-Z]{0,3}[-.]?\d+([-./]\d+)*[a-z]?\.?$/.test(cell.trim());

export function cellsOf(line: string): string[] {
  return line
    .trim()
    .replace(/^\||\|$/g, '')
    .split('|')
    // A markdown total row is often bold ("**Totaal** | **23**"): its cells are the words and figures inside.
    .map((c) => c.replace(/\s+/g, ' ').trim().replace(/^(\*\*|__)(.+)\1$/, '$2'));
}

/** A table as pipe lines: the header, the markdown separator and the rows. A "|" inside a cell becomes "/". */
export function toPipeLines(headers: string[], rows: string[][]): string[] {
  const line = (cells: string[]) => `| ${cells.map((c) => c.replace(/\|/g, '/').replace(/\s+/g, ' ').trim()).join(' | ')} |`;
  return [line(headers), `|${headers.map(() => '---').join('|')}|`, ...rows.map(line)];
}

/**
 * "**Actielijst na de vergadering van 14 maart 2027**", or that line unmarked after a finished sentence: a short line
 * that is no sentence, right above a table, names it as a caption would.
 */
function namesTable(line: string, previous: string): boolean {
  // "**2. Taakverdeling**" is a numbered heading: it opens a section of its own, whose first content is the table.
  if (/^\*\*[^*]{3,120}\*\*$/.test(line)) return !/^\*\*\d+[.)]?\s/.test(line);
  return /^\p{Lu}[^.!?;:|#]{2,100}$/u.test(line) && line.split(' ').length <= 12 && (!previous || /[.!?]$/.test(previous));
}

/** A caption line right above a table (blank lines aside), else undefined. */
export function captionAbove(lines: string[], tableStart: number): number | undefined {
  for (let k = tableStart - 1; k >= 0 && k >= tableStart - 2; k--) {
    const line = lines[k].trim();
    if (!line) continue;
    if (isPipeLine(line)) return undefined;
    return (CAPTION.test(line) && line.length <= 200) || namesTable(line, lines[k - 1]?.trim() ?? '') ? k : undefined;
  }
  return undefined;
}

/** A numbered caption right below a table ("Tabel 2. …", as some reports set it) that does not head a next table. */
function captionBelow(lines: string[], tableEnd: number): number | undefined {
  const next = (from: number) => {
    let k = from;
    while (k < lines.length && !lines[k].trim()) k++;
    return k;
  };
  const k = next(tableEnd);
  const line = lines[k]?.trim() ?? '';
  // In italics or bold too ("*Tabel 1. Kerncijfers verblijf. Bron: RIJM.*").
  if (!/^[*_]{0,2}(tabel|table)\s*\d+[a-z]?\s*[.:–-]\s*\S/i.test(line) || line.length > 200) return undefined;
  return isPipeLine(lines[next(k + 1)] ?? '') ? undefined : k;
}

/** A block of pipe lines starting at `start`: the table and the index after it; undefined when it is not a table. */
export function pipeTableAt(lines: string[], start: number): { headers: string[]; rows: string[][]; end: number } | undefined {
  let end = start;
  while (end < lines.length && isPipeLine(lines[end])) {
    // A separator below a row opens a new table at that row, its header: two tables with no line between ("Activa", "Passiva").
    if (end > start + 2 && SEPARATOR.test(lines[end].trim()) && !SEPARATOR.test(lines[end - 1].trim())) {
      end--;
      break;
    }
    end++;
  }
  const body = lines.slice(start, end).filter((l) => !SEPARATOR.test(l.trim()));
  if (body.length < 2) return undefined;
  const width = Math.max(...body.map((l) => cellsOf(l).length));
  if (width < 2) return undefined;
  const pad = (cells: string[]) => [...cells, ...Array(width - cells.length).fill('')];
  const [headers, ...rows] = body.map((l) => pad(cellsOf(l)));
  return { headers, rows: rows.filter((r) => r.some(Boolean)), end };
}

/** The passage text of one row: the header line and the row, as pipe lines (readable, and parsed back by rowOf). */
export function rowPassageText(headers: string[], row: string[]): string {
  const [header, , line] = toPipeLines(headers, [row]);
  return `${header}\n${line}`;
}

/** A table row passage read back: its column headers and cells; undefined for any other passage. */
export function rowOf(text: string): { headers: string[]; cells: string[] } | undefined {
  const lines = text.split('\n');
  if (lines.length !== 2 || !lines.every(isPipeLine)) return undefined;
  const headers = cellsOf(lines[0]);
  const cells = cellsOf(lines[1]);
  return headers.length >= 2 && headers.length === cells.length ? { headers, cells } : undefined;
}

/** The name a table is cited by: its caption without the trailing period. */
export const captionName = (caption: string) => caption.replace(/^([*_]{1,2})(.*)\1$/, '$2').replace(/\s+/g, ' ').replace(/[.:]\s*$/, '').trim();

export interface FoundTable extends Table {
  /** Line index of the caption above the table, when it has one. */
  captionLine?: number;
  start: number;
  end: number;
}

/** The pipe tables in a document's lines, by the line they start on. */
export function findTables(lines: string[]): Map<number, FoundTable> {
  const out = new Map<number, FoundTable>();
  for (let i = 0; i < lines.length; i++) {
    if (!isPipeLine(lines[i])) continue;
    const table = pipeTableAt(lines, i);
    if (!table) continue;
    const captionLine = captionAbove(lines, i) ?? captionBelow(lines, table.end);
    out.set(i, { caption: captionLine === undefined ? '' : captionName(lines[captionLine]), headers: table.headers.map(spelledDates), rows: table.rows, captionLine, start: i, end: table.end });
    i = table.end - 1;
  }
  return out;
}

/**
 * A column header's date in figures written out ("Wachtenden 31-12-2025" -> "Wachtenden 31 december 2025"), as questions
 * name dates; so is "jan. 2037" ("januari 2037"), as "jan" is no month the index reads (it is a first name).
 */
export function spelledDates(header: string): string {
  return datesInFiguresWrittenOut(header.replace(/\bjan\.?(?=\s+(?:19|20)\d{2}\b)/gi, 'januari'));
}

/** "31-12-2057" -> "31 december 2057" (a question's dates are written out as its headers are). */
export const datesInFiguresWrittenOut = (text: string): string =>
  text.replace(/\b(\d{1,2})-(\d{1,2})-((?:19|20)\d{2})\b/g, (date, day: string, month: string, year: string) =>
    Number(day) >= 1 && Number(day) <= 31 && MONTHS[Number(month) - 1] ? `${Number(day)} ${MONTHS[Number(month) - 1]} ${year}` : date,
  );

/** Page furniture that may sit between the two halves of a table split over pages. */
const PAGE_FURNITURE = /^((pagina|page|blz\.?)\s*)?\d+(\s*(van|of|\/)\s*\d+)?$/i;

/**
 * A table that runs over a page break comes out of a PDF as two tables, the second often with the
 * header repeated: joined into one (page numbers between them dropped), the repeated header dropped.
 */
export function joinSplitTables(lines: string[]): string[] {
  const out: string[] = [];
  let header: string | undefined;
  let droppedHeader = false;
  for (const line of lines) {
    const text = line.trim();
    if (!isPipeLine(text)) {
      if (!PAGE_FURNITURE.test(text)) header = undefined;
      out.push(line);
      continue;
    }
    if (header === undefined) {
      header = text;
      out.push(line);
      continue;
    }
    while (PAGE_FURNITURE.test(out[out.length - 1]?.trim() ?? '')) out.pop();
    const rest = restUnderHeader(header, text);
    if (rest && isPipeLine(out[out.length - 1] ?? '') && !SEPARATOR.test(out[out.length - 1].trim())) {
      const split = cellsOf(out[out.length - 1]);
      out[out.length - 1] = toPipeLines(split.map((c, k) => `${c} ${rest[k] ?? ''}`.trim()), [])[0];
    }
    const repeated: boolean = text === header || rest !== undefined || (droppedHeader && SEPARATOR.test(text));
    droppedHeader = repeated && !SEPARATOR.test(text);
    if (!repeated) out.push(line);
  }
  return out;
}

/**
 * A header repeated on the next page with the rest of a row that the page break split set right under
 * it, read as part of the header ("Aanbieder GGZ" under "Aanbieder"): the words past each header cell.
 */
function restUnderHeader(header: string, line: string): string[] | undefined {
  const headers = cellsOf(header);
  const cells = cellsOf(line);
  if (line === header || headers.length !== cells.length) return undefined;
  if (!headers.every((h, k) => cells[k] === h || cells[k].startsWith(`${h} `))) return undefined;
  return cells.map((c, k) => c.slice(headers[k].length).trim());
}

/** A table as an answer reads it: its caption (the section), column headers and rows of cells. */
export interface TableView {
  caption: string;
  headers: string[];
  rows: string[][];
}

/** The whole table a row passage belongs to: its neighbours with the same caption and column headers. */
export function tableOf(passage: Passage, at: (position: number) => Passage | undefined): { table: TableView; row: number } | undefined {
  const own = rowOf(passage.text);
  if (!own) return undefined;
  const key = own.headers.join('|');
  const cellsAt = (position: number) => {
    const p = at(position);
    const row = p && p.section === passage.section ? rowOf(p.text) : undefined;
    return row && row.headers.join('|') === key ? row.cells : undefined;
  };
  let first = passage.position;
  while (first > 0 && passage.position - first < 300 && cellsAt(first - 1)) first--;
  const rows: string[][] = [];
  for (let k = first, cells = cellsAt(k); cells && rows.length < 400; cells = cellsAt(++k)) rows.push(cells);
  return { table: { caption: passage.section, headers: own.headers, rows }, row: passage.position - first };
}
