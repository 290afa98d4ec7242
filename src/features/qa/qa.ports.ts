import type { Versioned } from '../../shared/versioned';
import type { DeclinedQuestion, Fact, Feedback, Passage, Ticket } from './qa.domain';

// What Q&A needs from the store; src/storage implements it.

/** Ingested documents as passages; one partition per document title, so re-ingesting replaces one partition. */
export interface KnowledgeRepository {
  replaceDocument(title: string, passages: Passage[]): Promise<void>;
  removeDocument(title: string): Promise<number>;
  listDocuments(): Promise<{ title: string; passages: number; ingestedAt: string; sourceFile: string }[]>;
  allPassages(): Promise<Passage[]>;
  /** One document's passages in order (one partition read); empty when it is not stored. */
  passagesOf(title: string): Promise<Passage[]>;
}

/** Expert-added curated facts (the shipped ones live in the repo), tickets and answer feedback; all per region. */
export interface QaRepository {
  facts(): Promise<Fact[]>;
  saveFact(fact: Fact): Promise<void>;
  createTicket(ticket: Ticket): Promise<void>;
  ticket(id: string): Promise<Versioned<Ticket> | undefined>;
  /** Fails with ConcurrencyError when someone else changed the ticket since `version`. */
  updateTicket(ticket: Ticket, version: string): Promise<void>;
  tickets(): Promise<Ticket[]>;
  /**
   * One vote per `feedback.id` (person + answer): stored when new, replaced when the vote differs, left as it
   * is when the same. Returns the vote stored before, if any; concurrent clicks of one person end as one vote.
   */
  saveFeedback(feedback: Feedback): Promise<Feedback | undefined>;
  /** One person's vote on one answer (by `feedback.id`), if they voted. */
  feedbackById(id: string): Promise<Feedback | undefined>;
  feedback(): Promise<Feedback[]>;
  /** Declined questions: one document per ask (append only, so concurrent asks never overwrite each other). */
  addDeclined(question: DeclinedQuestion): Promise<void>;
  declined(): Promise<DeclinedQuestion[]>;
  removeDeclined(ids: string[]): Promise<void>;
}
