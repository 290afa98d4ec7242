import type { QaResult } from './qa.domain';
import { questionParts, twoAsks } from './question-setup';

type Answer = Extract<QaResult, { kind: 'answer' }>;

const answered = (r: QaResult): r is Answer => r.kind === 'answer' && !r.missing && !r.unanswered;
const sameText = (a: Answer, b: Answer) =>
  a.passageRef.kind === b.passageRef.kind && (a.passageRef.kind === 'fact' ? a.passageRef.id === (b.passageRef as { id: string }).id : a.answer === b.answer);

/**
 * "Wanneer is de norm aangenomen en met hoeveel gemeenten is Twente?": two asks that no one text answers together, each
 * answered by a text of its own. When the whole question finds no answer, each ask is put on its own (after the asker's
 * setup) and both answers are given, with both sources. `whole` stays when either ask finds none: half an answer is no answer.
 */
export function answerPerAsk(question: string, whole: QaResult, answerOf: (question: string) => QaResult): QaResult {
  const asks = whole.kind === 'none' && whole.reason === 'low-score' ? twoAsks(question, true) : undefined;
  if (!asks) return whole;
  const { setup } = questionParts(question);
  const first = `${asks[0].replace(/[\s,;]+$/, '')}?`;
  const second = `${asks[1].charAt(0).toUpperCase()}${asks[1].slice(1)}`;
  const [a, b] = [first, second].map((ask) => answerOf(setup ? `${setup} ${ask}` : ask));
  if (!answered(a) || !answered(b) || sameText(a, b)) return whole;
  const also = [...(a.source.also ?? []), b.source, ...(b.source.also ?? [])];
  return { ...a, answer: `${a.answer}\n\n${b.answer}`, source: { ...a.source, also }, confidence: Math.min(a.confidence, b.confidence), table: undefined };
}
