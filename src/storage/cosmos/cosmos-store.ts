import https from 'node:https';
import { type Container, CosmosClient, type Database, type ItemDefinition, type OperationInput } from '@azure/cosmos';
import { DefaultAzureCredential } from '@azure/identity';
import type { ZodType } from 'zod';
import type { Logger } from '../../shared/logger';
import {
  type BulkItem,
  CONTAINERS,
  type Collection,
  type ContainerName,
  type DocumentStore,
  emptyStats,
  type Indexer,
  type Keyed,
  type Page,
  type PageRequest,
  type StoreStats,
  type Versioned,
  type Within,
} from '../document-store';
import { AlreadyExistsError, ConcurrencyError } from '../../shared/store-errors';
import { parseDocument } from '../parse-document';
import { QUARANTINE, QUARANTINE_TTL_SECONDS, type QuarantineEntry, type Salvaged, logQuarantined, present, quarantineId, tryParse } from '../quarantine';
import { containerDeclarations } from './containers';

export interface CosmosOptions {
  endpoint: string;
  /** Account key: local and emulator use only. Without it the app signs in with its managed identity. */
  key?: string;
  database: string;
  /** Create the database and containers from infra/cosmos-containers.json (local/emulator only; in Azure the Bicep does). */
  createContainers?: boolean;
  /** The SDK's own retries of 429s before an error reaches the caller. */
  retry?: { maxRetryAttemptCount: number; maxWaitTimeInSeconds: number };
  /** Transactional batches for upsertMany; off by default on loopback (@vercel/cosmosdb-server cannot route them). */
  transactionalBatch?: boolean;
  log?: Logger;
}

/** Explicit rather than the SDK's silent defaults: a few retries, bounded well below a Teams turn timeout. */
export const DEFAULT_COSMOS_RETRY = { maxRetryAttemptCount: 5, maxWaitTimeInSeconds: 10 };

/** The stored shape: our value under `body`, so it never collides with Cosmos system fields; the index beside it. */
interface CosmosDoc extends ItemDefinition {
  id: string;
  pk: string;
  key: string;
  body: unknown;
  due?: number;
  at?: number;
  tags?: string[];
  ttl?: number;
  _etag?: string;
}

const isLocalEmulator = (endpoint: string) => /^https?:\/\/(localhost|127\.0\.0\.1)(:\d+)?/.test(endpoint);
/** The documented key of the local Cosmos emulators; never valid for an Azure account. */
const EMULATOR_KEY = 'C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2nQ9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw==';

export async function openCosmosStore(options: CosmosOptions): Promise<CosmosStore> {
  const local = isLocalEmulator(options.endpoint);
  const auth = options.key || local ? { key: options.key || EMULATOR_KEY } : { aadCredentials: new DefaultAzureCredential() };
  const client = new CosmosClient({
    endpoint: options.endpoint,
    ...auth,
    // The local emulators use a self-signed certificate; a real account never gets this agent.
    agent: local ? new https.Agent({ rejectUnauthorized: false }) : undefined,
    connectionPolicy: { enableEndpointDiscovery: !local, retryOptions: { ...(options.retry ?? DEFAULT_COSMOS_RETRY), fixedRetryIntervalInMilliseconds: 0 } },
  });
  const createContainers = options.createContainers ?? local;
  const database = createContainers ? (await client.databases.createIfNotExists({ id: options.database })).database : client.database(options.database);
  const containers = new Map<ContainerName, Container>();
  if (createContainers) {
    for (const d of containerDeclarations()) {
      const { container } = await database.containers.createIfNotExists({
        id: d.id,
        partitionKey: { paths: [d.partitionKeyPath] },
        indexingPolicy: d.indexingPolicy as never,
        ...(d.defaultTtl === null ? {} : { defaultTtl: d.defaultTtl }),
      });
      containers.set(d.id, container);
    }
  } else {
    for (const name of Object.keys(CONTAINERS) as ContainerName[]) containers.set(name, database.container(name));
  }
  return new CosmosStore(client, database, containers, options.transactionalBatch ?? !local, options.log);
}

export class CosmosStore implements DocumentStore {
  readonly kind = 'cosmos' as const;
  readonly stats: StoreStats = emptyStats();
  constructor(
    private readonly client: CosmosClient,
    readonly database: Database,
    private readonly containers: Map<ContainerName, Container>,
    private readonly transactionalBatch: boolean,
    private readonly log?: Logger,
  ) {}

