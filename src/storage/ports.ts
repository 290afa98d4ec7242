// Every port src/storage implements, and who declares it. Features declare what they need in their
// own `*.ports.ts` (storage depends on features' domains and ports, never the other way round);
// the rate limits are the bot's and live here.
export type { ConversationContext } from '../features/follow-up-context';
export type { EscalationsRepository } from '../features/escalations/escalations.ports';
export type { MeetingsRepository } from '../features/meetings/meetings.ports';
export type { ChannelsRepository, ConversationsRepository, OutboxRepository, TimersRepository } from '../features/notifications/store.ports';
export type { PeopleRepository } from '../features/people/people.ports';
export type { ProvidersRepository } from '../features/providers/providers.ports';
export type { KnowledgeRepository, QaRepository } from '../features/qa/qa.ports';
export type { AuditRepository, RoundsRepository, ThemesRepository } from '../features/regioagenda/regioagenda.ports';
export type { VersionKind, VersionWatch } from '../features/version-watch';
export type { RateLimitsRepository } from './repositories/rate-limits.repository';
