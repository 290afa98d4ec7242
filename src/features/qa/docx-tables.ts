import { toPipeLines } from './tables';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", nbsp: ' ' };
/** The text of a piece of mammoth's HTML: tags out, entities decoded. */
export const decodeHtml = (s: string) => s.replace(/<[^>]+>/g, '').replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_, e: string) => ENTITIES[e]).trim();
const cellText = (html: string) => decodeHtml(html.replace(/<\/p>\s*<p[^>]*>/g, ' ')).replace(/\s+/g, ' ');

/** The rows of one table's HTML as cell texts; a cell spanning columns repeats its text in each. */
function rowsOf(table: string): string[][] {
  const rows: string[][] = [];
  for (const [, tr] of table.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)) {
    const cells: string[] = [];
    for (const [, attrs, body] of tr.matchAll(/<t[dh]([^>]*)>([\s\S]*?)<\/t[dh]>/g)) {
      const span = Number(attrs.match(/colspan="(\d+)"/)?.[1] ?? 1);
      for (let k = 0; k < Math.min(span, 20); k++) cells.push(cellText(body));
    }
    if (cells.some(Boolean)) rows.push(cells);
  }
  return rows;
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
    const width = Math.max(0, ...rows.map((r) => r.length));
    const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
    const lines = width >= 2 && rows.length >= 2 ? toPipeLines(rows[0], rows.slice(1)) : rows.flat().filter(Boolean);
    out += html.slice(from, start) + lines.map((l) => `<p>${escape(l)}</p>`).join('');
    from = end;
  }
  return out + html.slice(from);
}
