import type { Config } from '../config';
import type { Logger } from '../shared/logger';
import { ensureIndexed } from './reindex';
import { ensureRegionScoped } from './region-scope';
import type { DocumentStore, StoreStats } from './document-store';
import { SqliteStore, openSqliteStore } from './sqlite/sqlite-store';
import type { KnowledgeIndexStore } from '../features/qa/knowledge-index-store';
import { defaultMirrorDir, openKnowledgeMirror } from './knowledge-mirror';
import { FACTS_CHANGE, knowledgeManifest } from './repositories/knowledge-manifest';
import { channelsRepository } from './repositories/channels.repository';
import { conversationsRepository } from './repositories/conversations.repository';
import { escalationsRepository } from './repositories/escalations.repository';
import { claimUnscopedKnowledge, knowledgeRepository } from './repositories/knowledge.repository';
import { meetingsRepository } from './repositories/meetings.repository';
import { outboxRepository } from './repositories/outbox.repository';
import { peopleRepository } from './repositories/people.repository';
import { providersRepository } from './repositories/providers.repository';
import { qaRepository } from './repositories/qa.repository';
import { auditRepository, roundsRepository, themesRepository } from './repositories/regioagenda.repository';
import { timersRepository } from './repositories/timers.repository';
import { rateLimitsRepository } from './repositories/rate-limits.repository';
import { conversationContextRepository } from './repositories/conversation-context.repository';
import { versionWatch } from './repositories/versions.repository';
import type * as Ports from './ports';

/**
 * Every repository of one region on one document store. The composition root hands each feature
 * the ports it declares; nobody outside src/storage sees the document store itself.
 */
export interface Storage {
  readonly kind: DocumentStore['kind'];
  /** Calls, documents read and request units since start (for /healthz and the bench). */
  readonly stats: StoreStats;
  readonly people: Ports.PeopleRepository;
  readonly conversations: Ports.ConversationsRepository;
  readonly outbox: Ports.OutboxRepository;
  readonly channels: Ports.ChannelsRepository;
  readonly timers: Ports.TimersRepository;
  readonly providers: Ports.ProvidersRepository;
  readonly escalations: Ports.EscalationsRepository;
  readonly meetings: Ports.MeetingsRepository;
  readonly rounds: Ports.RoundsRepository;
  readonly themes: Ports.ThemesRepository;
  readonly audit: Ports.AuditRepository;
  readonly knowledge: Ports.KnowledgeRepository;
  readonly qa: Ports.QaRepository;
  /**
   * The persistent knowledge search index: in the SQLite file itself, or (Cosmos) in a local SQLite
   * copy per instance that follows the shared knowledge; without one search builds an index in memory.
   */
  readonly knowledgeIndex?: KnowledgeIndexStore;
  readonly rateLimits: Ports.RateLimitsRepository;
  /** Follow-up context per conversation, expiring by TTL. */
  readonly conversationContext: Ports.ConversationContext;
  /** Per-region write counters: what a process caches (providers, knowledge, people) reloads when they move. */
  readonly versions: Ports.VersionWatch;
  /** Corrupt documents moved aside so far (shown on /healthz). */
  quarantined(): Promise<number>;
  close(): Promise<void>;
}

export interface RepositoryOptions {
  /** Days finished outbox work and timer jobs are kept (RETENTION_DAYS). */
  retentionDays?: number;
  /** How often the version document is read (VERSION_POLL_MS). */
  versionPollMs?: number;
  log?: Logger;
  /** Cosmos: where the local copy of the knowledge this instance searches lives (see knowledge-mirror.ts). */
  knowledgeCacheDir?: string;
}

