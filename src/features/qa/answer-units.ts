import type { Passage } from './qa.domain';
import { splitSentences } from './passages';
import { rowOf } from './tables';

/** One sentence of a section, with where it sits and whether it is an item of a list. */
export interface Unit {
  text: string;
  /** Paragraph (line) number within the section: sentences of one paragraph belong together. */
  line: number;
  /** "1." / "Stap 2:" / "-": the item marker, when the line is a list item or a numbered lid. */
  marker?: string;
  /** The line of the numbered lid this sentence belongs to (its own line, a lettered item under it, or the line closing that list). */
  lid?: number;
  /** The sentence introducing the list this item belongs to ("... kan worden benoemd:"). */
  intro?: number;
  /** A numbered step inside a lid ("1. ... de volgende stappen:" then "1.", "2.", ...), not a lid of its own. */
  step?: boolean;
  /** A table row, read as "Crisispleeggezin: Aantal: 12; Tarief per etmaal: € 195". */
  row?: boolean;
  score: number;
  /** The score by the unit's own words, without those of the introduction of its list. */
  own?: number;
}

/** How much a sentence counts beside its words, knowing the other sentences of its lid (of its paragraph outside leden). */
export type SentenceWeight = (sentence: string, lid: string[]) => number;

/**
 * "Daardoor staan kinderen minder vaak ...", "Aan die tafel bespreken ...", "Daarbij gelden ...", "... is dit bedrag ingezet als ...", a footnote read back
 * after its sentence ("Voetnoot: ...", footnotes.ts): a sentence that leans on the one before it. Not one about the document itself ("Dit reglement treedt in werking ...", "In deze nota ...").
 */
export const LEANS_ON_BEFORE =
  /^(?!(?:(?:in|bij|met|volgens)\s+)?(?:dit|deze)\s+(?:reglement|regeling|nota|notitie|voorstel|besluit|document|stuk|protocol|convenant|werkwijze|handreiking|brief|artikel|lid|hoofdstuk|paragraaf)\b)(?:voetnoot\s*:|(?:daardoor|daarom|hierdoor|hierom|daarmee|hiermee|daarbij|hierbij|dit|deze|die|dat)\b|(?:aan|bij|in|met|voor|op|door|van|uit|over|onder|na|via)\s+(?:die|deze|dat|dit)\b|(?:van|uit)\s+(?:het|dat|dit)\s+(?:totaal|bedrag)\b|(?:daarvan|hiervan)\b|(?:de|het)\s+\p{L}+\s+(?:ervan|daarvan|hiervan)\b|[^.;]{0,60}?\b(?:dit|dat)\s+(?:bedrag|geld|saldo|tekort|overschot)\b)/iu;
/** How much of what the sentence naming a person says a sentence with that person as "zij" or "hij" says. */
const SUBJECT_SHARE = 0.8;
/** A sentence opening with a person as its subject by a pronoun: "Zij registreert ...", "Hij zit het overleg voor". */
export const PERSON_SUBJECT = /^(?:zij|hij)\s+\p{L}+/iu;
/** "Het gaat om een incidenteel bedrag van € 110.000": a sentence that says what the one before is about in figures. */
export const SAYS_WHAT_BEFORE_IS = /^het\s+(?:gaat|ging)\s+om\b|^het\s+betreft\b/i;
/** A sentence read by the one before it: it points back at it, or says what it is about. */
export const pointsBack = (sentence: string): boolean => LEANS_ON_BEFORE.test(sentence) || SAYS_WHAT_BEFORE_IS.test(sentence);

/** How much of a word its list's introduction says counts for an item of the list. */
const INTRO_SHARE = 0.5;
export const NUMBERED = /^\d+[.)]$/;
export const LETTERED = /^[a-z][.)]$/i;

const ITEM = /^(?:(\d{1,2})[.)]|([a-z])[.)]|[-•*]|(stap \d+)\s*[:.])\s+/i;
/** "9.2 Is het geschil ...": the number of article 9's second lid, which is no text of the answer (its section names the article). */
const ARTICLE_LID = /^\d{1,2}\.\d{1,2}\s+(?=\p{Lu})/u;

