import { LIST_ITEM_LINE, findPdfTables, wordsOutsideTables } from './pdf-tables';
import { joinSplitTables } from './tables';

/** pdf.js (through unpdf) loads when the first PDF is read, not at start-up. */
const unpdf = () => require('unpdf') as typeof import('unpdf');

interface Line {
  text: string;
  size: number;
  /** Where the line's text starts and ends on its page (absent for table lines). */
  left?: number;
  right?: number;
  page?: number;
  /** The baseline of its first physical line on its page (absent for table lines). */
  y?: number;
  /** The font of all its text, when it is set in one font (absent for table lines and lines of mixed fonts). */
  font?: string;
}

/** Rounded font size of a text item: the vertical scale of its transform. */
const sizeOf = (transform: number[]) => Math.round(Math.hypot(transform[2], transform[3]) * 2) / 2;

/**
 * A PDF's text as lines, with headings marked as markdown headings: a line set in a larger font
 * than the body text is a heading, and the larger the font, the higher the level. A title that
 * wraps over two lines (same large size, one after the other) becomes one heading. Tables (found from
 * the positions of the text) come out as markdown pipe lines where they start on the page.
 */
export async function pdfText(data: Uint8Array): Promise<string> {
  const pdf = await unpdf().getDocumentProxy(data);
  const lines: Line[] = [];
  const pages = [];
  for (let p = 1; p <= pdf.numPages; p++) {
    const content = await (await pdf.getPage(p)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item : { str: '', transform: [0, 0, 0, 0, 0, 0], width: 0, hasEOL: false })));
  }
  const placed = pages.map((items) => items.map((item) => ({ str: item.str, x: item.transform[4], y: item.transform[5], width: item.width, size: sizeOf(item.transform) })));
  const words = wordsOutsideTables(placed);
  for (const [p, items] of pages.entries()) {
    let current: Line | undefined;
    let lastY: number | undefined;
    let noteNumber = '';
    const pageBody = bodySize(items.map((item) => ({ text: item.str, size: sizeOf(item.transform) })));
    const tables = findPdfTables(placed[p], words);
    const inTable = new Set(tables.flatMap((t) => [...t.items]));
    for (const [index, item] of items.entries()) {
      const table = tables.find((t) => t.first === index);
      if (table) {
        if (current) lines.push(current);
        current = undefined;
        lines.push(...table.lines.map((text) => ({ text, size: table.size })));
      }
      if (inTable.has(index) || !item.str) continue;
      const note = noteNumberRole(item, current, lastY, () => items.slice(index + 1, index + 4).find((i) => i.str.trim()), pageBody);
      // A footnote's number stays on its word's line ("verbindt.1"), or opens its note's line ("1 Dit alles ...").
      if (note === 'marks') current!.text = current!.text.trimEnd() + item.str.trim();
      if (note === 'opens' && current) lines.push(current);
      if (note === 'opens') [current, noteNumber] = [undefined, `${item.str.trim()} `];
      if (note) continue;
      const y = item.transform[5];
      if (current && lastY !== undefined && Math.abs(y - lastY) > 2) {
        lines.push(current);
        current = undefined;
      }
      if (item.str.trim()) {
        const size = sizeOf(item.transform);
        const [left, right] = [item.transform[4], item.transform[4] + item.width];
        const font = (item as { fontName?: string }).fontName;
        current = current
          ? { ...current, text: current.text + item.str, size: Math.max(current.size, size), left: Math.min(current.left ?? left, left), right: Math.max(current.right ?? right, right), font: current.font === font ? font : undefined }
          : { text: noteNumber + item.str, size, left, right, page: p, y, font };
        noteNumber = '';
      } else if (current && item.str) current.text += item.str;
      lastY = y;
      if (item.hasEOL && current) {
        lines.push(current);
        current = undefined;
      }
    }
    if (current) lines.push(current);
  }
  // A bullet glyph ("●", "•") is a list item as markdown writes it ("- "), so its lines stay items of their own.
  const tidy = lines.map((l) => ({ ...l, text: l.text.replace(/\s+/g, ' ').trim().replace(/^[●•▪◦■➢►]\s*/, '- ') })).filter((l) => l.text);
  const isEmphasized = emphasized(tidy);
  return joinSplitTables(markHeadings(renumberRestartedLists(withEmphasis(joinWrappedLines(tidy, isEmphasized), isEmphasized))).split('\n')).join('\n');
}

