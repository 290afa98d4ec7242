// What features receive from storage: one small port per aggregate. Features import these types
// (and the errors in ./errors) and nothing else from src/storage; the composition root hands them
// the repositories that src/storage builds.
export type { Versioned } from './document-store';
export type { ChannelLink, ChannelsRepository } from './repositories/channels.repository';
export type { ConversationContext } from './repositories/conversation-context.repository';
export type { ConversationRecord, ConversationsRepository } from './repositories/conversations.repository';
export type { EscalationsRepository } from './repositories/escalations.repository';
export type { KnowledgeRepository } from './repositories/knowledge.repository';
export type { MeetingsRepository } from './repositories/meetings.repository';
export type { OutboxRepository } from './repositories/outbox.repository';
export type { PeopleRepository } from './repositories/people.repository';
export type { ProvidersRepository } from './repositories/providers.repository';
export type { QaRepository } from './repositories/qa.repository';
export type { AuditRepository, RoundsRepository, ThemesRepository } from './repositories/regioagenda.repository';
export type { TimerJob, TimersRepository } from './repositories/timers.repository';
export type { RateLimitsRepository } from './repositories/rate-limits.repository';
export type { VersionKind, VersionWatch } from './repositories/versions.repository';