/**
 * The sentences of the passages of one section, in order; a list item's marker is taken off its text.
 * A sentence scores by the question words it contains, each weighted by how rare it is in the
 * section: the word that sets the answer apart counts more than the section's own subject.
 */
/** "1. **Thuis is het vertrekpunt.** Hulp wordt ...": an item's bold title is a sentence of its own, so a long list can show its titles. */
export const BOLD_TITLE = /^\*\*[^*\n]{1,80}[.!?]\*\*(?=\s+\p{Lu})/u;
const withTitleApart = (sentences: readonly string[]) => {
  const title = sentences[0]?.match(BOLD_TITLE)?.[0];
  return title ? [title, sentences[0].slice(title.length).trim(), ...sentences.slice(1)] : [...sentences];
};

export function unitsOf(section: Passage[], matches: (sentence: string) => number[], weight: SentenceWeight = () => 1): Unit[] {
  const units: Unit[] = [];
  let line = 0;
  for (const p of section) {
    const row = rowOf(p.text);
    if (row) {
      units.push({ text: rowAsItem(row), line, marker: '-', row: true, score: 0 });
      line += 1;
      continue;
    }
    for (const paragraph of p.text.split('\n')) {
      const item = paragraph.match(ITEM);
      const body = item ? paragraph.slice(item[0].length) : paragraph.replace(ARTICLE_LID, '');
      const sentences = item ? withTitleApart(splitSentences(body)) : splitSentences(body);
      sentences.forEach((text, i) => units.push({ text, line, marker: i === 0 && item ? item[0].trim() : undefined, score: 0 }));
      line += 1;
    }
  }
  joinItemParagraphs(units);
  markSteps(units);
  assignLids(units);
  assignIntroductions(units);
  const matched = units.map((u) => matches(u.text));
  // A quotation's sentences say what its attribution says: who said it is part of what they say.
  const speakers = quotationSpeakers(units);
  const spoken = matched.map((h, k) => (speakers.has(k) ? h.map((v, w) => Math.max(v, matched[speakers.get(k)!][w])) : h));
  // A sentence whose subject is "zij" or "hij", in the paragraph of the one naming whom, says whom it is about, less
  // surely ("De klachtenfunctionaris is de spil. Zij registreert alle dossiers").
  const hits: number[][] = [];
  spoken.forEach((h, k) => hits.push(k > 0 && PERSON_SUBJECT.test(units[k].text) && units[k - 1].line === units[k].line ? h.map((v, w) => Math.max(v, SUBJECT_SHARE * hits[k - 1][w])) : h));
  const df = new Map<number, number>();
  for (const h of spoken) for (const [w, v] of h.entries()) if (v > 0) df.set(w, (df.get(w) ?? 0) + 1);
  // An item says what its list's introduction says ("Niet tot lid kan worden benoemd: a. een wethouder"), less surely;
  // so does a sentence leaning on the one before ("Daarom geldt een ingroeiregeling" after "... voor kleine gemeenten").
  const saidBefore = (k: number) => (units[k].intro ?? (k > 0 && LEANS_ON_BEFORE.test(units[k].text) ? k - 1 : undefined));
  const titled = titledBy(units, matches);
  const said = hits.map((h, k) => h.map((v, w) => Math.max(v, saidBefore(k) === undefined ? 0 : INTRO_SHARE * hits[saidBefore(k)!][w], INTRO_SHARE * (titled.hits[k]?.[w] ?? 0))));
  const weighed = (h: number[]) => h.reduce((sum, v, w) => sum + v * (1 + Math.log(units.length / (df.get(w) ?? 1))), 0);
  // A sentence's lid, or its paragraph outside leden.
  const lids = new Map<string, string[]>();
  const lidKey = (u: Unit) => (u.lid === undefined ? `line ${u.line}` : `lid ${u.lid}`);
  for (const u of units) lids.set(lidKey(u), [...(lids.get(lidKey(u)) ?? []), u.text]);
  // Beside a paragraph whose bold title the question names, one under a title it does not name is about something else.
  const otherTitle = (k: number) => titled.named.size > 0 && titled.titledLines.has(units[k].line) && !titled.named.has(units[k].line);
  units.forEach((u, k) => {
    const w = weight(u.text, lids.get(lidKey(u))!) * (otherTitle(k) ? INTRO_SHARE : 1);
    u.score = w * weighed(said[k]);
    u.own = w * weighed(hits[k]);
  });
  return units;
}

