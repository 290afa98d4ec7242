import { MAX_ANSWER_CHARS, type Passage } from './qa.domain';
import { splitSentences } from './passages';

/** One sentence of a section, with where it sits and whether it is an item of a list. */
interface Unit {
  text: string;
  /** Paragraph (line) number within the section: sentences of one paragraph belong together. */
  line: number;
  /** "1." / "Stap 2:" / "-": the item marker, when the line is a list item or a numbered lid. */
  marker?: string;
  /** The line of the numbered lid this sentence belongs to (its own line, a lettered item under it, or the line closing that list). */
  lid?: number;
  /** A numbered step inside a lid ("1. ... de volgende stappen:" then "1.", "2.", ...), not a lid of its own. */
  step?: boolean;
  score: number;
}

/** An article with leden this short is answered whole. */
const SHORT_ARTICLE = 400;
/** A list or procedure the question asks for is shown whole up to this length, although longer than one answer. */
const MAX_LIST_CHARS = 1100;
const NUMBERED = /^\d+[.)]$/;
const LETTERED = /^[a-z][.)]$/i;
/** A lid that states what happens when a condition is (not) met: "Is het quorum niet gehaald, dan ...". */
const CONSEQUENCE = /^(is|zijn|wordt|worden|kan|kunnen|heeft|hebben|staken|lukt|komt|komen|gaat|blijkt|ontbreekt)\b[^.]*,\s*dan\b/i;

const ITEM = /^(?:(\d{1,2})[.)]|([a-z])[.)]|[-•*]|(stap \d+)\s*[:.])\s+/i;

/**
 * The sentences of the passages of one section, in order; a list item's marker is taken off its text.
 * A sentence scores by the question words it contains, each weighted by how rare it is in the
 * section: the word that sets the answer apart counts more than the section's own subject.
 */
function unitsOf(section: Passage[], matches: (sentence: string) => number[]): Unit[] {
  const units: Unit[] = [];
  let line = 0;
  for (const p of section) {
    for (const paragraph of p.text.split('\n')) {
      const item = paragraph.match(ITEM);
      const body = item ? paragraph.slice(item[0].length) : paragraph;
      splitSentences(body).forEach((text, i) => units.push({ text, line, marker: i === 0 && item ? item[0].trim() : undefined, score: 0 }));
      line += 1;
    }
  }
  markSteps(units);
  assignLids(units);
  const hits = units.map((u) => matches(u.text));
  const df = new Map<number, number>();
  for (const h of hits) for (const [w, v] of h.entries()) if (v > 0) df.set(w, (df.get(w) ?? 0) + 1);
  units.forEach((u, k) => (u.score = hits[k].reduce((sum, v, w) => sum + v * (1 + Math.log(units.length / (df.get(w) ?? 1))), 0)));
  return units;
}

/**
 * Steps numbered inside a lid: after a numbered lid that ends in a colon, a new count from 1 is a list
 * of that lid (readers lose the indentation), as long as it counts on; a number that breaks the count
 * (lid 2 after step 7) or a plain line ends it.
 */
function markSteps(units: Unit[]): void {
  const lines: Unit[][] = [];
  for (const u of units) (lines[u.line] ??= []).push(u);
  let lastStep: number | undefined;
  let previous: { lid: boolean; step: boolean; intro: boolean } | undefined;
  for (const line of lines) {
    if (!line) continue;
    const marker = line[0].marker;
    const n = marker && NUMBERED.test(marker) ? Number.parseInt(marker, 10) : undefined;
    if (n !== undefined && lastStep !== undefined && n === lastStep + 1) lastStep = n;
    else if (n === 1 && previous?.lid && !previous.step && previous.intro) lastStep = 1;
    else if (n !== undefined || !marker) lastStep = undefined;
    const step = n !== undefined && lastStep !== undefined;
    for (const u of line) u.step = step;
    previous = { lid: n !== undefined, step, intro: /:$/.test(line[line.length - 1].text) };
  }
}

/**
 * Numbered leden of an article: a numbered line starts one; its lettered items belong to it, and so
 * does a plain line right after those items ("In die gevallen ...") that closes the list.
 */
function assignLids(units: Unit[]): void {
  let lid: number | undefined;
  let lastNested = false;
  let lastLine = -1;
  for (const u of units) {
    if (u.line !== lastLine) {
      const nested = depthOf(u) > 0;
      if (u.marker && NUMBERED.test(u.marker) && !u.step) lid = u.line;
      else if (!nested && !lastNested) lid = undefined;
      lastNested = nested;
      lastLine = u.line;
    }
    u.lid = lid;
  }
}

/** How deep an item sits: a lid, a bullet or "Stap 2:" 0, a step inside a lid 1, a lettered item 2 (-1: no item). */
function depthOf(u: Unit): number {
  if (!u.marker) return -1;
  return u.step ? 1 : LETTERED.test(u.marker) ? 2 : 0;
}

