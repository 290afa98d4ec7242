/**
 * The questions of a list of questions and answers (a "veelgestelde vragen" section, a nota van inlichtingen): each
 * heads its answer, so its words find the answer and the answer is cited with it.
 */

/**
 * "**Wat als de jongere niet wil meewerken?**" on a line of its own, its answer after it: a question of a list of
 * questions and answers, set in bold as every reader writes it. Also "Vraag: ...?".
 */
const FAQ_QUESTION = /^(?:\*\*\s*(?:vraag\s*\d*\s*[:.]\s*)?([^*]{8,200}\?)\s*\*\*|(?:\*\*)?vraag\s*\d*\s*[:.](?:\*\*)?\s*([^*]{8,200}\?)(?:\*\*)?)$/i;
/** One sentence: a line with a sentence end inside ("Ja. Maar ... ?") is an answer that ends in a question. */
const ONE_SENTENCE = (text: string) => !/[.!:]\s/.test(text);
/** A heading over questions and their answers. */
const QUESTIONS_HEADING = /\b(?:vragen|faq|vraag en antwoord)\b/i;

/** "**Vraag 13**" alone on its line: the number of a bidder's question, whose text follows on the next lines. */
const NUMBERED_QUESTION = /^(?:\*\*)?(vraag\s*\d+[a-z]?)\s*[.:]?(?:\*\*)?\s*[.:]?$/i;
/** "**Antwoord**", "Antwoord:" alone on its line: a label, no heading of its own; the answer belongs to the question above. */
const ANSWER_LABEL = /^(?:\*\*)?antwoord\s*\d*\s*[.:]?(?:\*\*)?\s*[.:]?$/i;
/** How many lines a numbered question's text may take before its answer's label. */
const QUESTION_LINES = 4;

/** A PDF may run a bold label on after the sentence before it ("... afloopt. **Vraag 2**"): it starts its own line. */
export const withQuestionLabelsOnOwnLine = (text: string) => text.replace(/([.!?])[ \t]+(\*\*(?:vraag|antwoord)\s*\d*[a-z]?\s*[.:]?\*\*)$/gim, '$1\n$2');

export interface QuestionHeading {
  name: string;
  /** Lines after the first that the heading takes (the question's text and the answer's label). */
  more: number;
}

/**
 * The question line `i` asks when it heads its answer: set in bold, a question on a line of its own under a heading that
 * names questions ("Veelgestelde vragen") followed by a line that is no question, or a numbered question ("Vraag 13")
 * whose text runs up to the label "Antwoord". `answered`: whether the question heading open last has text under it.
 */
export function questionHeading(lines: string[], i: number, open: { name: string; question?: boolean }[], answered: boolean): QuestionHeading | undefined {
  const numbered = numberedQuestion(lines, i);
  if (numbered) return numbered;
  // A question right after a question that has no answer yet is that answer's text.
  if (open[open.length - 1]?.question && !answered) return undefined;
  const line = lines[i];
  const faq = FAQ_QUESTION.exec(line);
  const question = faq?.[1] ?? faq?.[2];
  if (question) return ONE_SENTENCE(question) ? { name: question, more: 0 } : undefined;
  const underQuestions = QUESTIONS_HEADING.test([...open].reverse().find((h) => !h.question)?.name ?? '');
  return underQuestions && /^\p{Lu}[^?]{6,200}\?$/u.test(line) && ONE_SENTENCE(line) && !!lines[i + 1] ? { name: line, more: 0 } : undefined;
}

/** "**Vraag 13**", "Welke maximale wachttijden gelden er ...?", "**Antwoord**": one heading "Vraag 13: Welke ...?". */
function numberedQuestion(lines: string[], i: number): QuestionHeading | undefined {
  const number = NUMBERED_QUESTION.exec(lines[i])?.[1];
  if (!number) return undefined;
  const label = lines.findIndex((l, k) => k > i + 1 && k <= i + 1 + QUESTION_LINES && ANSWER_LABEL.test(l));
  // Quoted in italics as a college cites a council's question: *"Hoeveel kinderen ...?"*.
  const text = lines.slice(i + 1, label).join(' ').replace(/\*+/g, '').trim().replace(/^["“”„'‘’]+|["“”'‘’]+$/g, '').trim();
  // A next numbered question before the label: this one has no answer of its own.
  if (label < 0 || !text.endsWith('?') || lines.slice(i + 1, label).some((l) => NUMBERED_QUESTION.test(l))) return undefined;
  return { name: `${number.replace(/\s+/g, ' ')}: ${text}`, more: label - i };
}
