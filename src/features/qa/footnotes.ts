/**
 * Footnotes of a text extracted from a PDF: the note ("1 E.e.a. onder voorbehoud van ...") stands at the foot of a
 * page, away from the sentence whose last word carries its number ("faciliteert1."), in the middle of whatever
 * paragraph the page break fell into. Put back as a sentence after the one it belongs to, the note answers what it
 * qualifies ("waar hangt dat voorbehoud van af?") and no longer splits that paragraph.
 */

/** A note's first line: its number, then a sentence. "3 Werkorganisatie" (a heading) ends without a full stop. */
const NOTE_LINE = /^([1-9]\d?)\s+(\p{Lu}.*)$/u;
/** A note runs on in lines that go on with its sentence (lower case), at most this many. */
const MAX_NOTE_LINES = 3;
const MIN_NOTE_WORDS = 6;
const SENTENCE_END = /[.!?](?=\s|$)/g;
/** The number after a word or its sentence's end ("faciliteert1.", "Fte4.", "komen2 .", "verbindt.1"), not part of a figure or a code. */
const markerOf = (n: string) => new RegExp(String.raw`(?<=\p{L}{2}[.,;:!?)]?)${n}(?!\d)\s*(?=[.,;:!?)]|\s|$)`, 'u');

interface Note {
  number: string;
  marker: number;
  from: number;
  to: number;
  text: string;
}

function notesOf(lines: string[]): Note[] {
  const notes: Note[] = [];
  for (let i = 0; i < lines.length; i++) {
    const first = NOTE_LINE.exec(lines[i]);
    if (!first) continue;
    let [text, to] = [first[2], i];
    while (!/[.!?]$/.test(text) && to - i + 1 < MAX_NOTE_LINES && /^\p{Ll}/u.test(lines[to + 1] ?? '')) text += ` ${lines[++to]}`;
    let marker = i - 1;
    while (marker >= 0 && !markerOf(first[1]).test(lines[marker])) marker--;
    if (marker < 0 || !/[.!?]$/.test(text) || text.split(/\s+/).length < MIN_NOTE_WORDS) continue;
    notes.push({ number: first[1], marker, from: i, to, text });
    i = to;
  }
  return notes;
}

/** The lines with each footnote after the sentence that carries its number, and its number taken off that word. */
export function withFootnotesInPlace(lines: string[]): string[] {
  const notes = notesOf(lines);
  if (!notes.length) return lines;
  const out = [...lines];
  for (const note of notes) {
    const line = out[note.marker];
    const at = line.search(markerOf(note.number));
    out[note.marker] = line.replace(markerOf(note.number), '');
    // After the end of the marked sentence: in its own line, else in one of the next lines of the paragraph.
    const last = Math.min(note.marker + MAX_NOTE_LINES, note.from) - 1;
    for (let k = note.marker; k <= last; k++) {
      // "verbindt.1": the number after the full stop marks the sentence it ends.
      const end = k === note.marker && /[.!?]$/.test(out[k].slice(0, at)) ? { index: at - 1 } : [...out[k].matchAll(SENTENCE_END)].find((m) => k > note.marker || m.index >= at);
      if (!end && k < last) continue;
      const cut = end ? end.index + 1 : out[k].length;
      out[k] = `${out[k].slice(0, cut)} Voetnoot: ${note.text}${out[k].slice(cut)}`;
      break;
    }
  }
  const noteLines = new Set(notes.flatMap((n) => Array.from({ length: n.to - n.from + 1 }, (_, k) => n.from + k)));
  return out.filter((_, i) => !noteLines.has(i));
}
