/**
 * Lines that are items of a list, not headings: how documents set the items of risks, alternatives, arguments or annexes.
 */

/** A paragraph's bold opening label with its number or letter, and the rest of its line. */
const BOLD_LABEL = /^\*\*\s*(\d{1,2}[.)]|[A-Za-z][.)])\s+([^*]{2,200}?)\s*\*\*([^\n]*)/gm;
/** The label as item text: "1. Krapte op de arbeidsmarkt. Voor ..."; a bold line that ends no sentence ("**1. Opening**") stays a heading. */
const labelAsItem = (line: string, n: string, label: string, rest: string) => (/[.!?]$/.test(label) || rest.trim() ? `${n} ${label}${rest}` : line);

/**
 * "**1. Krapte op de arbeidsmarkt.** Voor de nieuwe regeling ...": a paragraph opening with a bold numbered or lettered
 * label is an item of a list (risks, alternatives, arguments), as Word and PDF text give it without the bold. It opens a
 * line also where a PDF's text runs it onto the line before; the label may close on a later line when a PDF line wraps
 * inside it.
 */
export const withBoldLabelsAsItems = (text: string): string =>
  text.replace(/(?<=[.!?])[ \t]+(?=\*\*\s*(?:\d{1,2}|[A-Za-z])[.)]\s)/g, '\n').replace(BOLD_LABEL, labelAsItem);

/**
 * "3. Evaluatie inkoopmodel" between "2. ..." and "4. ...": a numbered item with the next number on the line after it, or
 * the number before on the line before it and no text of its own after it ("3. Financiën" followed by "Het kost ..." is a
 * heading, though "2. ..." is the line before it).
 */
export function besideItsNeighbour(line: string, previous: string | undefined, next: string | undefined, introduced = false): boolean {
  const n = Number(line.match(/^(\d+)\.\s/)?.[1]);
  const numberOf = (other: string | undefined) => Number(other?.match(/^(\d+)\.\s/)?.[1]);
  // A new sentence after it (a capital): its text; a wrapped item goes on in lower case. The last item of a list its
  // sentence introduced ("... is gegund:", "4. De Lindeboom", "5. Kinderhuis Noorderpoort", then "Vier inschrijvers ...") ends it.
  const textFollows = next !== undefined && /^\p{Lu}/u.test(next) && !introduced;
  return n > 0 && (numberOf(next) === n + 1 || (numberOf(previous) === n - 1 && !textFollows));
}

/** Whether the numbered lines up to `lines[i]` follow a sentence that introduces them with a colon ("Aan de volgende vijf aanbieders is gegund:"). */
export function listIntroduced(lines: readonly string[], i: number): boolean {
  let start = i;
  while (start > 0 && /^\d+\.\s/.test(lines[start - 1])) start--;
  return start < i && /:\s*$/.test(lines[start - 1] ?? '');
}
