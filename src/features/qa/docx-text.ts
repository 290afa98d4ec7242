import { decodeHtml as decode, docxTablesAsPipes } from './docx-tables';

/** mammoth loads when the first Word file is read, not at start-up. */
const mammoth = () => require('mammoth') as typeof import('mammoth');


/**
 * A Word file as lines that keep its structure: headings as markdown headings ("## Artikel 3"),
 * numbered list items with their number ("2. …"), bullets as "- …", a table as markdown pipe lines.
 * Word's numbering is not in the text itself; mammoth's HTML has it as <ol>.
 */
export async function docxText(data: Buffer): Promise<string> {
  const { value: wordHtml } = await mammoth().convertToHtml({ buffer: data }, { styleMap: ["p[style-name='Title'] => h1:fresh", "p[style-name='Subtitle'] => p:fresh"] });
  const html = docxTablesAsPipes(wordHtml);
  const lines: string[] = [];
  const lists: { ordered: boolean; n: number }[] = [];
  for (const [, tag, body] of html.matchAll(/<(\/?(?:h[1-6]|p|ol|ul|li))[^>]*>([^<]*(?:<(?!\/?(?:h[1-6]|p|ol|ul|li)\b)[^>]*>[^<]*)*)/g)) {
    const text = decode(body);
    if (tag === 'ol' || tag === 'ul') lists.push({ ordered: tag === 'ol', n: 0 });
    else if (tag === '/ol' || tag === '/ul') lists.pop();
    else if (tag === 'li') {
      const list = lists[lists.length - 1];
      if (list) list.n += 1;
      lines.push(`${list?.ordered ? `${list.n}.` : '-'} ${text}`);
      continue;
    } else if (/^h[1-6]$/.test(tag)) {
      lines.push(`${'#'.repeat(Number(tag[1]))} ${text}`);
      continue;
    }
    if (text) {
      // Text after a closing tag continues the current line.
      if (tag === 'p' || !lines.length) lines.push(text);
      else lines[lines.length - 1] += ` ${text}`;
    }
  }
  return lines.filter((l) => l.trim()).join('\n');
}
