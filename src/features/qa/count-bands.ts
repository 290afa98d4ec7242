import { sameNoun } from './announced-rows';
import { WEAK_TERMS, tokenize } from './dutch-text';
import { COUNT_WORDS, SMALL_NUMBERS, countOf } from './number-words';
import type { Passage, QaResult } from './qa.domain';
import { rowOf, tableOf } from './tables';
import type { TableSource } from './table-cells';

/**
 * Bands of a count, as a regulation lists them: "a. één gemeente: score 1; b. twee of drie gemeenten: score 2; ...
 * d. zes tot en met acht gemeenten: score 4; e. negen of meer gemeenten: score 5". A question that gives a count of the
 * same thing ("als 7 gemeenten achter een thema staan, welke score krijgt het?") is answered by the band the count
 * falls in, with the lid that introduces the list: the count is a value to place, no word to find.
 */

const N = String.raw`(\d{1,3}|${Object.keys(SMALL_NUMBERS).join('|')})`;

/** "7 gemeenten", "zeven leden": the count a question gives and what it counts ("een" is mostly an article). */
const COUNT_ASKED = new RegExp(String.raw`\b(\d{1,3}|${COUNT_WORDS})\s+(\p{L}{4,})`, 'iu');
/** The value asked after the count: "welke score krijgt het", "hoeveel punten", "wat is de bijdrage". */
const VALUE_ASKED = /\b(?:welke?|wat|hoeveel)\b([^?]*)/i;

interface Band {
  from: number;
  to: number;
}

/** The ranges of a band's opening words, each with how it reads its numbers. */
const RANGES: [RegExp, (a: number, b: number) => Band][] = [
  [new RegExp(String.raw`^${N}\s+(?:tot\s+en\s+met|t/m|-|–)\s+${N}$`, 'iu'), (a, b) => ({ from: a, to: b })],
  [new RegExp(String.raw`^${N}\s+of\s+${N}$`, 'iu'), (a, b) => ({ from: a, to: b })],
  [new RegExp(String.raw`^${N}\s+tot\s+${N}$`, 'iu'), (a, b) => ({ from: a, to: b - 1 })],
  [new RegExp(String.raw`^${N}\s+(?:of|en)\s+meer$|^(?:ten\s+minste|minimaal|vanaf)\s+${N}$`, 'iu'), (a) => ({ from: a, to: Infinity })],
  [new RegExp(String.raw`^meer\s+dan\s+${N}$`, 'iu'), (a) => ({ from: a + 1, to: Infinity })],
  [new RegExp(String.raw`^(?:ten\s+hoogste|maximaal|hooguit)\s+${N}$|^${N}\s+of\s+minder$`, 'iu'), (a) => ({ from: -Infinity, to: a })],
  [new RegExp(String.raw`^minder\s+dan\s+${N}$`, 'iu'), (a) => ({ from: -Infinity, to: a - 1 })],
  [new RegExp(String.raw`^${N}$`, 'iu'), (a) => ({ from: a, to: a })],
];

/** A list item that opens with a band of a count: "d. zes tot en met acht gemeenten: score 4;" -> the range and the noun. */
const BAND_LINE = /^\s*(?:[a-z][.)]|\d{1,2}[.)]|[-•])?\s*((?:[\p{L}\d/–-]+\s+){0,6}?)(\p{L}{4,})\s*:\s*\S/u;

function bandOf(line: string): { band: Band; noun: string } | undefined {
  const m = BAND_LINE.exec(line);
  if (!m) return undefined;
  const opening = m[1].trim();
  for (const [pattern, read] of RANGES) {
    const r = pattern.exec(opening);
    if (r) {
      const [a, b] = r.slice(1).filter((g) => g !== undefined).map(countOf);
      return { band: read(a, b), noun: m[2] };
    }
  }
  return undefined;
}

interface Hit {
  id: string;
  kind: string;
}


/** "| Aantal gemeenten | Score |" with rows "6 tot en met 8 | 4": the row of the band the count falls in, of a table about the value asked. */
function bandRow(passage: Passage, asked: number, noun: string, wanted: string[], source: TableSource): QaResult | undefined {
  const found = tableOf(passage, (position) => source.passageAt(passage.title, position));
  if (!found) return undefined;
  const { headers, rows } = found.table;
  // "6 tot en met 8 gemeenten", or "6 tot en met 8" under "Aantal gemeenten".
  const bands = rows.map((cells) => bandOf(`${cells[0]}: -`) ?? bandOf(`${cells[0]} ${headers[0].split(/\s+/).at(-1)}: -`));
  const of = bands.map((b) => (b && sameNoun(b.noun, noun, source.terms) ? b.band : undefined));
  const at = of.findIndex((b) => b && asked >= b.from && asked <= b.to);
  const said = new Set(tokenize(`${passage.section}\n${headers.join(' ')}`).flatMap((w) => source.terms(w)));
  if (of.filter(Boolean).length < 3 || at < 0 || wanted.filter((t) => said.has(t)).length < Math.min(1, wanted.length)) return undefined;
  const cells = rows[at];
  return {
    kind: 'answer',
    answer: `${cells[0]}: ${headers.slice(1).map((h, k) => `${h}: ${cells[k + 1]}`).join('; ')}.`,
    source: { title: passage.title, section: passage.section },
    passageRef: { kind: 'passage', title: passage.title, position: passage.position - found.row + at },
    confidence: 1,
    table: { headers, rows: [cells] },
  };
}

/** The band a count asked falls in, from the first hit that lists bands of that thing; undefined otherwise. */
export function bandAnswer(question: string, hits: Hit[], source: TableSource): QaResult | undefined {
  const count = COUNT_ASKED.exec(question);
  const value = count && VALUE_ASKED.exec(question.slice(count.index + count[0].length));
  if (!count || !value) return undefined;
  const asked = countOf(count[1]);
  const wanted = [...new Set(tokenize(value[1]).flatMap((w) => source.terms(w).slice(0, 1)))].filter((t) => !WEAK_TERMS.has(t));
  for (const hit of hits.filter((h) => h.kind === 'passage')) {
    const passage = source.passage(hit.id);
    const fromTable = passage && rowOf(passage.text) ? bandRow(passage, asked, count[2], wanted, source) : undefined;
    if (fromTable) return fromTable;
    const lines = passage?.text.split('\n') ?? [];
    const bands = lines.map((line) => bandOf(line)).map((b) => (b && sameNoun(b.noun, count[2], source.terms) ? b.band : undefined));
    if (!passage || bands.filter(Boolean).length < 3) continue;
    const at = bands.findIndex((b) => b && asked >= b.from && asked <= b.to);
    if (at < 0) continue;
    let intro = at - 1;
    while (intro >= 0 && bands[intro]) intro--;
    const said = new Set(tokenize(`${passage.section}\n${lines[intro] ?? ''}\n${lines[at]}`).flatMap((w) => source.terms(w)));
    // The list must be about the value asked ("score", "draagvlak"), not another list of the same thing.
    if (wanted.filter((t) => said.has(t)).length < Math.min(2, wanted.length)) continue;
    return {
      kind: 'answer',
      answer: [lines[intro], lines[at]].filter((l) => l !== undefined).map((l) => l.trim()).join('\n'),
      source: { title: passage.title, section: passage.section },
      passageRef: { kind: 'passage', title: passage.title, position: passage.position },
      confidence: 1,
    };
  }
  return undefined;
}
