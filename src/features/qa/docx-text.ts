/** mammoth loads when the first Word file is read, not at start-up. */
const mammoth = () => require('mammoth') as typeof import('mammoth');

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", nbsp: ' ' };
const decode = (s: string) => s.replace(/<[^>]+>/g, '').replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_, e: string) => ENTITIES[e]).trim();

/**
 * A Word file as lines that keep its structure: headings as markdown headings ("## Artikel 3"),
 * numbered list items with their number ("2. …"), bullets as "- …", a table row as "cell | cell".
 * Word's numbering is not in the text itself; mammoth's HTML has it as <ol>.
 */
export async function docxText(data: Buffer): Promise<string> {
  const { value: html } = await mammoth().convertToHtml({ buffer: data }, { styleMap: ["p[style-name='Title'] => h1:fresh", "p[style-name='Subtitle'] => p:fresh"] });
  const lines: string[] = [];
  const lists: { ordered: boolean; n: number }[] = [];
  for (const [, tag, body] of html.matchAll(/<(\/?(?:h[1-6]|p|ol|ul|li|tr))[^>]*>([^<]*(?:<(?!\/?(?:h[1-6]|p|ol|ul|li|tr)\b)[^>]*>[^<]*)*)/g)) {
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
    } else if (tag === 'tr') lines.push('');
    if (text) {
      // Text after a closing tag or inside a table cell continues the current line.
      if (tag === 'p' || !lines.length) lines.push(text);
      else lines[lines.length - 1] += lines[lines.length - 1] ? ` | ${text}` : text;
    }
  }
  return lines.filter((l) => l.trim()).join('\n');
}
