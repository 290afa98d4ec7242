import type { Config } from '../config';
import type { Logger } from '../shared/logger';
import type { DocumentStore } from './document-store';
import { openCosmosStore } from './cosmos/cosmos-store';
import { openSqliteStore } from './sqlite/sqlite-store';
import { type ConversationsRepository, conversationsRepository } from './repositories/conversations.repository';
import { type PeopleRepository, peopleRepository } from './repositories/people.repository';
import { type OutboxRepository, outboxRepository } from './repositories/outbox.repository';

/** The repositories the features use, all on one document store. */
export interface Storage {
  readonly kind: DocumentStore['kind'];
  readonly store: DocumentStore;
  readonly people: PeopleRepository;
  readonly conversations: ConversationsRepository;
  readonly outbox: OutboxRepository;
  close(): Promise<void>;
}

export function createRepositories(store: DocumentStore): Storage {
  return {
    kind: store.kind,
    store,
    people: peopleRepository(store),
    conversations: conversationsRepository(store),
    outbox: outboxRepository(store),
    close: () => store.close(),
  };
}

type StoreConfig = Pick<Config, 'STORAGE' | 'DATA_DIR' | 'COSMOS_ENDPOINT' | 'COSMOS_KEY' | 'COSMOS_DATABASE'> &
  Partial<Pick<Config, 'COSMOS_CREATE_CONTAINERS'>>;

export async function openDocumentStore(config: StoreConfig, log?: Logger): Promise<DocumentStore> {
  if (config.STORAGE === 'cosmos') {
    const create = config.COSMOS_CREATE_CONTAINERS;
    return openCosmosStore({
      endpoint: config.COSMOS_ENDPOINT!,
      key: config.COSMOS_KEY,
      database: config.COSMOS_DATABASE,
      createContainers: create === undefined ? undefined : create === 'on',
      log,
    });
  }
  return openSqliteStore(config.DATA_DIR);
}

export async function createStorage(config: StoreConfig, log?: Logger): Promise<Storage> {
  return createRepositories(await openDocumentStore(config, log));
}
