import https from 'node:https';
import { type Container, CosmosClient, type Database } from '@azure/cosmos';
import type { ZodType } from 'zod';
import { type BulkItem, CONTAINERS, type Collection, type ContainerName, type DocumentStore, type Versioned } from '../document-store';
import { AlreadyExistsError, ConcurrencyError } from '../errors';
import { parseDocument } from '../parse-document';

export interface CosmosOptions {
  endpoint: string;
  key?: string;
  database: string;
}

/** The stored shape: our value under `body`, so it never collides with Cosmos system fields. */
interface CosmosDoc {
  id: string;
  pk: string;
  key: string;
  body: unknown;
  _etag?: string;
}

const isLocalEmulator = (endpoint: string) => /^https:\/\/(localhost|127\.0\.0\.1)(:\d+)?/.test(endpoint);

export async function openCosmosStore(options: CosmosOptions): Promise<CosmosStore> {
  const client = new CosmosClient({
    endpoint: options.endpoint,
    key: options.key ?? 'local-emulator-key',
    // The local emulators use a self-signed certificate; a real account never gets this agent.
    agent: isLocalEmulator(options.endpoint) ? new https.Agent({ rejectUnauthorized: false }) : undefined,
    connectionPolicy: { enableEndpointDiscovery: !isLocalEmulator(options.endpoint) },
  });
  const { database } = await client.databases.createIfNotExists({ id: options.database });
  const containers = new Map<ContainerName, Container>();
  for (const name of Object.keys(CONTAINERS) as ContainerName[]) {
    const { container } = await database.containers.createIfNotExists({ id: name, partitionKey: { paths: ['/pk'] } });
    containers.set(name, container);
  }
  return new CosmosStore(client, database, containers);
}

export class CosmosStore implements DocumentStore {
  readonly kind = 'cosmos' as const;
  constructor(
    private readonly client: CosmosClient,
    readonly database: Database,
    private readonly containers: Map<ContainerName, Container>,
  ) {}

  collection<T>(name: ContainerName, schema: ZodType<T>): Collection<T> {
    return new CosmosCollection<T>(this.containers.get(name)!, name, schema);
  }

  async close(): Promise<void> {
    this.client.dispose();
  }
}

/** Cosmos ids may not contain / \ ? #; the readable key is kept in `key`. */
const cosmosId = (id: string) => encodeURIComponent(id);
const statusOf = (err: unknown) => (err as { code?: number; statusCode?: number }).code ?? (err as { statusCode?: number }).statusCode;

class CosmosCollection<T> implements Collection<T> {
  constructor(private readonly container: Container, private readonly name: string, private readonly schema: ZodType<T>) {}

  private toVersioned(doc: CosmosDoc): Versioned<T> {
    return { value: parseDocument(this.schema, this.name, doc.key, doc.body), version: doc._etag ?? '' };
  }

  private toDoc(pk: string, id: string, value: T): CosmosDoc {
    return { id: cosmosId(id), pk, key: id, body: parseDocument(this.schema, this.name, id, value) };
  }

  async get(pk: string, id: string) {
    try {
      const { resource } = await this.container.item(cosmosId(id), pk).read<CosmosDoc>();
      return resource ? this.toVersioned(resource) : undefined;
    } catch (err) {
      if (statusOf(err) === 404) return undefined;
      throw err;
    }
  }

  // The emulator ignores the partitionKey option, so the partition is also in the WHERE clause.
  async listPartition(pk: string) {
    const { resources } = await this.container.items
      .query<CosmosDoc>({ query: 'SELECT * FROM c WHERE c.pk = @pk', parameters: [{ name: '@pk', value: pk }] }, { partitionKey: pk })
      .fetchAll();
    return resources.sort(byKey).map((d) => this.toVersioned(d));
  }

  async listAll() {
    const { resources } = await this.container.items.query<CosmosDoc>('SELECT * FROM c').fetchAll();
    return resources.sort((a, b) => compare(a.pk, b.pk) || byKey(a, b)).map((d) => this.toVersioned(d));
  }

  async create(pk: string, id: string, value: T) {
    try {
      const { resource } = await this.container.items.create<CosmosDoc>(this.toDoc(pk, id, value));
      return { value, version: resource?._etag ?? '' };
    } catch (err) {
      if (statusOf(err) === 409) throw new AlreadyExistsError(this.name, id);
      throw err;
    }
  }

  async replace(pk: string, id: string, value: T, expectedVersion: string) {
    try {
      const { resource } = await this.container
        .item(cosmosId(id), pk)
        .replace<CosmosDoc>(this.toDoc(pk, id, value), { accessCondition: { type: 'IfMatch', condition: expectedVersion } });
      return { value, version: resource?._etag ?? '' };
    } catch (err) {
      if (statusOf(err) === 412 || statusOf(err) === 404) throw new ConcurrencyError(this.name, id);
      throw err;
    }
  }

  async upsert(pk: string, id: string, value: T) {
    const { resource } = await this.container.items.upsert<CosmosDoc>(this.toDoc(pk, id, value));
    return { value, version: resource?._etag ?? '' };
  }

  async upsertMany(items: BulkItem<T>[]) {
    const docs = items.map((i) => this.toDoc(i.pk, i.id, i.value)); // validate all before writing any
    for (const doc of docs) await this.container.items.upsert(doc);
  }

  async delete(pk: string, id: string, expectedVersion?: string) {
    try {
      await this.container
        .item(cosmosId(id), pk)
        .delete(expectedVersion ? { accessCondition: { type: 'IfMatch', condition: expectedVersion } } : undefined);
      return true;
    } catch (err) {
      if (statusOf(err) === 404) return false;
      if (statusOf(err) === 412) throw new ConcurrencyError(this.name, id);
      throw err;
    }
  }
}

// Plain code-unit order, the same order SQLite's BINARY collation gives for the other adapter.
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const byKey = (a: CosmosDoc, b: CosmosDoc) => compare(a.key, b.key);

