import type { Logger } from '../../shared/logger';
import type { ConversationContext } from '../follow-up-context';
import type { KnowledgeRepository, QaRepository } from './qa.ports';
import type { FeatureRoutes, IncomingFile } from '../feature';
import type { NotificationOutbox } from '../notifications/notifications.ports';
import type { RecipientReach } from '../notifications/reach';
import { renderTicketCard } from './cards/ticket.card';
import type { KnowledgeIndexStore } from './knowledge-index-store';
import { previousQuestions, qaRoutes } from './qa.routes';
import { QaService } from './qa.service';
import { FeedbackService } from './feedback.service';
import { declineReason } from './declines';

export interface QaFeatureDeps {
  knowledge: KnowledgeRepository;
  /** The store's persistent search index, when it has one. */
  searchIndex?: KnowledgeIndexStore;
  qa: QaRepository;
  /** Where the previous question of a conversation is kept for follow-ups. */
  context: ConversationContext;
  outbox: NotificationOutbox;
  reach: RecipientReach;
  log: Logger;
  /** Fetches a file a user sent in chat (documents for the knowledge base). */
  download: (file: IncomingFile) => Promise<Buffer>;
}

/** Questions about governance answered from the documents; tickets for the experts when it cannot. */
export function register(deps: QaFeatureDeps): { routes: FeatureRoutes; loadKnowledge(): Promise<void>; namesTopic(name: string): Promise<boolean>; answers(question: string): Promise<boolean>; asksPersonalData(question: string): boolean; stop(): void } {
  const service = new QaService({ knowledge: deps.knowledge, searchIndex: deps.searchIndex, repo: deps.qa, outbox: deps.outbox, reach: deps.reach, log: deps.log, ticketCard: renderTicketCard });
  return {
    routes: qaRoutes(service, new FeedbackService(deps.qa), deps.download, previousQuestions(deps.context, deps.log)),
    // The composition root starts it once the server listens; a question asked earlier starts it itself.
    loadKnowledge: () => service.knowledgeIndex().then(
      () => undefined,
      (err) => deps.log.warn({ err }, 'knowledge index not loaded at start'),
    ),
    // For other features' routing: a name the governance knowledge uses is a question for Q&A.
    namesTopic: async (name) => (await service.knowledgeIndex()).namesTopic(name),
    answers: async (question) => (await service.knowledgeIndex()).ask(question).kind === 'answer',
    asksPersonalData: (question) => declineReason(question) === 'personal-data',
    stop: () => service.stop(),
  };
}