/** "**E-2060-02 Zorgboerderij 't Hoge Veld.** Na meldingen ...": a paragraph opening with a bold title, and that title. */
const PARAGRAPH_TITLE = /^\*\*([^*\n]{3,80}?)[.:]?\*\*\s+\S/u;

/**
 * Per unit, how the title of its paragraph matches the question: "De stop blijft van kracht ..." is said of the
 * zorgboerderij its paragraph's bold title names (the title's own sentence says it already). And the paragraphs with a
 * title, and those whose title the question names.
 */
function titledBy(units: Unit[], matches: (sentence: string) => number[]): { hits: (number[] | undefined)[]; titledLines: Set<number>; named: Set<number> } {
  const titles = new Map<number, number[]>();
  for (const u of units) {
    if (titles.has(u.line)) continue;
    // A paragraph of prose: the items of a list with bold labels ("- **Kleine scholen:** ...") are one list, no paragraphs apart.
    const own = u.marker === undefined ? u.text.match(PARAGRAPH_TITLE)?.[1] : undefined;
    // One without a title of its own right after a titled one goes on with it: a long paragraph is split over passages.
    const goesOn = u.marker === undefined && !u.row && !u.text.startsWith('**');
    titles.set(u.line, own ? matches(own) : goesOn ? (titles.get(u.line - 1) ?? []) : []);
  }
  const titledLines = new Set([...titles].filter(([, h]) => h.length > 0).map(([line]) => line));
  const named = new Set([...titles].filter(([, h]) => h.some((v) => v > 0)).map(([line]) => line));
  const opensTitle = (k: number) => (k === 0 || units[k - 1].line !== units[k].line) && units[k].marker === undefined && PARAGRAPH_TITLE.test(units[k].text);
  return { hits: units.map((u, k) => (titledLines.has(u.line) && !opensTitle(k) ? titles.get(u.line) : undefined)), titledLines, named };
}

/**
 * A table row passage (its header line and its row) as one item of a list: its first cell names it, the other cells
 * follow with their column headers. A header line picked alone, without the row it heads, would answer nothing.
 */
export function rowAsItem({ headers, cells }: { headers: string[]; cells: string[] }): string {
  const rest = cells.slice(1).flatMap((cell, k) => (cell ? [`${headers[k + 1]}: ${cell}`] : []));
  if (!rest.length) return cells[0];
  return cells[0] ? `${cells[0]}: ${rest.join('; ')}` : rest.join('; ');
}

