import type { Passage } from './qa.domain';
import type { Extract } from './answer-extraction';
import { referencedText } from './answer-render';
import { MAX_ANSWER_CHARS } from './qa.domain';
import { rowOf } from './tables';
import { namesRowByOwnWord } from './row-names';

const ORDINALS = ['eerste', 'tweede', 'derde', 'vierde', 'vijfde', 'zesde', 'zevende', 'achtste', 'negende', 'tiende', 'elfde', 'twaalfde'];
const ORDINAL = ORDINALS.join('|');

/**
 * A reference to a lid or a step: "artikel 3, tweede lid", "artikel 3, lid 2", "het tweede lid" (of
 * the same article), "de tweede stap", "stap 2".
 */
const REFERENCE = new RegExp(
  `\\bartikel\\s+(\\d{1,3})[a-z]?,?\\s+(?:(${ORDINAL})\\s+lid|lid\\s+(\\d{1,2}))\\b|\\b(?:het|dat)\\s+(${ORDINAL})\\s+lid\\b|\\b(?:de|die)\\s+(${ORDINAL})\\s+stap\\b|\\bstap\\s+(\\d{1,2})\\b`,
  'i',
);

/** "binnen de termijn van ...", "de termijn genoemd in ...": the figure is at the other end of the reference. */
const TERM_BEFORE = /\btermijn\s+(?:van|uit|genoemd in|bedoeld in)\s+$/i;

/** Questions after what something holds or takes ("Wat moet er mee?", "Welke gegevens ..."): not when, how long, who or why. */
const ASKS_WHAT = /^\s*(wat|welke|welk)\b/i;

/** "Hoe wordt dat opgelost?": the course of things, which a lid that goes on from another ("de bemiddeling, bedoeld in het eerste lid") gives only with it. */
const ASKS_HOW_IT_GOES = /\bhoe\s+(?:wordt|worden|gaat|gaan|verloopt|verlopen|loopt)\b/i;

/** A document's passages and the section around one: how the index hands them out. */
export interface ReferenceSource {
  passageAt(title: string, position: number): Passage | undefined;
  sectionOf(passage: Passage): Passage[];
}

/**
 * An answer that names what it means only by a reference gets what the reference points at after it:
 * "voegt de gegevens, genoemd in artikel 3, tweede lid, bij" the list of that lid (for a "wat/welke"
 * question), "binnen de termijn van de tweede stap" that step. Else the answer as it was.
 */
function withReferenced(answer: string, question: string, passage: Passage, source: ReferenceSource): string {
  const m = answer.match(REFERENCE);
  if (!m || m.index === undefined) return answer;
  // "Wat regelt artikel 11?" asks for that article, not for the one it refers to.
  const named = question.match(ARTICLE_ASKED)?.[1];
  if (named && named !== m[1]) return answer;
  const viaTerm = TERM_BEFORE.test(answer.slice(0, m.index));
  const step = m[5] ? ORDINALS.indexOf(m[5].toLowerCase()) + 1 : m[6] ? Number(m[6]) : undefined;
  const course = ASKS_HOW_IT_GOES.test(question);
  if (!viaTerm && (step !== undefined || !(ASKS_WHAT.test(question) || course))) return answer;
  const article = m[1] ? Number(m[1]) : undefined;
  const n = step ?? (m[3] ? Number(m[3]) : ORDINALS.indexOf((m[2] ?? m[4]).toLowerCase()) + 1);
  const section = article === undefined ? source.sectionOf(passage) : articleSection(passage.title, article, source);
  if (!section?.length) return answer;
  const target = referencedText(section, n, step === undefined ? 'lid' : 'step', !viaTerm && !course);
  if (!target || answer.includes(target.split('\n')[target.includes('\n') ? 1 : 0])) return answer;
  const label = step !== undefined ? `Stap ${n}` : `${section[0].section}, lid ${n}`;
  const text = `${answer}\n\n${label}:${target.includes('\n') ? '\n' : ' '}${target}`;
  return text.length <= MAX_ANSWER_CHARS + 400 ? text : answer;
}

/** A question that names an article, and maybe a lid: "Wat zegt artikel 7, vijfde lid?", "wat regelt artikel 11". */
const ARTICLE_ASKED = new RegExp(`\\bartikel\\s+(\\d{1,3})(?!\\.\\d)[a-z]?(?:,?\\s+(?:(${ORDINAL})\\s+lid|lid\\s+(\\d{1,2})))?`, 'i');

/** "zegt artikel 2, vierde lid", "volgens artikel 5": where to look, not what to look for. */
const ARTICLE_PHRASE = new RegExp(
  `\\b(?:(?:zegt|regelt|bepaalt|staat(?:\\s+er)?)\\s+)?(?:(?:in|volgens|uit|van|onder)\\s+)?(?:het\\s+)?artikel\\s+\\d{1,3}(?!\\.\\d)[a-z]?(?:,?\\s+(?:(?:${ORDINAL})\\s+lid|lid\\s+\\d{1,2}))?`,
  'gi',
);

/**
 * The question to search with: without the article it names ("Wat zegt artikel 2, vierde lid over de
 * rapportages?" searches for the rapportages), since answerFromPassage turns to that article itself.
 * The question as it was when nothing else is left.
 */
export function withoutArticleReference(question: string): string {
  const rest = question.replace(ARTICLE_PHRASE, ' ').replace(/\s+/g, ' ').trim();
  return /\p{L}{4,}/u.test(rest.replace(/^\s*(wat|welke|welk|hoe|wie|waar|wanneer)\b/i, '')) ? rest : question;
}

