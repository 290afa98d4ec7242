import { splitSentences } from './passages';
import { rowOf } from './tables';
import { MAX_ANSWER_CHARS, type Passage, type QaResult } from './qa.domain';

/**
 * "Welke niveaus van escalatie zijn er?" where each level is a heading of its own ("3.1 Niveau 1:
 * contractmanager", "3.2 Niveau 2: regiomanager") under a chapter that names them ("3. Niveaus van
 * escalatie"): the answer is the list of those headings, not a sentence that happens to mention levels.
 */
const KINDS_QUESTION = /^\s*welke\s+(\p{L}+)\b.*\b(zijn er|er zijn|bestaan( er)?|onderscheidt|onderscheiden)\b/iu;

/** "Wat was de aanleiding?" of a chapter "1. Aanleiding" whose sections (1.1, 1.2, 1.3) are each one of the grounds. */
const GROUNDS_QUESTION = /\bwat\s+(?:was|is|waren|zijn)\s+(?:nu\s+)?(?:eigenlijk\s+)?(?:de|het)\s+(aanleiding|aanleidingen|redenen|achtergrond)\b/iu;

/** "Welke thema's zijn er op 12 december op de agenda gezet?": what was done then, not which kinds exist. */
const PASSIVE_DONE = /\b(?:zijn|is)\s+er\b.*\bge\p{L}{2,}[dt]\s*\??\s*$/iu;

/** The kinds a question asks to list ("niveaus"), as a word stem test, or undefined. */
export function asksForKinds(question: string, terms: (word: string) => string[]): ((text: string) => boolean) | undefined {
  if (PASSIVE_DONE.test(question)) return undefined;
  const noun = question.match(KINDS_QUESTION)?.[1] ?? question.match(GROUNDS_QUESTION)?.[1];
  const stem = noun ? terms(noun.toLowerCase())[0] : undefined;
  if (!stem || stem.startsWith('~')) return undefined;
  return (text) => text.split(/[^\p{L}]+/u).some((w) => w && terms(w.toLowerCase())[0] === stem);
}

/** The sections of a chapter, in document order, with the first passage of each. */
function sectionsOf(start: Passage, passageAt: (title: string, position: number) => Passage | undefined): Passage[] {
  const inChapter = (p?: Passage): p is Passage => !!p && p.chapter === start.chapter;
  let first = start.position;
  while (inChapter(passageAt(start.title, first - 1))) first -= 1;
  const out: Passage[] = [];
  for (let k = first, p = passageAt(start.title, k); inChapter(p); p = passageAt(start.title, ++k)) {
    if (!out.some((q) => q.section === p!.section)) out.push(p);
  }
  return out;
}

/** The first passage of the sections under a chapter's own opening text, if the next passage sits under it. */
function firstBelow(opening: Passage, passageAt: (title: string, position: number) => Passage | undefined): Passage | undefined {
  const next = passageAt(opening.title, opening.position + 1);
  return next && opening.section && next.chapter === opening.section ? next : undefined;
}

const withoutNumber = (heading: string) => heading.replace(/^\d+(\.\d+)*\.?\s+/, '');

/** The list of sections under the chapter that names what is asked, when there are at least two. */
export function subsectionList(
  names: (text: string) => boolean,
  candidates: Passage[],
  passageAt: (title: string, position: number) => Passage | undefined,
): { passage: Passage; text: string } | undefined {
  for (const candidate of candidates) {
    // The chapter's own opening text ("3. Aanleiding: Twee ontwikkelingen ...") stands for the sections under it.
    const passage = candidate.chapter && names(withoutNumber(candidate.chapter)) ? candidate : firstBelow(candidate, passageAt);
    if (!passage?.chapter || !names(withoutNumber(passage.chapter))) continue;
    // Table rows are cited by their table's caption: they are no sections of their own.
    const sections = sectionsOf(passage, passageAt).filter((p) => !rowOf(p.text));
    if (sections.length < 2) continue;
    const lines = sections.map((p) => `- ${withoutNumber(p.section)}`);
    const withFirst = sections.map((p, i) => [lines[i], splitSentences(p.text)[0]].filter(Boolean).join(' – '));
    const text = withFirst.join('\n').length <= MAX_ANSWER_CHARS ? withFirst.join('\n') : lines.join('\n');
    return { passage: sections[0], text };
  }
  return undefined;
}

/** The answer to "welke X zijn er" from the sections of a chapter naming X, when the candidates hold one. */
export function subsectionAnswer(
  question: string,
  candidates: () => Passage[],
  corpus: { terms(word: string): string[]; passageAt(title: string, position: number): Passage | undefined },
  confidence: number,
): QaResult | undefined {
  const kinds = asksForKinds(question, corpus.terms);
  const listed = kinds && subsectionList(kinds, candidates(), corpus.passageAt);
  if (!listed) return undefined;
  const { passage, text } = listed;
  // "Wat was de aanleiding?": the chapter's name, and the document's, say what its sections are the grounds of.
  const answer = GROUNDS_QUESTION.test(question) ? `${withoutNumber(passage.chapter)} (${passage.title}):\n${text}` : text;
  return { kind: 'answer', answer, source: { title: passage.title, section: passage.chapter }, passageRef: { kind: 'passage', title: passage.title, position: passage.position }, confidence };
}
