import Database from 'better-sqlite3';
import { z } from 'zod';
import { CONTAINERS, type ContainerName, type DocumentStore } from '../../src/storage/document-store';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Database as CosmosDatabase } from '@azure/cosmos';
import { containerDeclarations } from '../../src/storage/cosmos/containers';
import { QUARANTINE, QUARANTINE_RETENTION_DAYS, QUARANTINE_TTL_SECONDS } from '../../src/storage/quarantine';
import { openSqliteStore } from '../../src/storage/sqlite/sqlite-store';
import { cosmosFixture, sqliteFixture, type StoreFixture } from '../helpers/stores';

const strict = z.object({ title: z.string().min(1), count: z.number().int() });
const containers = (Object.keys(CONTAINERS) as ContainerName[]).filter((c) => c !== QUARANTINE);

/** Every container, both adapters: a corrupt document is moved aside, counted, and the rest is still read. */
describe.each([['sqlite', sqliteFixture], ['cosmos', cosmosFixture]] as const)('quarantine on %s', (_name, makeFixture) => {
  let fixture: StoreFixture;
  let store: DocumentStore;
  beforeAll(async () => {
    fixture = makeFixture();
    store = await fixture.open();
  });
  afterAll(() => fixture.cleanup());

  it.each(containers)('in %s, a corrupt document is quarantined and skipped; the good ones are still listed', async (name) => {
    const good = store.collection(name, strict);
    const loose = store.collection(name, z.any()); // writes what the strict schema would refuse
    await good.create('p', 'a', { title: 'een', count: 1 });
    await loose.upsert('p', 'b', { title: 42, count: 'x' });
    await good.create('p', 'c', { title: 'drie', count: 3 });
    const before = await store.quarantined();

    expect((await good.listPartition('p')).map((d) => d.value.title)).toEqual(['een', 'drie']);
    expect(await store.quarantined()).toBe(before + 1);
    // moved, not just hidden: the next read finds nothing to quarantine, and the id is free again
    expect((await good.listAll()).filter((d) => d.value.title)).toHaveLength(2);
    expect(await store.quarantined()).toBe(before + 1);
    expect(await good.get('p', 'b')).toBeUndefined();
    await good.create('p', 'b', { title: 'nieuw', count: 2 });
    expect((await good.get('p', 'b'))?.value.title).toBe('nieuw');
  });

  it('a corrupt document read by id counts as absent and is quarantined once', async () => {
    const loose = store.collection('tickets', z.any());
    await loose.upsert('q', 'x', { nope: true });
    const before = await store.quarantined();
    expect(await store.collection('tickets', strict).get('q', 'x')).toBeUndefined();
    expect(await store.collection('tickets', strict).get('q', 'x')).toBeUndefined();
    expect(await store.quarantined()).toBe(before + 1);
  });
});

describe('quarantine of rows that are not JSON (SQLite)', () => {
  const fixture = sqliteFixture();
  let store: DocumentStore;
  beforeAll(async () => {
    store = await fixture.open();
  });
  afterAll(async () => {
    await store.close();
    await fixture.cleanup();
  });

  it('a row whose body is not JSON is moved aside with its text and the reason', async () => {
    const themes = store.collection('themes', strict);
    await themes.create('r', 'ok', { title: 'goed', count: 1 });
    const db = new Database((store as unknown as { db: Database.Database }).db.name); // a second connection, as another process would
    db.prepare("INSERT INTO documents (container, pk, id, version, body, updated_at) VALUES ('themes', 'r', 'broken', 1, '{not json', 'x')").run();
    expect((await themes.listPartition('r')).map((d) => d.value.title)).toEqual(['goed']);
    const entry = db.prepare("SELECT body FROM documents WHERE container = 'quarantine'").get() as { body: string };
    db.close();
    expect(JSON.parse(entry.body)).toMatchObject({ container: 'themes', pk: 'r', id: 'broken', reason: 'not JSON', raw: '{not json' });
    expect(await store.quarantined()).toBe(1);
  });
});

/** Quarantined documents may hold personal data: they are kept QUARANTINE_RETENTION_DAYS, then deleted by the store. */
describe('quarantine retention', () => {
  it('SQLite prunes a quarantined document after the retention, not before', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'rsj-quarantine-'));
    let now = Date.parse('2026-11-30T10:00:00Z');
    const store = openSqliteStore(dir, { now: () => now, purgeEveryMs: 0 });
    try {
      await store.collection('tickets', z.any()).upsert('q', 'bad', { nope: true });
      expect(await store.collection('tickets', strict).get('q', 'bad')).toBeUndefined();
      expect(await store.quarantined()).toBe(1);
      now += (QUARANTINE_RETENTION_DAYS - 1) * 86_400_000;
      store.purgeExpired();
      expect(await store.quarantined()).toBe(1);
      now += 2 * 86_400_000;
      store.purgeExpired();
      expect(await store.quarantined()).toBe(0);
    } finally {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('Cosmos gets a per-document ttl on the quarantine entry, and the container allows per-document TTL', async () => {
    const declared = containerDeclarations().find((c) => c.id === QUARANTINE)!;
    expect(declared.defaultTtl).toBe(-1); // -1: TTL on, per document (null would ignore the ttl field)
    const fixture = cosmosFixture();
    const store = await fixture.open();
    try {
      await store.collection('tickets', z.any()).upsert('q', 'bad', { nope: true });
      expect(await store.collection('tickets', strict).get('q', 'bad')).toBeUndefined();
      const { resources } = await (store as unknown as { database: CosmosDatabase }).database.container(QUARANTINE).items.readAll().fetchAll();
      expect(resources).toHaveLength(1);
      expect(resources[0].ttl).toBe(QUARANTINE_TTL_SECONDS);
      expect(QUARANTINE_TTL_SECONDS).toBe(QUARANTINE_RETENTION_DAYS * 86_400);
    } finally {
      await fixture.cleanup();
    }
  });
});