/** The units of the list that unit i belongs to: consecutive lines that are items. */
function listAround(units: Unit[], i: number): number[] {
  const lines = new Map<number, Unit[]>();
  for (const u of units) lines.set(u.line, [...(lines.get(u.line) ?? []), u]);
  // The list goes on over deeper items (the lettered items of a lid) and ends at a shallower one.
  const depth = depthOf(lines.get(units[i].line)![0]);
  const isItemLine = (line: number) => {
    const first = lines.get(line)?.[0];
    return first?.marker !== undefined && depthOf(first) >= depth;
  };
  let from = units[i].line;
  let to = from;
  while (isItemLine(from - 1)) from -= 1;
  while (isItemLine(to + 1)) to += 1;
  return units.flatMap((u, k) => (u.line >= from && u.line <= to ? [k] : []));
}

export interface Extract {
  text: string;
  /** "lid 3" when the answer is one numbered lid of an article. */
  lid?: string;
}

/**
 * The answer to show from a section: the sentence that answers most of the question, the other
 * sentences that answer it as well, and a list in full when the answer introduces one or the
 * question asks for steps, even when the list runs over several passages. Never more than MAX_ANSWER_CHARS.
 */
export function extractAnswer(section: Passage[], matches: (sentence: string) => number[], wantsList: boolean, wantsConsequence = false): Extract {
  const units = unitsOf(section, matches);
  if (units.length === 0) return { text: '' };
  const best = units.reduce((b, u, i) => (u.score > units[b].score ? i : b), 0);
  const chosen = new Set<number>([best]);
  let limit = MAX_ANSWER_CHARS;
  const firstOfLine = (k: number) => units.find((u) => u.line === units[k].line)!;
  const isItem = (k: number) => k < units.length && firstOfLine(k).marker !== undefined;
  const introduces = (k: number) => /:$/.test(units[k].text) && isItem(k + 1) && units[k + 1].line !== units[k].line;
  const addList = (k: number, required: boolean) => {
    const list = listAround(units, k);
    if (list.filter((i) => units[i].marker).length < 2) return;
    const whole = length(units, [...chosen, ...list]);
    if (whole > MAX_ANSWER_CHARS && !(required && whole <= MAX_LIST_CHARS)) {
      if (!required) return;
      // Too long to show whole: every item by its first sentence (and the answer's whole), else the
      // items nearest the answer, so the answer itself is never cut off.
      const firstSentences = list.filter((i) => i === best || units[i].line !== units[i - 1]?.line);
      if (length(units, [...chosen, ...firstSentences]) <= MAX_ANSWER_CHARS) {
        for (const i of firstSentences) chosen.add(i);
        return;
      }
      for (const i of [...list].sort((a, b) => Math.abs(a - best) - Math.abs(b - best))) {
        if (length(units, [...chosen, i]) <= MAX_ANSWER_CHARS) chosen.add(i);
      }
      return;
    }
    for (const i of list) chosen.add(i);
    // The sentence that introduces the list belongs to it.
    if (list[0] > 0 && /:$/.test(units[list[0] - 1].text)) chosen.add(list[0] - 1);
    limit = Math.min(MAX_LIST_CHARS, Math.max(limit, length(units, [...chosen])));
  };
  if (introduces(best)) addList(best + 1, true);
  else if (wantsList && isItem(best)) addList(best, true);
  addLidContext(units, chosen, best, wantsConsequence);
  // Other sentences that answer as much, nearby first; a list they introduce comes along.
  const bestScore = units[best].score;
  const others = units
    .map((u, i) => ({ u, i }))
    .filter(({ u, i }) => !chosen.has(i) && bestScore > 0 && u.score >= bestScore * 0.75)
    .sort((a, b) => b.u.score - a.u.score || Math.abs(a.i - best) - Math.abs(b.i - best));
  for (const { i } of others) {
    if (chosen.has(i) || length(units, [...chosen, i]) > MAX_ANSWER_CHARS) continue;
    chosen.add(i);
    if (introduces(i)) addList(i + 1, false);
  }
  // A lone short sentence reads better with the next one of its paragraph.
  if (chosen.size === 1 && units[best].text.length < 160 && units[best + 1]?.line === units[best].line && length(units, [best, best + 1]) <= MAX_ANSWER_CHARS) chosen.add(best + 1);
  // A sentence that ends in "als volgt:" never comes without the list it introduces.
  for (const k of [...chosen]) {
    if (!introduces(k) || chosen.has(k + 1)) continue;
    addList(k + 1, wantsList);
    // Without its list (too long to show) the introduction is a dangling colon.
    if (!chosen.has(k + 1) && k !== best) chosen.delete(k);
  }
  const picked = [...chosen].sort((a, b) => a - b);
  return { text: clip(render(units, picked), limit), lid: lidName(units, picked, best) };
}