  collection<T>(name: ContainerName, schema: ZodType<T>, indexer?: Indexer<T>): Collection<T> {
    const count: Count = (op, charge, docs) => this.count(name, op, charge, docs);
    return new CosmosCollection<T>(this.containers.get(name)!, name, schema, indexer, count, this.transactionalBatch, (e) => this.moveAside(e));
  }

  async quarantined(): Promise<number> {
    const { resources } = await this.containers.get(QUARANTINE)!.items.query<number>('SELECT VALUE COUNT(1) FROM c').fetchAll();
    return resources[0] ?? 0;
  }

  /** Copies the corrupt document into quarantine, then deletes that version (If-Match) from its container. */
  private async moveAside(e: QuarantineEntry): Promise<void> {
    logQuarantined(this.log, e);
    const key = quarantineId(e);
    await this.containers
      .get(QUARANTINE)!
      .items.create({ id: cosmosId(key), pk: e.container, key, body: e, ttl: QUARANTINE_TTL_SECONDS })
      .catch((err) => {
        if (statusOf(err) !== 409) throw err; // another instance moved it already
      });
    await this.containers
      .get(e.container as ContainerName)!
      .item(cosmosId(e.id), e.pk)
      .delete({ accessCondition: { type: 'IfMatch', condition: e.version } })
      .catch((err) => {
        if (statusOf(err) !== 404 && statusOf(err) !== 412) throw err; // gone or repaired meanwhile
      });
  }

  private count(container: string, op: string, charge: number | undefined, documents: number) {
    this.stats.calls++;
    this.stats.documentsRead += documents;
    this.stats.requestCharge += charge ?? 0;
    this.log?.debug({ container, op, requestCharge: charge, documents }, 'cosmos call');
  }

  async close(): Promise<void> {
    this.client.dispose();
  }
}

/** Cosmos ids may not contain / \ ? #; the readable key is kept in `key`. */
const cosmosId = (id: string) => encodeURIComponent(id);
const statusOf = (err: unknown) => (err as { code?: number; statusCode?: number }).code ?? (err as { statusCode?: number }).statusCode;
const chargeOf = (err: unknown) => (err as { headers?: Record<string, string> }).headers?.['x-ms-request-charge'];
type Count = (op: string, charge: number | undefined, documents: number) => void;
const BATCH_LIMIT = 100;

class CosmosCollection<T> implements Collection<T> {
  constructor(
    private readonly container: Container,
    private readonly name: string,
    private readonly schema: ZodType<T>,
    private readonly indexer: Indexer<T> | undefined,
    private readonly count: Count,
    private readonly transactionalBatch: boolean,
    private readonly moveAside: (entry: QuarantineEntry) => Promise<void>,
  ) {}

  /** The parsed document; a corrupt one is moved to quarantine and left out (undefined). */
  private async toVersioned(doc: CosmosDoc): Promise<Salvaged<T>> {
    const parsed = tryParse(this.schema, doc.body);
    if (parsed.ok) return { value: parsed.value, version: doc._etag ?? '' };
    const { _rid, _self, _attachments, _ts, ...raw } = doc as CosmosDoc & Record<string, unknown>;
    await this.moveAside({
      container: this.name,
      pk: String(doc.pk),
      id: String(doc.key ?? decodeURIComponent(String(doc.id))),
      version: doc._etag ?? '',
      reason: parsed.reason,
      raw,
      quarantinedAt: new Date().toISOString(),
    });
    return undefined;
  }

  private async salvage(docs: CosmosDoc[]): Promise<Versioned<T>[]> {
    const out: Salvaged<T>[] = [];
    for (const doc of docs) out.push(await this.toVersioned(doc));
    return out.filter(present);
  }

  private toDoc(pk: string, id: string, value: T): CosmosDoc {
    const body = parseDocument(this.schema, this.name, id, value);
    const index = this.indexer?.(value) ?? {};
    const doc: CosmosDoc = { id: cosmosId(id), pk, key: id, body };
    if (index.due !== undefined) doc.due = index.due;
    if (index.at !== undefined) doc.at = index.at;
    if (index.tags?.length) doc.tags = [...new Set(index.tags)];
    if (index.ttlSeconds !== undefined) doc.ttl = Math.max(1, Math.round(index.ttlSeconds));
    return doc;
  }

