import { decodeHtml as decode, docxTablesAsPipes } from './docx-tables';
import { withWordFootnotesInline } from './docx-footnotes';

/** A typed list item of a lid: "a. de aanleiding;", "b) ...". */
const LETTERED_ITEM = /^[a-z][.)]\s/;

/**
 * A question set in bold as a whole paragraph ("<strong>Wat als ...?</strong>"): kept bold, as a markdown file has it, so it
 * heads its answer (passages.ts). Other bold paragraphs are plain text: their asterisks would hide where a sentence ends.
 */
const BOLD_QUESTION = /^\s*<strong>[^<]*\?\s*<\/strong>\s*$/;

/** mammoth loads when the first Word file is read, not at start-up. */
const mammoth = () => require('mammoth') as typeof import('mammoth');


/**
 * A Word file as lines that keep its structure: headings as markdown headings ("## Artikel 3"),
 * numbered list items with their number ("2. …"), bullets as "- …", a table as markdown pipe lines.
 * Word's numbering is not in the text itself; mammoth's HTML has it as <ol>.
 */
export async function docxText(data: Buffer): Promise<string> {
  const { value: wordHtml } = await mammoth().convertToHtml({ buffer: data }, { styleMap: ["p[style-name='Title'] => h1:fresh", "p[style-name='Subtitle'] => p:fresh"] });
  const html = docxTablesAsPipes(withWordFootnotesInline(wordHtml));
  const lines: string[] = [];
  const lists: { ordered: boolean; n: number }[] = [];
  // Leden numbered by Word go on after typed "a." items between them ("2. ... ten minste:", "a. ...", "3. ..."):
  // mammoth closes the list at those paragraphs and starts a new one, so the count is carried over.
  let closed: { n: number; line: number } | undefined;
  for (const [, tag, body] of html.matchAll(/<(\/?(?:h[1-6]|p|ol|ul|li))[^>]*>([^<]*(?:<(?!\/?(?:h[1-6]|p|ol|ul|li)\b)[^>]*>[^<]*)*)/g)) {
    const text = tag === 'p' && BOLD_QUESTION.test(body) ? `**${decode(body)}**` : decode(body);
    if (tag === 'ol' || tag === 'ul') {
      const goesOn = tag === 'ol' && lists.length === 0 && closed && lines.slice(closed.line).every((l) => LETTERED_ITEM.test(l));
      lists.push({ ordered: tag === 'ol', n: goesOn ? closed!.n : 0 });
    } else if (tag === '/ol' || tag === '/ul') {
      const list = lists.pop();
      closed = list?.ordered && lists.length === 0 ? { n: list.n, line: lines.length } : undefined;
    }
    else if (tag === 'li') {
      const list = lists[lists.length - 1];
      if (list) list.n += 1;
      lines.push(`${list?.ordered ? `${list.n}.` : '-'} ${text}`);
      continue;
    } else if (/^h[1-6]$/.test(tag)) {
      closed = undefined;
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
