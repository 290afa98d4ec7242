import { MAX_ANSWER_CHARS, type Passage, type QaResult } from './qa.domain';
import { MIN_COVERAGE } from './answer-gate';
import { titleOfKey } from './ranked-hit';
import { rowOf } from './tables';

type Answer = Extract<QaResult, { kind: 'answer' }>;

/**
 * "... zoals in hoofdstuk 7 beschreven", "komen wij terug in paragraaf 8", "(zie paragraaf 4.2)", "(hoofdstuk 9)", "hoofdstuk 8 licht
 * toe waarom": a part of the same document, by number.
 */
const REFERENCE = /(?:\b(?:in|zie|uit|naar)\s+|\(\s*)(?:hoofdstuk|paragraaf|par\.)\s+(\d{1,2}(?:\.\d{1,2})?)\b|\b(?:hoofdstuk|paragraaf)\s+(\d{1,2}(?:\.\d{1,2})?)\s+(?:licht|gaat|beschrijft|legt|geeft)\b/i;

interface Hit {
  id: string;
  kind: string;
  rank: number;
  coverage: number;
}

/**
 * An answer that points to another part of its document for what is asked ("de dekking van € 52.800, zoals in hoofdstuk 7
 * beschreven") gets that part's best hit after it ("Van het totaal wordt € 31.500 gedekt uit ..."), when the question
 * found it too. Else the answer as it was.
 */
export function withReferencedSection<H extends Hit>(answer: Answer, hits: H[], passage: (id: string) => Passage | undefined, answerOf: (hit: H) => Answer): Answer {
  const reference = REFERENCE.exec(answer.answer), number = reference?.[1] ?? reference?.[2];
  if (!number) return answer;
  const numbered = new RegExp(`^\\s*${number.replace('.', '\\.')}(?:[.\\s]|$)`);
  // Of that part, a text (no row of a table: one item of it) that covers enough of the question.
  const inPart = (h: H, p = passage(h.id)) => !!p && numbered.test(p.section) && !answer.source.section.includes(p.section) && !rowOf(p.text);
  const target = hits
    .filter((h) => h.kind === 'passage' && h.coverage >= MIN_COVERAGE && titleOfKey(h.id) === answer.source.title && inPart(h))
    .sort((a, b) => b.coverage - a.coverage || b.rank - a.rank)[0];
  if (!target) return answer;
  const referenced = answerOf(target);
  const text = `${answer.answer}\n\n${referenced.answer}`;
  if (answer.answer.includes(referenced.answer.slice(0, 80)) || text.length > MAX_ANSWER_CHARS + 400) return answer;
  return { ...answer, answer: text, source: { ...answer.source, section: `${answer.source.section}; ${referenced.source.section}` } };
}