  /** Counts a failed call's charge too: a 412 or 404 costs request units as well. */
  private async call<R>(op: string, run: () => Promise<R>): Promise<R> {
    try {
      return await run();
    } catch (err) {
      this.count(op, Number(chargeOf(err) ?? 0), 0);
      throw err;
    }
  }

  private async query(op: string, query: string, parameters: { name: string; value: string | number }[], pk?: string, limit?: number): Promise<CosmosDoc[]> {
    // The emulator ignores the partitionKey option, so a partition is also in the WHERE clause.
    const iterator = this.container.items.query<CosmosDoc>({ query, parameters }, { ...(pk === undefined ? {} : { partitionKey: pk }), ...(limit ? { maxItemCount: limit } : {}) });
    const out: CosmosDoc[] = [];
    while (iterator.hasMoreResults() && (limit === undefined || out.length < limit)) {
      const page = await this.call(op, () => iterator.fetchNext());
      this.count(op, page.requestCharge, page.resources.length);
      out.push(...page.resources);
    }
    return out;
  }

  async get(pk: string, id: string) {
    try {
      const res = await this.container.item(cosmosId(id), pk).read<CosmosDoc>();
      this.count('read', res.requestCharge, res.resource ? 1 : 0);
      return res.resource ? await this.toVersioned(res.resource) : undefined;
    } catch (err) {
      this.count('read', Number(chargeOf(err) ?? 0), 0);
      if (statusOf(err) === 404) return undefined;
      throw err;
    }
  }

  async listPartition(pk: string) {
    const docs = await this.query('listPartition', 'SELECT * FROM c WHERE c.pk = @pk', [{ name: '@pk', value: pk }], pk);
    return this.salvage(docs.sort(byKey));
  }

  async listAll() {
    const docs = await this.query('listAll', 'SELECT * FROM c', []);
    return this.salvage(docs.sort((a, b) => compare(a.pk, b.pk) || byKey(a, b)));
  }

  async listAllWithKeys() {
    const docs = await this.query('listAll', 'SELECT * FROM c', []);
    const keyed: Keyed<T>[] = [];
    for (const doc of docs) {
      const parsed = await this.toVersioned(doc);
      if (parsed) keyed.push({ ...parsed, pk: doc.pk, id: doc.key });
    }
    return keyed;
  }

  async page({ pk, pkPrefix, limit, continuation }: PageRequest): Promise<Page<T>> {
    const spec =
      pk !== undefined
        ? { query: 'SELECT * FROM c WHERE c.pk = @pk', parameters: [{ name: '@pk', value: pk }] }
        : pkPrefix
          ? { query: 'SELECT * FROM c WHERE STARTSWITH(c.pk, @prefix)', parameters: [{ name: '@prefix', value: pkPrefix }] }
          : { query: 'SELECT * FROM c', parameters: [] };
    const iterator = this.container.items.query<CosmosDoc>(spec, { maxItemCount: limit, continuationToken: continuation, ...(pk === undefined ? {} : { partitionKey: pk }) });
    const res = await this.call('page', () => iterator.fetchNext());
    this.count('page', res.requestCharge, res.resources.length);
    return { items: await this.salvage(res.resources), continuation: res.continuationToken || undefined };
  }

  async due(upTo: number, limit: number, within?: Within) {
    // no cross-partition ORDER BY (it costs a query plan and the emulator lacks it): earliest first within what one page returns
    const upToParam = { name: '@upTo', value: upTo };
    const docs =
      within === undefined ? await this.query('due', 'SELECT * FROM c WHERE c.due <= @upTo', [upToParam], undefined, limit)
      : 'pk' in within ? await this.query('due', 'SELECT * FROM c WHERE c.pk = @pk AND c.due <= @upTo', [{ name: '@pk', value: within.pk }, upToParam], within.pk, limit)
      : await this.query('due', 'SELECT * FROM c WHERE STARTSWITH(c.pk, @prefix) AND c.due <= @upTo', [{ name: '@prefix', value: within.pkPrefix }, upToParam], undefined, limit);
    return this.salvage(docs.sort((a, b) => (a.due ?? 0) - (b.due ?? 0)).slice(0, limit));
  }

  async openOrSince(pk: string, since: number) {
    const docs = await this.query(
      'openOrSince',
      'SELECT * FROM c WHERE c.pk = @pk AND (IS_DEFINED(c.due) OR c.at >= @since)',
      [{ name: '@pk', value: pk }, { name: '@since', value: since }],
      pk,
    );
    return this.salvage(docs.sort(byKey));
  }

