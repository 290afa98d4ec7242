import type { ZodType } from 'zod';
import type { Versioned } from '../shared/versioned';

export type { Versioned };

export type Keyed<T> = Versioned<T> & { pk: string; id: string };

export interface BulkItem<T> {
  pk: string;
  id: string;
  value: T;
}

/**
 * What the store indexes of a document, computed by its repository from the value on every write.
 * Only these fields are queryable (and indexed in `infra/cosmos-containers.json`), so a query never
 * scans history:
 * - `due`: epoch ms at which the document needs attention (open work); absent once finished.
 * - `at`: epoch ms a time-window query looks at (e.g. when a message was sent).
 * - `tags`: exact-match look-up keys (e.g. `role:wethouder`, `email:a@b.nl`).
 * - `ttlSeconds`: the document expires this long after its last write (finished work).
 * - `ephemeral`: losing the last writes in a power cut is harmless (follow-up context), so SQLite
 *   does not wait for the disk on them: a question no longer costs an fsync.
 */
export interface DocumentIndex {
  due?: number;
  at?: number;
  tags?: string[];
  ttlSeconds?: number;
  ephemeral?: boolean;
}
export type Indexer<T> = (value: T) => DocumentIndex;

/** One partition, or every partition whose key starts with a prefix (all of one region's: `ijsselland/`). */
export type Within = { pk: string } | { pkPrefix: string };

export interface PageRequest {
  /** Partition to list; all partitions when absent. */
  pk?: string;
  /** Without `pk`: only the partitions whose key starts with this (a region's documents: `<region>/`). */
  pkPrefix?: string;
  limit: number;
  continuation?: string;
}
export interface Page<T> {
  items: Versioned<T>[];
  /** Absent on the last page. */
  continuation?: string;
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
  /** `listAll` with each document's keys: for maintenance that rewrites or deletes (`npm run forget`). */
  listAllWithKeys(): Promise<Keyed<T>[]>;
  /** One page of a partition or of everything, with a continuation token for the next. */
  page(request: PageRequest): Promise<Page<T>>;
  /** Open work with `due <= upTo`, across all partitions or `within` some, earliest first, at most `limit`. */
  due(upTo: number, limit: number, within?: Within): Promise<Versioned<T>[]>;
  /** One partition's open work (any `due`) plus its documents with `at >= since`. */
  openOrSince(pk: string, since: number): Promise<Versioned<T>[]>;
  /** Documents carrying an exact tag, across partitions. */
  withTag(tag: string): Promise<Versioned<T>[]>;
  /** Fails with AlreadyExistsError when the id is taken (idempotent creates rely on it). */
  create(pk: string, id: string, value: T): Promise<Versioned<T>>;
  /** Fails with ConcurrencyError when the stored version is not `expectedVersion`. */
  replace(pk: string, id: string, value: T, expectedVersion: string): Promise<Versioned<T>>;
  /** Unconditional write, for imports that own the data. */
  upsert(pk: string, id: string, value: T): Promise<Versioned<T>>;
  /**
   * Many upserts. SQLite: one transaction for all. Cosmos: one transactional batch per partition
   * key and per 100 items (each chunk all-or-nothing; chunks of different partitions are not).
   */
  upsertMany(items: BulkItem<T>[]): Promise<void>;
  delete(pk: string, id: string, expectedVersion?: string): Promise<boolean>;
  /**
   * Writes the index of every document again from its value (version-checked, so a concurrent
   * change wins): the one-off upgrade of documents stored before their index existed.
   */
  reindex(): Promise<number>;
}

/** What the store did, for /healthz, telemetry and the bench. */
export interface StoreStats {
  /** Store round trips (a paged query counts one per page). */
  calls: number;
  /** Documents returned by reads and queries. */
  documentsRead: number;
  /** Cosmos request units charged (0 on SQLite). */
  requestCharge: number;
}

export type StorageKind = 'sqlite' | 'cosmos';

export interface DocumentStore {
  readonly kind: StorageKind;
  readonly stats: StoreStats;
  collection<T>(name: ContainerName, schema: ZodType<T>, indexer?: Indexer<T>): Collection<T>;
  /** Documents moved to the quarantine container because they were corrupt (all instances). */
  quarantined(): Promise<number>;
  close(): Promise<void>;
}

/**
 * Every container and what its partition key is; `infra/cosmos-containers.json` declares their
 * indexing policy and TTL. The per-turn lookups (user by aadObjectId, conversation reference by
 * user) are point reads inside one partition.
 */
export const CONTAINERS = {
  users: 'region/aadObjectId: the directory lookup on every turn is a point read; role and e-mail by region tag',
  conversations: 'region/aadObjectId or region/channel key: proactive sends read one reference',
  knowledge: 'document title: re-ingest replaces one partition; the index loads once at start',
  facts: 'region: curated answers, loaded once at start',
  tickets: 'region: the open-questions list of the experts',
  feedback: 'region: small report',
  providers: 'region: provider, contract, wait time and signal rows, read as one partition',
  rounds: 'region: one round per year',
  themes: 'region:year (the round): overview and reminders read one round',
  audit: 'region:year (the round): exported per round',
  channels: 'region: channel links',
  outbox: 'region/conversation key (or region/notification:id): delivery order per conversation; open work found by `due` under the region prefix',
  timers: 'region: due jobs found by `due`',
  meetings: 'region: the upcoming-meetings list reads one partition',
  escalations: 'region: open escalations are counted from one partition',
  state: 'region or region/conversation: version documents and follow-up context (TTL)',
  ratelimits: 'region/person (aadObjectId): fixed-window counters of expensive actions, expiring by TTL',
  quarantine: 'source container: corrupt documents moved aside with the reason, for an administrator',
} as const;

export type ContainerName = keyof typeof CONTAINERS;

export const emptyStats = (): StoreStats => ({ calls: 0, documentsRead: 0, requestCharge: 0 });
