import { z } from 'zod';
import type { Collection, DocumentStore } from '../../src/storage/document-store';
import { AlreadyExistsError, ConcurrencyError, CorruptDocumentError } from '../../src/shared/store-errors';
import { createRepositories } from '../../src/storage';
import { cosmosFixture, sqliteFixture, type StoreFixture } from '../helpers/stores';

const itemSchema = z.object({ title: z.string().min(1), count: z.number().int() });
type Item = z.infer<typeof itemSchema>;

/** One contract, every adapter: the features can rely on the same behaviour on SQLite and Cosmos. */
describe.each([['sqlite', sqliteFixture], ['cosmos', cosmosFixture]] as const)('storage contract on %s', (_name, makeFixture) => {
  let fixture: StoreFixture;
  let store: DocumentStore;
  let items: Collection<Item>;

  beforeAll(async () => {
    fixture = makeFixture();
    store = await fixture.open();
    items = store.collection('themes', itemSchema);
  });
  afterAll(() => fixture.cleanup());

  it('creates and reads back a document in its partition', async () => {
    await items.create('p1', 'a/1?#', { title: 'Wachttijden', count: 1 });
    const got = await items.get('p1', 'a/1?#');
    expect(got?.value).toEqual({ title: 'Wachttijden', count: 1 });
    expect(got?.version).toBeTruthy();
    expect(await items.get('p2', 'a/1?#')).toBeUndefined();
  });

  it('refuses a second create with the same id', async () => {
    await items.create('p1', 'dup', { title: 'x', count: 1 });
    await expect(items.create('p1', 'dup', { title: 'y', count: 2 })).rejects.toBeInstanceOf(AlreadyExistsError);
    expect((await items.get('p1', 'dup'))?.value.title).toBe('x');
  });

  it('replaces with the current version and rejects a stale one with a typed error', async () => {
    const created = await items.create('p1', 'cc', { title: 'v1', count: 1 });
    const second = await items.replace('p1', 'cc', { title: 'v2', count: 2 }, created.version);
    expect(second.version).not.toBe(created.version);
    await expect(items.replace('p1', 'cc', { title: 'stale', count: 3 }, created.version)).rejects.toBeInstanceOf(ConcurrencyError);
    expect((await items.get('p1', 'cc'))?.value.title).toBe('v2');
  });

  it('lets exactly one of two concurrent writers with the same version win', async () => {
    const base = await items.create('p1', 'race', { title: 'start', count: 0 });
    const results = await Promise.allSettled([
      items.replace('p1', 'race', { title: 'A', count: 1 }, base.version),
      items.replace('p1', 'race', { title: 'B', count: 1 }, base.version),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const rejected = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(rejected.reason).toBeInstanceOf(ConcurrencyError);
  });

  it('lists one partition only, in id order, and all partitions on request', async () => {
    await items.upsertMany([
      { pk: 'list-a', id: 'b', value: { title: 'B', count: 2 } },
      { pk: 'list-a', id: 'a', value: { title: 'A', count: 1 } },
      { pk: 'list-b', id: 'c', value: { title: 'C', count: 3 } },
    ]);
    expect((await items.listPartition('list-a')).map((d) => d.value.title)).toEqual(['A', 'B']);
    const all = (await items.listAll()).map((d) => d.value.title);
    expect(all).toEqual(expect.arrayContaining(['A', 'B', 'C']));
  });

  it('upserts without duplicating', async () => {
    await items.upsert('up', 'x', { title: 'one', count: 1 });
    await items.upsert('up', 'x', { title: 'two', count: 2 });
    const docs = await items.listPartition('up');
    expect(docs).toHaveLength(1);
    expect(docs[0].value.title).toBe('two');
  });

  it('validates documents before writing: an invalid value is refused and nothing is stored', async () => {
    await expect(items.create('bad', 'x', { title: '', count: 1 })).rejects.toBeInstanceOf(CorruptDocumentError);
    await expect(items.upsertMany([{ pk: 'bad', id: 'y', value: { title: 'ok', count: 1.5 } }])).rejects.toBeInstanceOf(CorruptDocumentError);
    expect(await items.listPartition('bad')).toHaveLength(0);
  });

  it('deletes, with a version check when one is given', async () => {
    const doc = await items.create('del', 'x', { title: 'weg', count: 1 });
    await items.replace('del', 'x', { title: 'nieuw', count: 2 }, doc.version);
    await expect(items.delete('del', 'x', doc.version)).rejects.toBeInstanceOf(ConcurrencyError);
    expect(await items.delete('del', 'x')).toBe(true);
    expect(await items.delete('del', 'x')).toBe(false);
  });

  it('keeps collections apart', async () => {
    const other = store.collection('rounds', itemSchema);
    await other.create('p1', 'a/1?#', { title: 'ander', count: 9 });
    expect((await items.get('p1', 'a/1?#'))?.value.title).toBe('Wachttijden');
  });

  it('finds open work by due time across partitions, and only that', async () => {
    const work = store.collection('outbox', itemSchema, (v) => (v.count > 0 ? { due: v.count * 10, at: v.count } : { at: v.count }));
    await work.upsert('due-a', 'x', { title: 'later', count: 5 });
    await work.upsert('due-b', 'y', { title: 'soon', count: 1 });
    await work.upsert('due-b', 'z', { title: 'done', count: 0 });
    expect((await work.due(20, 10)).map((d) => d.value.title)).toEqual(['soon']);
    expect((await work.due(100, 10)).map((d) => d.value.title)).toEqual(['soon', 'later']);
    // finishing a document drops it from the due set
    const soon = (await work.get('due-b', 'y'))!;
    await work.replace('due-b', 'y', { title: 'soon', count: 0 }, soon.version);
    expect((await work.due(100, 10)).map((d) => d.value.title)).toEqual(['later']);
    await work.upsert('due-b', 'w', { title: 'recent', count: -1 });
    expect((await work.openOrSince('due-b', 0)).map((d) => d.value.title).sort()).toEqual(['done', 'soon']);
    expect((await work.openOrSince('due-b', 1)).map((d) => d.value.title)).toEqual([]);
    expect((await work.openOrSince('due-a', 100)).map((d) => d.value.title)).toEqual(['later']);
  });

  it('finds open work within one partition, or within the partitions whose key starts with a prefix (one region)', async () => {
    const work = store.collection('timers', itemSchema, (v) => ({ due: v.count }));
    await work.upsert('ijsselland/conv:a', 'x', { title: 'ijsselland a', count: 2 });
    await work.upsert('ijsselland/conv:b', 'y', { title: 'ijsselland b', count: 1 });
    await work.upsert('ijsselland-noord/conv:a', 'x', { title: 'ijsselland-noord', count: 1 });
    await work.upsert('twente/conv:a', 'x', { title: 'twente', count: 1 });
    expect((await work.due(10, 10, { pkPrefix: 'ijsselland/' })).map((d) => d.value.title)).toEqual(['ijsselland b', 'ijsselland a']);
    expect((await work.due(10, 10, { pkPrefix: 'twente/' })).map((d) => d.value.title)).toEqual(['twente']);
    expect((await work.due(10, 10, { pk: 'ijsselland/conv:a' })).map((d) => d.value.title)).toEqual(['ijsselland a']);
    expect((await work.due(10, 1, { pkPrefix: 'ijsselland/' })).map((d) => d.value.title)).toHaveLength(1);
  });

  it('looks documents up by tag', async () => {
    const tagged = store.collection('users', itemSchema, (v) => ({ tags: [`t:${v.title}`, 'all'], at: v.count }));
    await tagged.upsert('tag-1', 'a', { title: 'x', count: 1 });
    await tagged.upsert('tag-2', 'b', { title: 'y', count: 3 });
    await tagged.upsert('tag-3', 'c', { title: 'x', count: 2 });
    expect((await tagged.withTag('t:x')).map((d) => d.value.count)).toEqual([1, 2]);
    await tagged.upsert('tag-3', 'c', { title: 'z', count: 2 });
    expect((await tagged.withTag('t:x')).map((d) => d.value.count)).toEqual([1]);
    await tagged.delete('tag-1', 'a');
    expect(await tagged.withTag('t:x')).toEqual([]);
  });

  it('pages through a partition with continuation tokens, every document once', async () => {
    await items.upsertMany(Array.from({ length: 7 }, (_, i) => ({ pk: 'paged', id: `p${i}`, value: { title: `P${i}`, count: i } })));
    const seen: string[] = [];
    let continuation: string | undefined;
    let pages = 0;
    do {
      const page = await items.page({ pk: 'paged', limit: 3, continuation });
      seen.push(...page.items.map((d) => d.value.title));
      continuation = page.continuation;
      pages++;
    } while (continuation && pages < 10);
    expect(seen.sort()).toEqual(['P0', 'P1', 'P2', 'P3', 'P4', 'P5', 'P6']);
    expect(pages).toBeGreaterThanOrEqual(3);
  });

  it('counts the documents its reads return', async () => {
    const before = store.stats.documentsRead;
    await items.listPartition('list-a');
    expect(store.stats.documentsRead - before).toBe(2);
  });

  it('serves the people directory and conversation references through the repositories', async () => {
    const repos = createRepositories(store, 'ijsselland');
    await repos.people.saveMany([
      { aadObjectId: 'u1', name: 'Een', email: 'een@example.nl', roles: ['wethouder'], gemeente: 'Kampen', demo: false },
    ]);
    expect(await repos.people.get('u1')).toMatchObject({ roles: ['wethouder'], gemeente: 'Kampen' });
    expect(await repos.people.get('nobody')).toBeUndefined();
    await repos.conversations.save({ key: 'user:u1', kind: 'personal', aadObjectId: 'u1', reference: { conversation: { id: 'c1' } }, updatedAt: 'now' });
    expect((await repos.conversations.get('user:u1'))?.reference).toEqual({ conversation: { id: 'c1' } });
  });
});