  async withTag(tag: string) {
    const docs = await this.query('withTag', 'SELECT * FROM c WHERE ARRAY_CONTAINS(c.tags, @tag)', [{ name: '@tag', value: tag }]);
    return this.salvage(docs.sort((a, b) => compare(a.pk, b.pk) || byKey(a, b)));
  }

  async create(pk: string, id: string, value: T) {
    try {
      const res = await this.container.items.create<CosmosDoc>(this.toDoc(pk, id, value));
      this.count('create', res.requestCharge, 0);
      return { value, version: res.resource?._etag ?? '' };
    } catch (err) {
      this.count('create', Number(chargeOf(err) ?? 0), 0);
      if (statusOf(err) === 409) throw new AlreadyExistsError(this.name, id);
      throw err;
    }
  }

  async replace(pk: string, id: string, value: T, expectedVersion: string) {
    return this.replaceDoc(this.toDoc(pk, id, value), expectedVersion).then((version) => ({ value, version }));
  }

  private async replaceDoc(doc: CosmosDoc, expectedVersion: string): Promise<string> {
    try {
      const res = await this.container.item(doc.id, doc.pk).replace<CosmosDoc>(doc, { accessCondition: { type: 'IfMatch', condition: expectedVersion } });
      this.count('replace', res.requestCharge, 0);
      return res.resource?._etag ?? '';
    } catch (err) {
      this.count('replace', Number(chargeOf(err) ?? 0), 0);
      if (statusOf(err) === 412 || statusOf(err) === 404) throw new ConcurrencyError(this.name, doc.key);
      throw err;
    }
  }

  async upsert(pk: string, id: string, value: T) {
    const res = await this.call('upsert', () => this.container.items.upsert<CosmosDoc>(this.toDoc(pk, id, value)));
    this.count('upsert', res.requestCharge, 0);
    return { value, version: res.resource?._etag ?? '' };
  }

  async upsertMany(items: BulkItem<T>[]) {
    const docs = items.map((i) => this.toDoc(i.pk, i.id, i.value)); // validate all before writing any
    if (!this.transactionalBatch) {
      for (const doc of docs) this.count('upsert', (await this.call('upsert', () => this.container.items.upsert(doc))).requestCharge, 0);
      return;
    }
    const byPartition = new Map<string, CosmosDoc[]>();
    for (const doc of docs) byPartition.set(doc.pk, [...(byPartition.get(doc.pk) ?? []), doc]);
    for (const [pk, partition] of byPartition) {
      for (let i = 0; i < partition.length; i += BATCH_LIMIT) {
        const operations: OperationInput[] = partition.slice(i, i + BATCH_LIMIT).map((resourceBody) => ({ operationType: 'Upsert', resourceBody }));
        const res = await this.call('batch', () => this.container.items.batch(operations, pk));
        this.count('batch', res.headers?.['x-ms-request-charge'] ? Number(res.headers['x-ms-request-charge']) : undefined, 0);
        const failed = res.result?.find((r) => r.statusCode >= 400);
        if (failed) throw new Error(`${this.name}: batch in partition ${pk} failed with ${failed.statusCode}; nothing of that chunk was written`);
      }
    }
  }

  async delete(pk: string, id: string, expectedVersion?: string) {
    try {
      const res = await this.container
        .item(cosmosId(id), pk)
        .delete(expectedVersion ? { accessCondition: { type: 'IfMatch', condition: expectedVersion } } : undefined);
      this.count('delete', res.requestCharge, 0);
      return true;
    } catch (err) {
      this.count('delete', Number(chargeOf(err) ?? 0), 0);
      if (statusOf(err) === 404) return false;
      if (statusOf(err) === 412) throw new ConcurrencyError(this.name, id);
      throw err;
    }
  }

  async reindex() {
    if (!this.indexer) return 0;
    let count = 0;
    for (const doc of await this.query('reindex', 'SELECT * FROM c', [])) {
      const parsed = await this.toVersioned(doc);
      if (!parsed) continue;
      try {
        await this.replaceDoc(this.toDoc(doc.pk, doc.key, parsed.value), doc._etag ?? '');
        count++;
      } catch (err) {
        if (!(err instanceof ConcurrencyError)) throw err; // changed meanwhile: that write indexed it
      }
    }
    return count;
  }
}

// Plain code-unit order, the same order SQLite's BINARY collation gives for the other adapter.
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const byKey = (a: CosmosDoc, b: CosmosDoc) => compare(a.key, b.key);
