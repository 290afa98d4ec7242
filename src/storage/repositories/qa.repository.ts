import type { DocumentStore } from '../document-store';
import { type DeclinedQuestion, type Fact, type Feedback, type Ticket, declinedQuestionSchema, factSchema, feedbackSchema, ticketSchema } from '../../features/qa/qa.domain';
import type { Versioned } from '../document-store';

/** Expert-added curated facts (the shipped ones live in the repo), tickets and answer feedback; all per region. */
export interface QaRepository {
  facts(): Promise<Fact[]>;
  saveFact(fact: Fact): Promise<void>;
  createTicket(ticket: Ticket): Promise<void>;
  ticket(id: string): Promise<Versioned<Ticket> | undefined>;
  /** Fails with ConcurrencyError when someone else changed the ticket since `version`. */
  updateTicket(ticket: Ticket, version: string): Promise<void>;
  tickets(): Promise<Ticket[]>;
  addFeedback(feedback: Feedback): Promise<void>;
  feedback(): Promise<Feedback[]>;
  /** Declined questions: one document per ask (append only, so concurrent asks never overwrite each other). */
  addDeclined(question: DeclinedQuestion): Promise<void>;
  declined(): Promise<DeclinedQuestion[]>;
  removeDeclined(ids: string[]): Promise<void>;
}

/** `factWritten` records a fact change for other instances (the knowledge version); it runs after the write landed. */
export function qaRepository(store: DocumentStore, region: string, factWritten: () => Promise<unknown> = async () => undefined): QaRepository {
  const facts = store.collection('facts', factSchema);
  const tickets = store.collection('tickets', ticketSchema);
  const feedback = store.collection('feedback', feedbackSchema);
  // Beside the feedback (the same small report container), in a partition of their own.
  const declined = store.collection('feedback', declinedQuestionSchema);
  const declinedPk = `${region}:declined`;
  return {
    async facts() {
      return (await facts.listPartition(region)).map((d) => d.value);
    },
    async saveFact(fact) {
      await facts.upsert(region, fact.id, fact);
      await factWritten();
    },
    async createTicket(ticket) {
      await tickets.create(region, ticket.id, ticket);
    },
    ticket: (id) => tickets.get(region, id),
    async updateTicket(ticket, version) {
      await tickets.replace(region, ticket.id, ticket, version);
    },
    async tickets() {
      return (await tickets.listPartition(region)).map((d) => d.value);
    },
    async addFeedback(item) {
      await feedback.create(region, item.id, item);
    },
    async feedback() {
      return (await feedback.listPartition(region)).map((d) => d.value);
    },
    async addDeclined(item) {
      await declined.create(declinedPk, item.id, item);
    },
    async declined() {
      return (await declined.listPartition(declinedPk)).map((d) => d.value);
    },
    async removeDeclined(ids) {
      for (const id of ids) await declined.delete(declinedPk, id);
    },
  };
}
