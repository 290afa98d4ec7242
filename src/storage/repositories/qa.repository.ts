import type { DocumentStore } from '../document-store';
import { AlreadyExistsError, ConcurrencyError } from '../../shared/store-errors';
import { declinedQuestionSchema, factSchema, feedbackSchema, ticketSchema } from '../../features/qa/qa.domain';
import type { QaRepository } from '../../features/qa/qa.ports';

/** `factWritten` records a fact change for other instances (the knowledge version); it runs after the write landed. */
export function qaRepository(store: DocumentStore, region: string, factWritten: () => Promise<unknown> = async () => undefined): QaRepository {
  const facts = store.collection('facts', factSchema);
  const tickets = store.collection('tickets', ticketSchema);
  const feedback = store.collection('feedback', feedbackSchema);
  // Beside the feedback (the same small report container), in a partition of their own. A report of what
  // people ask, not a promise to anyone: the last few lost in a power cut are harmless, so no fsync per decline.
  const declined = store.collection('feedback', declinedQuestionSchema, () => ({ ephemeral: true }));
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
    async saveFeedback(item) {
      // Read, then a create or a version-checked replace: a second click racing the first is read again.
      for (let attempt = 0; ; attempt++) {
        const stored = await feedback.get(region, item.id);
        if (stored?.value.helpful === item.helpful) return stored.value;
        try {
          if (stored) await feedback.replace(region, item.id, item, stored.version);
          else await feedback.create(region, item.id, item);
          return stored?.value;
        } catch (err) {
          if (attempt >= 3 || !(err instanceof AlreadyExistsError || err instanceof ConcurrencyError)) throw err;
        }
      }
    },
    async feedbackById(id) {
      return (await feedback.get(region, id))?.value;
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