export interface PassageAnswer {
  text: string;
  /** The section cited, with the lid when the answer is one lid. */
  section: string;
  /** The passage the "show the whole passage" button opens. */
  position: number;
}

/**
 * The answer from the best passage: the sentences that answer (`extract` over a section), from the
 * article the question names when it names one ("Wat zegt artikel 7, vijfde lid?": that lid whole),
 * followed by what a reference in it points at.
 */
export function answerFromPassage(question: string, passage: Passage, source: ReferenceSource, extract: (section: Passage[]) => Extract): PassageAnswer {
  const asked = question.match(ARTICLE_ASKED);
  const article = asked && !new RegExp(`^art(?:ikel|\\.)?\\s*${asked[1]}(?![\\d.])`, 'i').test(passage.section) ? articleSection(passage.title, Number(asked[1]), source) : undefined;
  const section = article ?? source.sectionOf(passage);
  const lid = asked?.[3] ? Number(asked[3]) : asked?.[2] ? ORDINALS.indexOf(asked[2].toLowerCase()) + 1 : undefined;
  const lidText = lid ? referencedText(section, lid, 'lid') : undefined;
  const found = lidText ? { text: lidText, lid: `lid ${lid}` } : extract(section);
  const cited = article?.[0] ?? passage;
  return { text: withCodedRow(withReferencedRows(withReferenced(found.text, question, cited, source), question, cited, source), question, cited, source), section: [cited.section, found.lid].filter(Boolean).join(', '), position: cited.position };
}

/**
 * "het bedrag per inwoner uit de tabel van artikel 8", "de vervanger uit bijlage 2", "diens vervanger uit tabel 2": the
 * figures or names are in the rows of a table elsewhere, in an article, an annex or a numbered table.
 */
const TABLE_REFERENCE = /\b(?:(?:de|het)\s+(?:tabel|overzicht)\s+(?:van|in|uit|bij|onder)\s+(artikel)\s+(\d{1,3})|(?:uit|in|volgens)\s+(?:het\s+\p{L}+\s+(?:van|in)\s+)?(bijlage|tabel)\s+(\d{1,2}))\b/iu;
/** A row's filled cells after its name, each with its header: "Eerste vervanger: ...; Tweede vervanger: ...". */
const cellsSaid = (row: { headers: string[]; cells: string[] }) => row.cells.slice(1).flatMap((c, k) => (c.trim() ? [`${row.headers[k + 1]}: ${c}`] : [])).join('; ');

/** How many passages of a referenced article are read for its table. */
const ARTICLE_ROWS = 60;

/**
 * "Elke gemeente betaalt de vaste voet en het bedrag per inwoner uit de tabel van artikel 8" gives no figure itself:
 * the rows of that table the question names ("per inwoner", "vast bedrag") come after it, each with its cells.
 */
function withReferencedRows(answer: string, question: string, passage: Passage, source: ReferenceSource): string {
  const m = answer.match(TABLE_REFERENCE);
  const first = m ? articleSection(passage.title, Number(m[2] ?? m[4]), source, m[1] ?? m[3])?.[0] : undefined;
  if (!first) return answer;
  const rows: string[] = [];
  for (let k = first.position, p = source.passageAt(first.title, k); p && p.section === first.section && k < first.position + ARTICLE_ROWS; p = source.passageAt(first.title, ++k)) {
    const row = rowOf(p.text);
    if (row && namesRowByOwnWord(question, row.cells[0] ?? '')) rows.push(`${row.cells[0]}: ${cellsSaid(row)}`);
  }
  const text = [answer, ...rows].join('\n');
  return rows.length && text.length <= MAX_ANSWER_CHARS ? text : answer;
}

/** "Het grootste risico is R1.", "(zie M7)": a sentence that names what it means by the code of a table's row. */
const CODED_ROW = /\b(?:is|zijn|was|waren|zie|namelijk)\s+([A-Z]{1,2}\d{1,2})(?=\s*[.);,]|\s*$)/;
/** How many passages of a document are read for the row of a code. */
const DOCUMENT_PASSAGES = 400;

/** The answer with the row its code stands for ("R1: Risico: Personeelstekort ...; Beheersmaatregel: M7, ..."), when the question names no code. */
function withCodedRow(answer: string, question: string, passage: Passage, source: ReferenceSource): string {
  const code = answer.match(CODED_ROW)?.[1];
  if (!code || question.includes(code) || rowOf(passage.text)) return answer;
  for (let k = 0; k < DOCUMENT_PASSAGES; k++) {
    const p = source.passageAt(passage.title, k);
    const row = p && rowOf(p.text);
    if (!p && k > 0) break;
    if (row?.cells[0]?.trim() !== code) continue;
    const text = `${answer}\n${code}: ${cellsSaid(row)}`;
    return text.length <= MAX_ANSWER_CHARS ? text : answer;
  }
  return answer;
}

/** The passages under the heading of article n of a document ("Artikel 3 Taken ...", "Art. 3"), of annex n ("Bijlage 2 – ...") or table n ("Tabel 2 ..."). */
function articleSection(title: string, article: number, source: ReferenceSource, kind = 'artikel'): Passage[] | undefined {
  const heading = /^(?:bijlage|tabel)$/i.test(kind) ? new RegExp(`^${kind}\\s*${article}(?![\\d.])`, 'i') : new RegExp(`^art(?:ikel|\\.)?\\s*${article}(?![\\d.])`, 'i');
  for (let k = 0, misses = 0; misses < 3 && k < 2000; k++) {
    const p = source.passageAt(title, k);
    if (!p) {
      misses += 1;
      continue;
    }
    misses = 0;
    if (heading.test(p.section)) return source.sectionOf(p);
  }
  return undefined;
}