/** "lid 3" when every sentence picked belongs to the lid of the best one. */
function lidName(units: Unit[], picked: number[], best: number): string | undefined {
  const lidLine = units[best].lid;
  if (lidLine === undefined || !picked.every((k) => units[k].lid === lidLine)) return undefined;
  return `lid ${(units.find((u) => u.line === lidLine)?.marker ?? '').replace(/\D/g, '')}`;
}

/**
 * The lid around the answer: the whole lid (its second sentence or the line closing its list is often
 * the point), a short article whole, and for "wat gebeurt er als ..." the next lid when it says what
 * follows when the condition is not met.
 */
function addLidContext(units: Unit[], chosen: Set<number>, best: number, wantsConsequence: boolean): void {
  const lidOf = (k: number) => (units[k].lid === undefined ? [] : units.flatMap((u, i) => (u.lid === units[k].lid ? [i] : [])));
  const addWhole = (ks: number[]) => {
    if (ks.length && length(units, [...chosen, ...ks]) <= MAX_ANSWER_CHARS) for (const i of ks) chosen.add(i);
  };
  addWhole(lidOf(best));
  // Its few leden answer together ("meldt het" and "stemt niet mee").
  if (units.some((u) => u.lid !== undefined) && length(units, units.map((_, i) => i)) <= SHORT_ARTICLE) units.forEach((_, i) => chosen.add(i));
  const nextLid = units.findIndex((u, i) => i > best && u.lid !== undefined && u.lid !== units[best].lid);
  if (wantsConsequence && nextLid > 0 && CONSEQUENCE.test(units[nextLid].text)) addWhole(lidOf(nextLid));
}

function length(units: Unit[], picked: number[]): number {
  return render(units, [...picked].sort((a, b) => a - b)).length;
}

/**
 * Items of a list go one per line and keep their numbers ("Stap 2:" when the text has those); steps
 * inside a lid keep theirs. Leden keep their numbers only as a run (2, 3, 4) without steps: a lone
 * lid, or leden 1 and 4, lose them so no stray "2." lands inside a sentence or beside a step's "2.".
 */
function render(units: Unit[], picked: number[]): string {
  const firsts = picked.filter((k) => units[k].marker !== undefined);
  const lidNumbers = firsts.filter((k) => NUMBERED.test(units[k].marker!) && !units[k].step).map((k) => Number.parseInt(units[k].marker!, 10));
  const steps = firsts.filter((k) => units[k].step).length;
  const lidsAsList = lidNumbers.length >= 2 && steps === 0 && lidNumbers.every((n, i) => i === 0 || n === lidNumbers[i - 1] + 1);
  const items = firsts.length;
  let out = '';
  let previous: Unit | undefined;
  for (const k of picked) {
    const u = units[k];
    const isLid = u.marker !== undefined && NUMBERED.test(u.marker) && !u.step;
    const item = u.marker !== undefined && items >= 2 && (isLid ? lidsAsList : !u.step || steps >= 2);
    const marker = item && !/^stap\s/i.test(u.text) ? `${NUMBERED.test(u.marker!) ? u.marker : '-'} ` : '';
    // A new line after a list item (the line closing a list) stays on a line of its own.
    const newLine = item || (previous?.marker !== undefined && previous.line !== u.line && items >= 2);
    out += out ? `${newLine ? '\n' : ' '}${marker}${u.text}` : `${marker}${u.text}`;
    previous = u;
  }
  return out;
}

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1).replace(/\s+\S*$/, '')} …` : text;
}

/**
 * What a cross-reference points at in an article (its section's passages): lid n whole, or step n of
 * the steps inside a lid ("de tweede stap"); undefined when there is no such lid or step. With
 * `listOnly`, a lid only when it holds a list ("de gegevens, genoemd in artikel 3, tweede lid").
 */
export function referencedText(section: Passage[], n: number, kind: 'lid' | 'step', listOnly = false): string | undefined {
  const units = unitsOf(section, () => []);
  const isTarget = (u: Unit) => !!u.marker && (kind === 'step' ? u.step || /^stap\s/i.test(u.marker) : NUMBERED.test(u.marker) && !u.step) && Number.parseInt(u.marker.replace(/\D+/, ''), 10) === n;
  // A procedure outside an article numbers its steps as plain items.
  const line = (units.find(isTarget) ?? (kind === 'step' && !units.some((u) => u.step) ? units.find((u) => !!u.marker && NUMBERED.test(u.marker) && Number.parseInt(u.marker, 10) === n) : undefined))?.line;
  if (line === undefined) return undefined;
  const picked = units.flatMap((u, i) => ((kind === 'step' ? u.line === line : u.lid === line) ? [i] : []));
  if (listOnly && picked.filter((k) => units[k].line !== line && units[k].marker).length < 2) return undefined;
  const text = render(units, picked);
  return text.length <= MAX_ANSWER_CHARS ? text : undefined;
}