/** Builds every repository once; region-scoped ones partition by `regionId` so regions can share a store. */
export function createRepositories(store: DocumentStore, regionId: string, options: RepositoryOptions = {}): Storage {
  const retention = { retentionDays: options.retentionDays ?? 30 };
  const versions = versionWatch(store, regionId, { pollMs: options.versionPollMs, log: options.log });
  // Only instances of a shared store keep local copies that need to hear about each write.
  const manifest = store.kind === 'cosmos' ? knowledgeManifest(store, regionId) : undefined;
  const mirror = manifest && options.knowledgeCacheDir ? openKnowledgeMirror(store, regionId, options.knowledgeCacheDir, versions) : undefined;
  const knowledgeWritten = (title: string) => {
    mirror?.changed();
    return Promise.all([versions.bump('knowledge'), manifest?.record(title)]);
  };
  return {
    kind: store.kind,
    stats: store.stats,
    people: peopleRepository(store, regionId, () => versions.bump('people')),
    conversations: conversationsRepository(store, regionId),
    outbox: outboxRepository(store, regionId, retention),
    channels: channelsRepository(store, regionId),
    timers: timersRepository(store, regionId, retention),
    providers: providersRepository(store, regionId, () => versions.bump('providers')),
    escalations: escalationsRepository(store, regionId, () => versions.bump('escalations')),
    meetings: meetingsRepository(store, regionId),
    rounds: roundsRepository(store, regionId),
    themes: themesRepository(store, regionId),
    audit: auditRepository(store, regionId),
    knowledge: knowledgeRepository(store, regionId, knowledgeWritten, async (title) => manifest?.intend(title)),
    qa: qaRepository(store, regionId, () => knowledgeWritten(FACTS_CHANGE)),
    knowledgeIndex: mirror?.index ?? (store instanceof SqliteStore ? store.knowledgeIndex(regionId) : undefined),
    rateLimits: rateLimitsRepository(store, regionId),
    conversationContext: conversationContextRepository(store, regionId),
    versions,
    quarantined: () => store.quarantined(),
    close: async () => {
      versions.stop();
      await mirror?.close();
      await store.close();
    },
  };
}

export type StoreConfig = Pick<Config, 'STORAGE' | 'DATA_DIR' | 'COSMOS_ENDPOINT' | 'COSMOS_KEY' | 'COSMOS_DATABASE'> &
  Partial<Pick<Config, 'COSMOS_CREATE_CONTAINERS' | 'RETENTION_DAYS' | 'VERSION_POLL_MS' | 'KNOWLEDGE_CACHE_DIR'>>;

export async function openDocumentStore(config: StoreConfig, log?: Logger): Promise<DocumentStore> {
  if (config.STORAGE === 'cosmos') {
    // The Cosmos SDK and Azure identity load only when configured: the SQLite default starts without them.
    const { openCosmosStore } = require('./cosmos/cosmos-store') as typeof import('./cosmos/cosmos-store');
    const create = config.COSMOS_CREATE_CONTAINERS;
    return openCosmosStore({
      endpoint: config.COSMOS_ENDPOINT!,
      key: config.COSMOS_KEY,
      database: config.COSMOS_DATABASE,
      createContainers: create === undefined ? undefined : create === 'on',
      log,
    });
  }
  return openSqliteStore(config.DATA_DIR, { log });
}

export interface CreateStorageOptions {
  /** Cosmos: keep a local copy of the knowledge to search (default); off for processes that search nothing (CLIs). */
  knowledgeCopy?: boolean;
}

export async function createStorage(config: StoreConfig, regionId: string, log?: Logger, options: CreateStorageOptions = {}): Promise<Storage> {
  const store = await openDocumentStore(config, log);
  await ensureIndexed(store, config.RETENTION_DAYS ?? 30, log);
  await ensureRegionScoped(store, regionId, config.RETENTION_DAYS ?? 30, log);
  const knowledgeCacheDir = options.knowledgeCopy === false ? undefined : (config.KNOWLEDGE_CACHE_DIR ?? defaultMirrorDir(config.COSMOS_DATABASE));
  const storage = createRepositories(store, regionId, { retentionDays: config.RETENTION_DAYS, versionPollMs: config.VERSION_POLL_MS, log, knowledgeCacheDir });
  // Processes that search nothing (CLIs) leave the knowledge alone: the next instance that serves questions moves it.
  if (options.knowledgeCopy !== false) await claimUnscopedKnowledge(store, regionId, storage.knowledge, log);
  return storage;
}