type Item = { str: string; transform: number[]; width: number };
/**
 * A number of one or two digits set small (at most 80 % of the page's body size) is a footnote's number: right after the
 * last word of a line it marks that word; at the start of a line, with the note's text right beside it (the foot of the
 * page), it opens the note. A page number alone on its line does neither.
 */
/** `current` is the line being read, `lastY` the baseline of its last text; `nextItem` is looked up only for a small number. */
function noteNumberRole(item: Item, current: Line | undefined, lastY: number | undefined, nextItem: () => Item | undefined, pageBody: number): 'marks' | 'opens' | undefined {
  const size = sizeOf(item.transform);
  if (!/^\s*\d{1,2}\s*$/.test(item.str) || size > 0.8 * pageBody) return undefined;
  if (current && lastY !== undefined && item.transform[4] >= (current.right ?? 0) - 1 && Math.abs(item.transform[5] - lastY) < current.size) return 'marks';
  const next = nextItem();
  const beside = next && /\p{L}/u.test(next.str) && next.transform[4] - (item.transform[4] + item.width) < 2 * size && Math.abs(next.transform[5] - item.transform[5]) < sizeOf(next.transform);
  return beside ? 'opens' : undefined;
}

/**
 * A whole line in the body size but another font than the body text's (bold, as a question of a list of questions and
 * answers or a plain heading is set): a test on a line. The body font is the one most of the body-size text is set in.
 */