/** A quotation closed and attributed: "...”, aldus Henk Procé", "..." zegt de voorzitter. */
const ATTRIBUTED = /[”"’']\s*,?\s*(?:aldus|zegt|zei|vertelt|vertelde|stelt|stelde|meldt|aldus de|volgens)\b/i;
const OPENS_QUOTE = /^[“"‘„']/;

/**
 * The sentences of a quotation, each with the sentence that attributes it: "volgens Henk Procé" is answered by
 * what he says ("“... Een jaar waarin veel werk is verzet ... ”, aldus Henk Procé"), not by the attribution alone.
 */
function quotationSpeakers(units: Unit[]): Map<number, number> {
  const out = new Map<number, number>();
  let open: number | undefined;
  units.forEach((u, k) => {
    if (OPENS_QUOTE.test(u.text)) open = k;
    if (open === undefined || !ATTRIBUTED.test(u.text)) return;
    for (let i = open; i < k; i++) out.set(i, k);
    open = undefined;
  });
  return out;
}

/** The number of a numbered or lettered item's marker ("3." is 3, "c)" is 3), undefined for a bullet or no marker. */
const ordinalOf = (marker?: string) =>
  !marker ? undefined : NUMBERED.test(marker) ? Number.parseInt(marker, 10) : LETTERED.test(marker) ? marker.toLowerCase().charCodeAt(0) - 96 : undefined;

/**
 * "3. Stagnerende uitstroom. Als er ..." then "Daardoor raken plekken verstopt." then "4. ...": plain paragraphs between
 * item n and item n+1 of one kind are more paragraphs of item n (a PDF page break splits one too), not the end of the list.
 */
function joinItemParagraphs(units: Unit[]): void {
  const firstOf = new Map<number, Unit>();
  for (const u of units) if (!firstOf.has(u.line)) firstOf.set(u.line, u);
  const lines = [...firstOf.keys()];
  for (let i = 0; i < lines.length; i++) {
    const item = firstOf.get(lines[i])!;
    const n = ordinalOf(item.marker);
    let j = i + 1;
    while (j < lines.length && firstOf.get(lines[j])!.marker === undefined) j++;
    const next = firstOf.get(lines[j])?.marker;
    if (n === undefined || j === i + 1 || ordinalOf(next) !== n + 1 || NUMBERED.test(item.marker!) !== NUMBERED.test(next!)) continue;
    for (const u of units) if (u.line > lines[i] && u.line < lines[j]) u.line = lines[i];
    i = j - 1;
  }
  // Lines are numbered again without gaps: a list's items are found as consecutive lines.
  const renumbered = new Map([...new Set(units.map((u) => u.line))].map((line, k) => [line, k]));
  for (const u of units) u.line = renumbered.get(u.line)!;
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

/**
 * The sentence ending in a colon that introduces the list an item belongs to: the list goes on over items as
 * deep or deeper than its first, and ends at a plain line or a shallower item.
 */
function assignIntroductions(units: Unit[]): void {
  let intro: number | undefined;
  let depth = 0;
  let kind = '';
  units.forEach((u, k) => {
    const newLine = k === 0 || units[k - 1].line !== u.line;
    if (newLine && intro !== undefined && (u.marker === undefined || depthOf(u) < depth || (depthOf(u) === depth && kindOf(u) !== kind))) intro = undefined;
    if (newLine && intro === undefined && k > 0 && u.marker !== undefined && /:$/.test(units[k - 1].text)) {
      intro = k - 1;
      depth = depthOf(u);
      kind = kindOf(u);
    }
    u.intro = intro;
  });
}

/** How deep an item sits: a lid, a bullet or "Stap 2:" 0, a step inside a lid 1, a lettered item 2 (-1: no item). */
export function depthOf(u: Unit): number {
  if (!u.marker) return -1;
  return u.step ? 1 : LETTERED.test(u.marker) ? 2 : 0;
}

/** The kind of an item's marker: a number, a letter, a bullet or "Stap n:"; lists of one kind do not run into another. */
const kindOf = (u: Unit) => (!u.marker ? '' : NUMBERED.test(u.marker) ? 'number' : LETTERED.test(u.marker) ? 'letter' : /^stap/i.test(u.marker) ? 'step' : 'bullet');

/** The units of the list that unit i belongs to: consecutive lines that are items. */
export function listAround(units: Unit[], i: number): number[] {
  const lines = new Map<number, Unit[]>();
  for (const u of units) lines.set(u.line, [...(lines.get(u.line) ?? []), u]);
  // The list goes on over deeper items (the lettered items of a lid) and ends at a shallower one.
  const own = lines.get(units[i].line)![0];
  const depth = depthOf(own);
  // A numbered lid after a list of bullets (table rows) inside the lid before it is no item of that list.
  const isItemLine = (line: number) => {
    const first = lines.get(line)?.[0];
    return first?.marker !== undefined && (depthOf(first) > depth || (depthOf(first) === depth && kindOf(first) === kindOf(own)));
  };
  let from = units[i].line;
  let to = from;
  while (isItemLine(from - 1)) from -= 1;
  while (isItemLine(to + 1)) to += 1;
  return units.flatMap((u, k) => (u.line >= from && u.line <= to ? [k] : []));
}
