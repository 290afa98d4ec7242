import type { Passage } from './qa.domain';
import { referencedText } from './answer-extraction';
import { MAX_ANSWER_CHARS } from './qa.domain';

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
export function withReferencedList(answer: string, question: string, passage: Passage, source: ReferenceSource): string {
  const m = answer.match(REFERENCE);
  if (!m || m.index === undefined) return answer;
  const viaTerm = TERM_BEFORE.test(answer.slice(0, m.index));
  const step = m[5] ? ORDINALS.indexOf(m[5].toLowerCase()) + 1 : m[6] ? Number(m[6]) : undefined;
  if (!viaTerm && (step !== undefined || !ASKS_WHAT.test(question))) return answer;
  const article = m[1] ? Number(m[1]) : undefined;
  const n = step ?? (m[3] ? Number(m[3]) : ORDINALS.indexOf((m[2] ?? m[4]).toLowerCase()) + 1);
  const section = article === undefined ? source.sectionOf(passage) : articleSection(passage.title, article, source);
  if (!section?.length) return answer;
  const target = referencedText(section, n, step === undefined ? 'lid' : 'step', !viaTerm);
  if (!target || answer.includes(target.split('\n')[target.includes('\n') ? 1 : 0])) return answer;
  const label = step !== undefined ? `Stap ${n}` : `${section[0].section}, lid ${n}`;
  const text = `${answer}\n\n${label}:${target.includes('\n') ? '\n' : ' '}${target}`;
  return text.length <= MAX_ANSWER_CHARS + 400 ? text : answer;
}

/** The passages under the heading of article n of a document ("Artikel 3 Taken ...", "Art. 3"). */
function articleSection(title: string, article: number, source: ReferenceSource): Passage[] | undefined {
  const heading = new RegExp(`^art(?:ikel|\\.)?\\s*${article}(?![\\d.])`, 'i');
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
