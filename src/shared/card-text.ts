/**
 * User text shown in an Adaptive Card to other people. TextBlocks render markdown, and Teams turns
 * `<at>…</at>` into what looks like a mention, so a theme title or a question could otherwise
 * carry links, headings, bold "official" lines or fake mentions into someone else's card.
 * Markdown characters are backslash-escaped (shown as typed); angle brackets become look-alikes
 * that no renderer treats as markup. Use it for display fields only, never for input values or
 * action data (those are not rendered as markdown and must round-trip unchanged).
 */
export function cardText(text: string): string {
  return text
    .replace(/[\\`*_~[\]]/g, '\\$&')
    .replace(/</g, '\u2039') // ‹
    .replace(/>/g, '\u203A') // ›
    .replace(/^(\s*)([-+#])/gm, '$1\\$2') // list item or heading at a line start
    .replace(/^(\s*\d+)\./gm, '$1\\.'); // numbered list item
}

/**
 * Document text (an answer, a passage, a table cell) in an Adaptive Card: links, code and markup a
 * document happens to contain are shown as typed, but the bot's own list lines ("1. …", "- …") stay
 * lists. A heading mark at a line start is escaped too. A document's bold label ("**E-12 De Linde.**
 * ...") stays bold: shown as typed, its asterisks would only be noise, and bold carries no link.
 */
export function documentCardText(text: string): string {
  const escaped = text
    .replace(/[\\`*_~[\]]/g, '\\$&')
    .replace(/</g, '\u2039')
    .replace(/>/g, '\u203A')
    .replace(/^(\s*)#/gm, '$1\\#')
    .replace(/\\\*\\\*((?:[^*\n\\]|\\[^*])+?)\\\*\\\*/g, '**$1**');
  return withNumbersAsWritten(escaped);
}

/**
 * A markdown list numbers its items itself: "2. ..." then "1. ..." (the lid that answers, then the one before it) would show as 2
 * and 3, and a line right after an item runs on inside it. When the numbers of a text do not follow each other, every numbered
 * line keeps its own number ("1\\. ...") as a paragraph of its own.
 */
function withNumbersAsWritten(text: string): string {
  const lines = text.split('\n');
  const numbers = lines.map((line) => Number(/^\s*(\d+)\.\s/.exec(line)?.[1] ?? NaN));
  const outOfOrder = numbers.some((n, k) => k > 0 && !Number.isNaN(n) && !Number.isNaN(numbers[k - 1]) && n !== numbers[k - 1] + 1);
  if (!outOfOrder) return text;
  return lines.map((line, k) => (Number.isNaN(numbers[k]) ? line : `${k > 0 && lines[k - 1].trim() ? '\n' : ''}${line.replace(/^(\s*\d+)\./, '$1\\.')}`)).join('\n');
}
