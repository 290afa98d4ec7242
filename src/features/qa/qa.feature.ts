import type { Logger } from '../../shared/logger';
import type { ConversationContext } from '../follow-up-context';
import type { KnowledgeRepository, QaRepository } from './qa.ports';
import type { FeatureRoutes, IncomingFile, Reply } from '../feature';
import type { NotificationOutbox } from '../notifications/notifications.ports';
import type { RecipientReach } from '../notifications/reach';
import { renderTicketCard } from './cards/ticket.card';
import type { KnowledgeIndexStore } from './knowledge-index-store';
import { answerReply, previousQuestions, qaRoutes } from './qa.routes';
import { isShipped } from './builtin-documents';
import type { KnowledgeIndex } from './knowledge-index';
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
export function register(deps: QaFeatureDeps): { routes: FeatureRoutes; loadKnowledge(): Promise<void>; namesTopic(name: string): Promise<boolean>; answers(question: string): Promise<boolean>; asksPersonalData(question: string): boolean; documentAnswer(question: string): Promise<Reply[] | undefined>; stop(): void } {
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
    documentAnswer: async (question) => documentAnswer(await service.knowledgeIndex(), question),
    stop: () => service.stop(),
  };
}

/** The answer the documents give, for a feature that answers from its own data first; not the user guide's. */
function documentAnswer(index: KnowledgeIndex, question: string): Reply[] | undefined {
  const result = index.ask(question);
  if (result.kind !== 'answer') return undefined;
  const ref = result.passageRef;
  const passage = ref.kind === 'passage' ? index.passage(ref.title, ref.position) : undefined;
  return passage && isShipped(passage) ? undefined : [answerReply(question, result)];
}
