import type { Passage, QaResult } from './qa.domain';

type Answer = Extract<QaResult, { kind: 'answer' }>;

/** How close to the best hit's coverage a passage must come to answer instead of it. */
const NEAR = 0.85;
/** How many passages after the best are tried. */
const TRIED = 3;

/**
 * "Wie mag een cliëntenstop opleggen?" answered by "de regiomanager kan een korting opleggen": the best hit does not
 * say the thing asked about (`unanswered`), and a passage nearly as good does ("c. een tijdelijke stop op de instroom
 * ..., door de regiomanager"): that passage answers, with the sentences chosen for the question or else its own text
 * (the choice may fall on a lid that matches other words). `judged` is a hit's answer, or with `own` its own text,
 * with the thing asked checked. Only for a thing the question names as its topic (`named`), not a kind of answer it asks
 * for ("in welke vergadering"): another passage that says that word is about something else.
 */
export function answerSayingThing<H extends { kind: string; coverage: number }>(ranked: H[], best: H, judged: (hit: H, own?: boolean) => Answer, named: (thing: string) => boolean): Answer {
  const first = judged(best);
  if (!first.unanswered || !named(first.unanswered)) return first;
  const near = ranked.filter((h) => h !== best && h.kind === 'passage' && h.coverage >= best.coverage * NEAR).slice(0, TRIED);
  for (const hit of near) {
    for (const own of [false, true]) {
      const answer = judged(hit, own);
      if (!answer.unanswered && !answer.missing) return answer;
    }
  }
  return first;
}

/** A passage's own text as the answer. */
export const passageAnswer = (passage: Passage, confidence: number): Answer => ({
  kind: 'answer', answer: passage.text, source: { title: passage.title, section: passage.section }, passageRef: { kind: 'passage', title: passage.title, position: passage.position }, confidence,
});