function emphasized(lines: Line[]): (line: Line) => boolean {
  const body = bodySize(lines);
  const chars = new Map<string, number>();
  for (const l of lines) if (l.size === body && l.font) chars.set(l.font, (chars.get(l.font) ?? 0) + l.text.length);
  const bodyFont = [...chars.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  return (line) => !!bodyFont && !!line.font && line.font !== bodyFont && line.size === body && !line.text.startsWith('|');
}

/**
 * An emphasized question written as markdown bold ("**Wat als ...?**"), as the Word and markdown readers keep it: it
 * heads its answer (passages.ts). Other emphasized lines (a table's header repeated on a new page) stay as they are.
 */
function withEmphasis(lines: Line[], isEmphasized: (line: Line) => boolean): Line[] {
  return lines.map((l) => (isEmphasized(l) && l.text.endsWith('?') ? { ...l, text: `**${l.text}**` } : l));
}

/** An article's or chapter's heading set in the body size ("Artikel 4 Bezwaar"): not a sentence, so no end mark. */
const HEADING_LINE = /^(artikel|art\.|hoofdstuk|paragraaf|bijlage)\s*\d+[a-z]?\b(?!.*[.:;,]$)/i;

/** The size most of the text is set in. */
function bodySize(lines: Line[]): number {
  const chars = new Map<number, number>();
  for (const l of lines) chars.set(l.size, (chars.get(l.size) ?? 0) + l.text.length);
  return [...chars.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0;
}

/**
 * A line that ran up to its page's right margin wrapped: the next line goes on with its paragraph, also when the
 * wrap fell after a full stop ("... bij de regiomanager." / "Artikel 3 is van overeenkomstige toepassing."). The
 * test: the next line's first word would not have fitted after it (letter width from that physical line). A list
 * item, a heading, a line of another size or one emphasized where the other is not starts anew.
 */
function joinWrappedLines(lines: Line[], isEmphasized: (line: Line) => boolean): Line[] {
  const margins = new Map<number | undefined, number>();
  for (const l of lines) margins.set(l.page, Math.max(margins.get(l.page) ?? 0, l.right ?? 0));
  const inParagraph = lineInParagraph(lines);
  const out: Line[] = [];
  let above: Line | undefined; // the physical line before this one
  for (const line of lines) {
    const charWidth = above?.left !== undefined && above.right !== undefined ? (above.right - above.left) / above.text.length : 0;
    const firstWord = line.text.split(' ')[0];
    const margin = margins.get(line.page) ?? 0;
    const wrapped = !!above && charWidth > 0 && line.left !== undefined && above.page === line.page && above.size === line.size && !LIST_ITEM_LINE.test(line.text) && !HEADING_LINE.test(line.text) && isEmphasized(line) === isEmphasized(above) && (above.right! + charWidth * (firstWord.length + 1) > margin || inParagraph(above, line, margin));
    if (wrapped) out[out.length - 1] = { ...out[out.length - 1], text: joinedAtWrap(out[out.length - 1].text, line.text) };
    else out.push(line);
    above = line;
  }
  return out;
}

/**
 * A name or a date broken at its hyphen ("Olst-" / "Wijhe", "31-" / "12-2025") is one word again; "in-" / "en uitstroom"
 * keeps its space, as "zowel in-" / "als uitstroom" does.
 */
const joinedAtWrap = (text: string, next: string): string =>
  /[\p{L}\d]-$/u.test(text) && /^[\p{L}\d]/u.test(next) && !/^(?:en|of|tot|en\/of|als|dan|noch|maar|alsook)\b/i.test(next) ? `${text}${next}` : `${text} ${next}`;

/** How much wider than a line's pitch the gap between two paragraphs is, when paragraphs are set apart. */
const PARAGRAPH_GAP = 1.3;

/**
 * A document that sets its paragraphs apart (a gap wider than the line pitch after each) shows where a paragraph goes on:
 * a long line with the next one right under it at the line pitch, starting at the same left, wrapped, also when the
 * letter-width estimate says the next word would have fitted ("... € 163,4 miljoen." / "De prognose ..."). A test on
 * two lines of a page (the text's right margin given); never true in a document whose paragraphs follow at the pitch.
 */
function lineInParagraph(lines: Line[]): (above: Line, line: Line, margin: number) => boolean {
  const gaps = lines.flatMap((l, k) => {
    const above = lines[k - 1];
    return above?.y !== undefined && l.y !== undefined && above.page === l.page && above.size === l.size ? [Math.round((above.y - l.y) * 2) / 2] : [];
  });
  const counts = new Map<number, number>();
  for (const g of gaps) if (g > 0) counts.set(g, (counts.get(g) ?? 0) + 1);
  const pitch = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  if (!pitch || !gaps.some((g) => g >= pitch * PARAGRAPH_GAP && g < pitch * 2.5)) return () => false;
  return (above, line, margin) =>
    above.y !== undefined && line.y !== undefined && Math.abs(above.y - line.y - pitch) <= 0.6 && Math.abs((above.left ?? 0) - (line.left ?? -1)) < 1 && (above.right ?? 0) > margin - (margin - (above.left ?? 0)) * 0.15;
}

/**
 * Numbered leden that all read "1." (a list whose numbering restarts at every item, as some Word exports print it)
 * are numbered 1, 2, 3 again, so "lid 3" and the answer's numbering say what the article says. Only items at the
 * same indentation that follow a "1." of the same list; a heading (larger, or an "Artikel 4" line) ends the list.
 */
function renumberRestartedLists(lines: Line[]): Line[] {
  const body = bodySize(lines);
  let list: { left: number; next: number } | undefined;
  return lines.map((line) => {
    if (line.size > body || HEADING_LINE.test(line.text)) list = undefined;
    const number = line.text.match(/^(\d{1,2})\.\s/)?.[1];
    if (!number || line.left === undefined) return line;
    if (number === '1' && list && Math.abs(list.left - line.left) < 2 && list.next > 1) return { ...line, text: line.text.replace(/^1\./, `${list.next++}.`) };
    list = number === '1' ? { left: line.left, next: 2 } : undefined;
    return line;
  });
}

/** A heading's own number ("2 Doel", "3.1 Niveau 1", "4. Route"): a new heading, where a year ("2026-2028") continues a wrapped title. */
const SECTION_NUMBER = /^\d{1,2}(?:\.\d{1,2})*[.)]?(?:\s|$)/;

export function markHeadings(lines: Line[]): string {
  const body = bodySize(lines);
  const headingSizes = [...new Set(lines.map((l) => l.size))].filter((s) => s >= body * 1.12).sort((a, b) => b - a);
  const out: string[] = [];
  let previous: Line | undefined;
  for (const line of lines) {
    const level = headingSizes.indexOf(line.size) + 1;
    if (level > 0 && line.text.length <= 160) {
      // A wrapped heading: the same size right after a heading line that did not end a sentence ("jeugd-" / "GGZ" is one word).
      if (previous && previous.size === line.size && out.length && !/[.:]$/.test(previous.text) && !SECTION_NUMBER.test(line.text)) out[out.length - 1] = joinedAtWrap(out[out.length - 1], line.text);
      else out.push(`${'#'.repeat(Math.min(level, 6))} ${line.text}`);
    } else out.push(line.text);
    previous = level > 0 ? line : undefined;
  }
  return out.join('\n');
}
