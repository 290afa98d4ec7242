import { createHash } from 'node:crypto';
import type { Feedback } from './qa.domain';
import type { QaRepository } from './qa.ports';

/** What a click on 👍/👎 did: a first vote, a changed vote, or the vote that was already there. */
export type VoteOutcome = 'new' | 'changed' | 'same';

export interface FeedbackCounts {
  helpful: number;
  notHelpful: number;
  worst: { source: string; count: number }[];
}

/** One answer as people vote on it: the question (case, spacing and punctuation ignored) and its source. */
const answerKey = (question: string, source: string) => `${question.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()}\n${source}`;

/** One vote per person per answer: the same person clicking again changes their vote, never adds one. */
export const feedbackId = (userId: string, question: string, source: string) =>
  `fb-${createHash('sha256').update(`${userId}\n${answerKey(question, source)}`).digest('hex').slice(0, 24)}`;

/** Votes on answers ("Nuttig" / "Niet nuttig") and the report of them for RSJ. */
export class FeedbackService {
  constructor(private readonly repo: Pick<QaRepository, 'saveFeedback' | 'feedbackById' | 'feedback'>) {}

  /** `userId` comes from the activity, never from card data. */
  async vote(userId: string, input: { helpful: boolean; question: string; source: string }, now = new Date()): Promise<VoteOutcome> {
    const earlier = await this.repo.saveFeedback({ ...input, userId, id: feedbackId(userId, input.question, input.source), at: now.toISOString() });
    return !earlier ? 'new' : earlier.helpful === input.helpful ? 'same' : 'changed';
  }

  /** How this person voted on this answer (true: nuttig), or undefined when they did not. */
  async voteOf(userId: string, question: string, source: string): Promise<boolean | undefined> {
    return (await this.repo.feedbackById(feedbackId(userId, question, source)))?.helpful;
  }

  /** Each person's latest vote per answer counts once (votes stored before they were keyed by person included). */
  async counts(): Promise<FeedbackCounts> {
    const latest = new Map<string, Feedback>();
    for (const f of await this.repo.feedback()) {
      const key = `${f.userId}\n${answerKey(f.question, f.source)}`;
      const seen = latest.get(key);
      if (!seen || seen.at <= f.at) latest.set(key, f);
    }
    const votes = [...latest.values()];
    const bad = new Map<string, number>();
    for (const f of votes) if (!f.helpful) bad.set(f.source, (bad.get(f.source) ?? 0) + 1);
    return {
      helpful: votes.filter((f) => f.helpful).length,
      notHelpful: votes.filter((f) => !f.helpful).length,
      worst: [...bad.entries()].map(([source, count]) => ({ source, count })).sort((a, b) => b.count - a.count).slice(0, 5),
    };
  }
}
