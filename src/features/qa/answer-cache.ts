import type { QaResult } from './qa.domain';

/** How many distinct questions are remembered per knowledge state. */
const MAX_ANSWERS = 2_000;

/**
 * Answers by question text, for as long as the knowledge they came from is unchanged (the same index object at the same
 * store generation). People ask the same questions: the suggested ones, a colleague's, a follow-up asked again after a
 * "Toon volledige passage". Answering is deterministic given the knowledge, so a remembered answer is the answer.
 */
export class AnswerCache {
  private state?: { index: object; generation: number };
  private readonly answers = new Map<string, QaResult>();

  /** `generation` undefined: the knowledge is changing (taken in over several turns), so nothing is remembered. */
  answer(index: object, generation: number | undefined, question: string, compute: () => QaResult): QaResult {
    if (generation === undefined) return compute();
    if (this.state?.index !== index || this.state.generation !== generation) {
      this.state = { index, generation };
      this.answers.clear();
    }
    // Spacing aside, the same text: capitals count, they tell names apart.
    const key = question.trim().replace(/\s+/g, ' ');
    let found = this.answers.get(key);
    if (found) this.answers.delete(key);
    else found = compute();
    // The least recently asked goes first: a suggested question asked every day stays.
    if (this.answers.size >= MAX_ANSWERS) this.answers.delete(this.answers.keys().next().value!);
    this.answers.set(key, found);
    // Callers may add to a result (a follow-up's context): each gets its own copy.
    return structuredClone(found);
  }
}
