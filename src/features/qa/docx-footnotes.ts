/**
 * Footnotes of a Word file. mammoth puts them in a list at the end of the document ("1. Dit alles onder voorbehoud
 * van ... ↑") and leaves "[1]" where they are referred to: read so, the notes land in the last section and answer
 * nothing. Here each note is put back after the sentence that refers to it, as "Voetnoot: ..." (as footnotes.ts does
 * for text from a PDF), and the list at the end goes.
 */

/** A note in mammoth's list: `<li id="footnote-1"><p>text <a href="#footnote-ref-1">↑</a></p></li>`. */
const NOTE = /<li id="((?:foot|end)note-\d+)">([\s\S]*?)<\/li>/g;
/** A reference: `<sup><a href="#footnote-1" id="footnote-ref-1">[1]</a></sup>`. */
const REFERENCE = /<sup>\s*<a href="#((?:foot|end)note-\d+)"[^>]*>[^<]*<\/a>\s*<\/sup>/g;
const BACK_LINK = /\s*<a href="#(?:foot|end)note-ref-\d+">[^<]*<\/a>/g;
const PARAGRAPH = /(<(p|li|h[1-6])\b[^>]*>)([\s\S]*?)(<\/\2>)/g;
const SENTENCE_END = /[.!?](?=\s|<|$)/g;
/** Where a reference stood while its paragraph is rewritten (no character of Word text). */
const MARK = (id: string) => `\u0000${id}\u0000`;

/** The HTML with each footnote after the sentence that refers to it, and without the notes' list. */
export function withWordFootnotesInline(html: string): string {
  const notes = new Map<string, string>();
  for (const [, id, body] of html.matchAll(NOTE)) notes.set(id, body.replace(BACK_LINK, '').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim());
  if (!notes.size) return html;
  const withoutList = html.replace(NOTE, '').replace(/<ol>\s*<\/ol>/g, '');
  const marked = withoutList.replace(REFERENCE, (_, id: string) => (notes.has(id) ? MARK(id) : ''));
  return marked.replace(PARAGRAPH, (_, open: string, _tag: string, body: string, close: string) => `${open}${withNotesPlaced(body, notes)}${close}`);
}

/** A paragraph's text with each marked note after its sentence: the one the reference ends, else the one it stands in. */
function withNotesPlaced(body: string, notes: Map<string, string>): string {
  let text = body;
  for (const [, id] of body.matchAll(/\u0000([^\u0000]+)\u0000/g)) {
    const at = text.indexOf(MARK(id));
    text = text.replace(MARK(id), '');
    const end = /[.!?]\s*$/.test(text.slice(0, at)) ? at : ([...text.matchAll(SENTENCE_END)].find((m) => m.index >= at)?.index ?? text.length - 1) + 1;
    text = `${text.slice(0, end)} Voetnoot: ${notes.get(id)}${text.slice(end)}`;
  }
  return text;
}
