import { toPipeLines } from './tables';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", nbsp: ' ' };
/** The text of a piece of mammoth's HTML: tags out, entities decoded. */
export const decodeHtml = (s: string) => s.replace(/<[^>]+>/g, '').replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_, e: string) => ENTITIES[e]).trim();
const cellText = (html: string) => decodeHtml(html.replace(/<\/p>\s*<p[^>]*>/g, ' ')).replace(/\s+/g, ' ');

interface HtmlRow {
  cells: string[];
  /** All cells are header cells (<th>: Word's "repeat as header row"). */
  header: boolean;
  /** A cell spans columns or rows: a group header ("2025" over two columns) when it is a header row. */
  spans: boolean;
}

/**
 * The rows of one table's HTML as cell texts, on a grid: a cell spanning columns repeats its text in
 * each, a cell spanning rows (a merged cell) repeats it in the rows below, so every row has its cells
 * under the right header.
 */
function rowsOf(table: string): HtmlRow[] {
  const rows: HtmlRow[] = [];
  const carried: { text: string; rows: number }[] = [];
  for (const [, tr] of table.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)) {
    const cells: string[] = [];
    let header = true;
    let spans = false;
    const fillCarried = () => {
      while (carried[cells.length]?.rows > 0) {
        carried[cells.length].rows -= 1;
        cells.push(carried[cells.length].text);
      }
    };
    for (const [, tag, attrs, body] of tr.matchAll(/<(t[dh])([^>]*)>([\s\S]*?)<\/t[dh]>/g)) {
      header &&= tag === 'th';
      const span = Math.min(Number(attrs.match(/colspan="(\d+)"/)?.[1] ?? 1), 20);
      const down = Math.min(Number(attrs.match(/rowspan="(\d+)"/)?.[1] ?? 1), 200);
      spans ||= span > 1 || down > 1;
      fillCarried();
      for (let k = 0; k < span; k++) {
        carried[cells.length] = { text: cellText(body), rows: down - 1 };
        cells.push(cellText(body));
      }
    }
    fillCarried();
    if (cells.some(Boolean)) rows.push({ cells, header, spans });
  }
  return rows;
}

/**
 * A group header above its columns ("2025" spanning "Begroot" and "Werkelijk") and the header row
 * under it read as one header: "2025 Begroot". Only a header row with merged cells groups the next:
 * some writers mark every row as a header row.
 */
function headerAndRows(rows: HtmlRow[]): { headers: string[]; body: string[][] } {
  let count = 1;
  while (count < rows.length - 1 && rows[count - 1].header && rows[count - 1].spans && rows[count].header) count++;
  const width = Math.max(...rows.map((r) => r.cells.length));
  const headers = Array.from({ length: width }, (_, k) => {
    const parts = rows.slice(0, count).map((r) => r.cells[k] ?? '');
    return parts.filter((p, i) => p && p !== parts[i - 1]).join(' ');
  });
  return { headers, body: rows.slice(count).map((r) => r.cells) };
}

/**
 * Word tables (mammoth's <table>) as markdown pipe lines, one paragraph per row, so a row stays a
 * row and a cell that is a bare number is not read as a page number. A table inside a table is read
 * as the text of its cell. A one-column table is a framed text, not a table: its cells become paragraphs.
 */
export function docxTablesAsPipes(html: string): string {
  let out = '';
  let from = 0;
  for (let start = html.indexOf('<table', from); start >= 0; start = html.indexOf('<table', from)) {
    let depth = 0;
    let end = start;
    const tag = /<(\/?)table\b[^>]*>/g;
    tag.lastIndex = start;
    for (let m = tag.exec(html); m; m = tag.exec(html)) {
      depth += m[1] ? -1 : 1;
      end = m.index + m[0].length;
      if (depth === 0) break;
    }
    const rows = rowsOf(html.slice(start, end).replace(/(<table[^>]*>)([\s\S]*)(<\/table>)/, (_, a, body: string, c) => a + body.replace(/<table[\s\S]*<\/table>/g, (inner) => cellText(inner)) + c));
    const width = Math.max(0, ...rows.map((r) => r.cells.length));
    const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
    const table = width >= 2 && rows.length >= 2 ? headerAndRows(rows) : undefined;
    const lines = table ? toPipeLines(table.headers, table.body) : rows.flatMap((r) => r.cells).filter(Boolean);
    out += html.slice(from, start) + lines.map((l) => `<p>${escape(l)}</p>`).join('');
    from = end;
  }
  return out + html.slice(from);
}
