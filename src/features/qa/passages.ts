import { besideItsNeighbour, listIntroduced, withBoldLabelsAsItems } from './list-lines';
import { rememberedPerText } from '../../shared/text-memo';
import { MONTH_NAMES } from '../../shared/dutch-date';
import { findTables, rowPassageText, spelledDates } from './tables';
import { withoutWebBoilerplate } from './web-boilerplate';
import { keyValueTablesAsFields } from './key-value-tables';
import { countListsAsTables } from './count-lists';
import { withFootnotesInPlace } from './footnotes';
import { withSignatureStated } from './signature';
import { questionHeading, withQuestionLabelsOnOwnLine } from './faq-questions';

/**
 * Turns plain document text into titled, sectioned passages. Handles text extracted from PDFs,
 * where every line is a paragraph of its own and sentences run across lines. A table (markdown pipe
 * lines, as every reader writes them) becomes one passage per row, cited by the table's caption.
 */

export interface DocumentText {
  title: string;
  passages: Para[];
}

/** A piece of text with the heading it sits under (article, paragraph) and the heading above that (chapter). */
interface Para {
  section: string;
  chapter: string;
  text: string;
  /** A table row: a passage of its own, never packed with text or other rows. */
  table?: boolean;
}

const TARGET_CHARS = 700;
const SENTENCE_END = /[.!?:"”)](?:\*\*|__)?$/;
const DOC_TYPES = /\b(kadernota|kadernotitie|begroting|jaarplan|jaarverslag|jaarrekening|regiovisie|informatienota|raadsinformatiebrief)\s+(20\d\d)\b/gi;
const MEMO_HEADER = /^(informatienota|aan|van|datum|betreft|zaaknummer|onderwerp|kenmerk)\s*(:|$)/i;
const GENERIC_FIRST_LINES = /^(informatienota|memo|notitie|raadsinformatiebrief|inhoud|inhoudsopgave)$/i;

function cleanLines(text: string): string[] {
  return withBoldLabelsAsItems(withQuestionLabelsOnOwnLine(text.replace(/\r/g, '')))
    .split('\n')
    // "**Gevraagd aan het PFO:**" ending its line introduces what follows, as a line ending on a colon does.
    .map((l) => l.replace(/[\t\u00a0 ]+/g, ' ').trim().replace(/(\*\*|__)([^*_\n]+):\1$/, '$1$2$1:'))
    .filter((l) => l && !/^\d+$/.test(l));
}

/** Title: memo subject line, else the first line unless it is a section heading, else "Kadernota 2025"-like mentions, else the file name. */
export function detectTitle(lines: string[], fileName: string): string {
  const subject = lines.slice(0, 15).find((l) => /^(betreft|onderwerp)\s*:/i.test(l));
  if (subject) return subject.replace(/^[^:]*:\s*/, '').replace(/\.$/, '').trim();
  const first = lines[0]?.replace(/^#+\s*/, '') ?? '';
  if (first && first.length <= 120 && !/^\d+(\.\d+)*\.?\s/.test(first) && !GENERIC_FIRST_LINES.test(first)) return first;
  const counts = new Map<string, number>();
  for (const m of lines.slice(0, 40).join(' ').matchAll(DOC_TYPES)) {
    const key = `${m[1][0].toUpperCase()}${m[1].slice(1).toLowerCase()} ${m[2]}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const best = [...counts.entries()].sort((a, b) => b[1] - a[1])[0];
  if (best) return best[0];
  return fileName.replace(/\.[^.]+$/, '').replace(/[_-]+/g, ' ').trim() || 'Naamloos document';
}

const ARTICLE_HEADING = /^(artikel|art\.)\s*\d+[a-z]?(\s+\p{Lu}|$)/iu;
/** Headings that hold articles. */
const CHAPTER_HEADING = /^(hoofdstuk|paragraaf|afdeling|titel|deel)\b/i;

/**
 * "Projectleider: Wim Waninge, 06-23628218, w.waninge@regio.nl": a contact line (an e-mail address or a phone number) is
 * text of its section, never its heading, and it ends like a sentence for the line after it ("Raadsbijeenkomst 20 mei").
 */
const CONTACT_LINE = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?<!\d)0\d{1,3}[- ]?\d{6,8}(?!\d)/;

/** A short line that starts a new topic: numbered ("2.1 Governance"), a markdown heading or a short capitalised line after a finished sentence. */
function isHeading(line: string, previous: string | undefined, next: string | undefined, introduced = false): boolean {
  if (MEMO_HEADER.test(line)) return false;
  if (/^#{1,6}\s/.test(line)) return true;
  if (CONTACT_LINE.test(line)) return false;
  const afterSentence = !previous || SENTENCE_END.test(previous) || CONTACT_LINE.test(previous);
  const nextStartsNew = !next || /^[\p{Lu}•\-\d(]/u.test(next);
  // "Artikel 4 Route van verwijzing tot start van de hulp": an article heading set as a plain (bold) line, longer than other headings.
  const afterHeading = !!previous && (/^#/.test(previous) || CHAPTER_HEADING.test(previous));
  if (ARTICLE_HEADING.test(line) && line.length <= 110 && !/[.:;,]$/.test(line) && (afterSentence || afterHeading) && nextStartsNew) return true;
  if (line.length > 70 || /[,;]$/.test(line)) return false;
  // A numbered line ending in a colon introduces a list ("1. Het mandaat omvat:"): a lid, not a heading; nor is one
  // right before or after the number next to its own ("1. Verslag marktconsultatie", "2. Evaluatie ..."): items of a list.
  if (/^\d+(\.\d+)*\.?\s+\p{Lu}/u.test(line) && !/[.:]\s*$/.test(line.replace(/^\d+(\.\d+)*\.?/, ''))) return !besideItsNeighbour(line, previous, next, introduced);
  if (!/^[\p{Lu}(]/u.test(line) || line.split(' ').length > 8) return false;
  // "Besluiten:" / "Actie:" is a label that introduces its list or sentence, not a topic of its own.
  if (/:$/.test(line) || (/\.$/.test(line) && line.split(' ').length > 2)) return false;
  return afterSentence && nextStartsNew;
}

/**
 * How deep a heading sits: markdown #'s, the parts of its number ("3.1" is 2), "Hoofdstuk" above
 * "Paragraaf" above "Artikel"; a plain heading is as deep as the one before it.
 */
function headingLevel(line: string, previous: number): number {
  const hashes = line.match(/^(#+)\s/);
  if (hashes) return hashes[1].length;
  if (/^hoofdstuk\b/i.test(line)) return 1;
  if (/^(paragraaf|afdeling)\b/i.test(line)) return 2;
  if (/^(artikel|art\.)\s/i.test(line)) return 3;
  const number = line.match(/^(\d+(?:\.\d+)*)\.?\s/);
  return number ? number[1].split('.').length : previous;
}

/**
 * A plain "Artikel 4 ..." line sits right under the chapter that holds it, or beside the headings
 * before it ("Overwegingen", "Partijen"): an article is never part of a preamble.
 */
function articleLevel(open: { level: number; name: string }[]): number {
  const chapter = [...open].reverse().find((h) => CHAPTER_HEADING.test(h.name));
  return chapter ? chapter.level + 1 : (open[0]?.level ?? 3);
}

const WHOLE_BOLD = /^\*\*([^*]+)\*\*$/;
/** "**Aanwezig**" over a list of names: a few bold words that title the list under them head it, though the line before ends no sentence. */
const titlesList = (line: string, next: string | undefined) => /^\*\*\p{Lu}[^*:]*\*\*$/u.test(line) && line.split(' ').length <= 5 && /^[•\-*]\s/.test(next ?? '');

/** "Vergadering van 14 maart 2027", "Besluitenlijst 30-09-2027": a heading that names a day, as a meeting's does. */
const DATED = new RegExp(`\\b(\\d{1,2}\\s+(${MONTH_NAMES})|\\d{1,2}-\\d{1,2}-(19|20)\\d\\d)\\b`, 'i');

/** A heading that names a meeting ("Vergadering van ...", "Besluitenlijst AO ..."), not a dated status ("Stand per 1 januari"). */
const MEETING = /vergader|overleg|notulen|besluiten|verslag|bijeenkomst|\b(?:AO|PFO|MO|BO)\b/i;

type OpenHeading = { level: number; name: string; question?: boolean; marked?: boolean };

/**
 * Minutes of several meetings repeat their item names ("1. Opening", "Besluit"): an item is cited with the dated heading
 * it sits under, the outermost (an item may name another meeting's date: "2. Besluitenlijst 3 februari"), unless it names that date itself.
 */
function meetingOf(name: string, open: OpenHeading[]): string | undefined {
  const heading = open.find((h) => h.name !== name && DATED.test(h.name) && MEETING.test(h.name))?.name;
  return heading && !spelledDates(name).includes(spelledDates(heading).match(DATED)![0]) ? heading : undefined;
}

/** The level a heading opens at; a plain or bold one ("**1. Opening**") sits below the markdown heading above it ("## Vergadering van 30-09-2027"). */
function levelOf(line: string, open: OpenHeading[]): number {
  if (/^#/.test(line)) return headingLevel(line, 1);
  if (ARTICLE_HEADING.test(line)) return articleLevel(open);
  const below = ([...open].reverse().find((h) => h.marked)?.level ?? 0) + 1;
  return Math.max(below, headingLevel(line, open[open.length - 1]?.level ?? 1));
}

/**
 * After a finished sentence a capital starts a new paragraph, also behind a sub-number ("1.2 Minder plaatsingen ..."), and
 * so does a sentence whose subject is set in bold ("**Kampen** heeft ...": a paragraph per gemeente) and a bold numbered
 * title ("**B55-03 Innovatieportfolio.** ...", "**E-2060-02 Zorgboerderij.** ...", "**Perceel 2 – Verblijf.** ..."). Not a bold label ("**Besluit:** ...",
 * "**Voorbeeld.** ..."): that goes on with what it labels.
 */
const opensParagraph = (current: string, line: string) =>
  (SENTENCE_END.test(current) && (/^(?:\d{1,2}(?:\.\d{1,2})+\s+|(?:\*\*|__)(?=\p{Lu}{1,4}-?\d+(?:[-.]\d+)+\s|\p{Lu}\p{Ll}+\s+\d{1,3}\s*[.:–-]))?\p{Lu}/u.test(line) || /^(\*\*|__)\p{Lu}[^*_\n]*[^*_.:\s]\1\s+\p{Ll}/u.test(line) || endsLabelled(current, line))) || endsShortItem(current, line);
const BOLD_LABEL = /^(\*\*|__)[^*_\n]+\1/;
/** A bold label ("**Gevraagd aan het AO:** ...") after a finished list item starts a paragraph of its own, no part of the item. */
const endsLabelled = (current: string, line: string) => BOLD_LABEL.test(line) && /^(?:[•\-*]|\d+\.|[a-z][.)])\s/.test(current);

/** "5. Kinderhuis Noorderpoort" then "Vier inschrijvers vielen af.": a short item (no wrapped line) ends where a sentence starts. */
const endsShortItem = (current: string, line: string) => /^\d+\.\s/.test(current) && current.length <= 50 && /^\p{Lu}\p{Ll}*\s+\p{Ll}+\s/u.test(line);

/** "Artikel 4" alone on its line, its title on the next ("Route van verwijzing ..."): the title, which makes one heading with it. */
const bareArticleTitle = (line: string, title: string | undefined) =>
  /^(#+\s*)?(artikel|art\.)\s*\d+[a-z]?\.?$/i.test(line) && title && title.length <= 90 && /^\p{Lu}/u.test(title) && !/[.:;,]$/.test(title) && !/^\d/.test(title) ? title : undefined;

/** Joins lines into paragraphs: a line continues the previous one unless that one ended a sentence. */
function paragraphs(lines: string[]): Para[] {
  const out: Para[] = [];
  // Open headings by level: the section is the deepest, the chapter the one above it.
  const open: OpenHeading[] = [];
  let current = '';
  let questionAt = -1; // out.length when the last question heading opened
  const cited = (name: string) => [meetingOf(name, open), name].filter(Boolean).join(', ');
  const section = () => cited(open[open.length - 1]?.name ?? '');
  const chapter = () => open[open.length - 2]?.name ?? '';
  const flush = () => {
    if (current.trim()) out.push({ section: section(), chapter: chapter(), text: current.trim() });
    current = '';
  };
  const tables = findTables(lines);
  const captions = new Set([...tables.values()].map((t) => t.captionLine));
  const rest = new Set([...tables.values()].flatMap((t) => Array.from({ length: t.end - t.start - 1 }, (_, k) => t.start + 1 + k)));
  const joined = new Set<number>();
  lines.forEach((line, i) => {
    if (captions.has(i)) return;
    const table = tables.get(i);
    if (table) {
      flush();
      // Cited by its caption, else by the heading it sits under; it never becomes the section of the text after it.
      const caption = table.caption ? cited(table.caption) : section() || 'Tabel';
      for (const row of table.rows) out.push({ section: caption, chapter: section() === caption ? chapter() : (open[open.length - 1]?.name ?? ''), text: rowPassageText(table.headers, row), table: true });
      return;
    }
    if (rest.has(i) || joined.has(i)) return;
    const question = questionHeading(lines, i, open, out.length > questionAt || !!current.trim());
    if (question) {
      for (let k = 1; k <= question.more; k++) joined.add(i + k);
      flush();
      // Each question of a list of questions and answers heads its answer, one level below the heading they sit under.
      const level = open[open.length - 1]?.question ? open[open.length - 1].level : (open[open.length - 1]?.level ?? 0) + 1;
      while (open.length && open[open.length - 1].level >= level) open.pop();
      open.push({ level, name: question.name.replace(/\s+/g, ' ').trim(), question: true });
      questionAt = out.length;
      return;
    }
    // A short line set in bold as a whole ("**Aanleiding**") is read as a heading would be without the asterisks.
    const plain = line.replace(WHOLE_BOLD, '$1');
    if (titlesList(line, lines[i + 1]) || isHeading(plain, lines[i - 1], lines[i + 1], listIntroduced(lines, i))) {
      line = plain;
      flush();
      const level = levelOf(line, open);
      while (open.length && open[open.length - 1].level >= level) open.pop();
      const title = bareArticleTitle(line, lines[i + 1]);
      if (title) joined.add(i + 1);
      open.push({ level, marked: /^#/.test(line), name: `${line}${title ? ` ${title.replace(/^#+\s*/, '')}` : ''}`.replace(/^#+\s*/, '').replace(/\.$/, '').replace(/\s+/g, ' ') });
      return;
    }
    // Items: bullets, numbered leden and lettered sub-items ("a. het aangaan van ..."); not a year that ends a wrapped sentence ("in juni\n2063.").
    const bullet = /^([•\-*]|\d{1,3}\.|[a-z][.)])\s/.test(line);
    if (bullet || opensParagraph(current, line)) flush();
    current = current ? `${current} ${line}` : line;
  });
  flush();
  return out;
}

/** Packs paragraphs of one section into passages of roughly TARGET_CHARS, split on sentences when too long. */
function pack(paras: Para[]): Para[] {
  const out: Para[] = [];
  for (const p of paras) {
    const last = out[out.length - 1];
    if (p.table) {
      out.push({ ...p });
      continue;
    }
    if (last && !last.table && last.section === p.section && last.text.length + p.text.length < TARGET_CHARS) {
      last.text = `${last.text}\n${p.text}`;
      continue;
    }
    if (p.text.length <= TARGET_CHARS * 1.6) {
      out.push({ ...p });
      continue;
    }
    let chunk = '';
    for (const sentence of splitSentences(p.text)) {
      if (chunk && chunk.length + sentence.length > TARGET_CHARS) {
        out.push({ ...p, text: chunk });
        chunk = '';
      }
      chunk = chunk ? `${chunk} ${sentence}` : sentence;
    }
    if (chunk) out.push({ ...p, text: chunk });
  }
  return out;
}

/**
 * Sentences of a text, remembered: every question splits its candidate passages again, and the same sentence objects back find
 * their analysed terms at once. An initial's, a legal form's or an abbreviation's dot ("de heer J. (Joris) Lankhorst", "B.V.
 * (verblijf)", "ca. 15 interventies") ends no sentence, and the article a sentence cites after its full stop ("(Art. 10)") stays with it. A sentence may open in italics ("*Bijlage ...*")
 * or with a bold label ("**Besluit:** ...", "**Besluit: het bestuur ...**"), not with a bold title ("**Aanbieders.**").
 */
export const splitSentences: (text: string) => readonly string[] = rememberedPerText(20_000, (text) =>
  text
    // A title before a name ("drs. M. Teunissen", "mr. De Vries", "Mw. Van Tongeren" opening a sentence) ends no sentence. In a run of bold
    // fields on one line ("**Uitvoering:** Bureau X **Auteurs:** ..."), each field after the first is a unit of its own, and
    // so is a numbered item in bold ("**Bevinding B6 – ...**") after the sentence before it; a footnote ("² De simulatie") too.
    .split(/(?<=[.!?])(?<!\b\p{Lu}\.)(?<!\b(?:[Dd]rs|[Dd]r|[Mm]r|[Ii]r|[Pp]rof|[Mm]w|[Mm]evr|[Dd]hr|[Aa]rt|[Nn]r|ca|[Cc]irca|bijv|incl|excl|resp|zgn|vgl|ong)\.)\s+(?!\((?:[Aa]rt\.?|[Aa]rtikel)\s*\d)(?=[\p{Lu}“"‘'(•\d¹²³⁴⁵⁶⁷⁸⁹]|\*\p{Lu}|\*\*\p{Lu}[^*\n]{0,40}:|\*\*\p{Lu}\p{L}+\s+\p{Lu}?\d+[a-z]?\s*[–-]|\*\*\p{Lu}{1,4}-?\d+(?:[-.]\d+)+\s)|(?<=\*\*\p{L}[^*\n]{0,40}:\*\*[^\n]*)\s+(?=\*\*\p{L}[^*\n]{0,40}:\*\*)|\n+/u)
    .map((s) => s.trim())
    .filter(Boolean),
);

export function toPassages(text: string, fileName: string): DocumentText {
  const lines = countListsAsTables(keyValueTablesAsFields(withoutWebBoilerplate(withSignatureStated(withFootnotesInPlace(cleanLines(text))))));
  const title = detectTitle(lines, fileName);
  // The title line itself is not content.
  const body = lines[0]?.replace(/^#+\s*/, '') === title ? lines.slice(1) : lines;
  const passages = pack(paragraphs(body));
  return { title: widenOneWordTitle(title, passages), passages };
}

/** A one-word title ("Regiovisie") says little: prefer the first heading that contains it. */
function widenOneWordTitle(title: string, passages: { section: string }[]): string {
  if (/\s/.test(title)) return title;
  const heading = passages.find((p) => p.section.toLowerCase().includes(title.toLowerCase()) && /\s/.test(p.section));
  return heading?.section ?? title;
}
