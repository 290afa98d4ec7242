import type { ZodType } from 'zod';

/** A stored value with the version token that guards the next write (SQLite counter or Cosmos ETag). */
export interface Versioned<T> {
  value: T;
  version: string;
}

export interface BulkItem<T> {
  pk: string;
  id: string;
  value: T;
}

/**
 * One aggregate's documents, grouped by partition key. Repositories are built on this;
 * features never see SQL or Cosmos types.
 */
export interface Collection<T> {
  get(pk: string, id: string): Promise<Versioned<T> | undefined>;
  /** All documents of one partition: the only kind of list a hot path may use. */
  listPartition(pk: string): Promise<Versioned<T>[]>;
  /** Every document across partitions: for start-up, imports and reports, never per turn. */
  listAll(): Promise<Versioned<T>[]>;
  /** Fails with AlreadyExistsError when the id is taken (idempotent creates rely on it). */
  create(pk: string, id: string, value: T): Promise<Versioned<T>>;
  /** Fails with ConcurrencyError when the stored version is not `expectedVersion`. */
  replace(pk: string, id: string, value: T, expectedVersion: string): Promise<Versioned<T>>;
  /** Unconditional write, for imports that own the data. */
  upsert(pk: string, id: string, value: T): Promise<Versioned<T>>;
  /** Many upserts; atomic on SQLite, per item on Cosmos. */
  upsertMany(items: BulkItem<T>[]): Promise<void>;
  delete(pk: string, id: string, expectedVersion?: string): Promise<boolean>;
}

export type StorageKind = 'sqlite' | 'cosmos';

export interface DocumentStore {
  readonly kind: StorageKind;
  collection<T>(name: ContainerName, schema: ZodType<T>): Collection<T>;
  close(): Promise<void>;
}

/**
 * Every container and what its partition key is. The per-turn lookups (user by aadObjectId,
 * conversation reference by user) are point reads inside one partition.
 */
export const CONTAINERS = {
  users: 'aadObjectId: the directory lookup on every turn is a point read',
  conversations: 'aadObjectId or channel key: proactive sends read one reference',
  knowledge: 'document title: re-ingest replaces one partition; the index loads once at start',
  facts: 'region: curated answers, loaded once at start',
  tickets: 'region: the open-questions list of the experts',
  feedback: 'region: small report',
  providers: 'region: provider, contract, wait time and signal rows, read as one partition',
  rounds: 'region: one round per year',
  themes: 'region:year (the round): overview and reminders read one round',
  audit: 'region:year (the round): exported per round',
  channels: 'region: channel links',
  outbox: 'conversation key: delivery order per conversation',
  timers: 'region: due jobs',
  meetings: 'region: the upcoming-meetings list reads one partition',
  escalations: 'region: open escalations are counted from one partition',
} as const;

export type ContainerName = keyof typeof CONTAINERS;
