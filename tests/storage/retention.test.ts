import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { openSqliteStore } from '../../src/storage/sqlite/sqlite-store';
import { containerDeclarations } from '../../src/storage/cosmos/containers';
import { CONTAINERS } from '../../src/storage/document-store';

const schema = z.object({ done: z.boolean() });

describe('retention and the container declaration', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'rsj-ttl-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('when a finished document outlives its TTL on SQLite, then reads no longer see it and the purge deletes it', async () => {
    let now = 1_000_000;
    const store = openSqliteStore(dir, { now: () => now, purgeEveryMs: 0 });
    const docs = store.collection('outbox', schema, (v) => (v.done ? { ttlSeconds: 60, tags: ['x'] } : { due: 0, tags: ['x'] }));
    await docs.upsert('p', 'open', { done: false });
    await docs.upsert('p', 'finished', { done: true });
    now += 59_000;
    expect((await docs.listPartition('p')).length).toBe(2);
    now += 2_000;
    expect((await docs.listPartition('p')).map((d) => d.value.done)).toEqual([false]);
    expect(await docs.get('p', 'finished')).toBeUndefined();
    expect((await docs.withTag('x')).length).toBe(1);
    // an id whose document expired can be created again
    await docs.create('p', 'finished', { done: false });
    await docs.upsert('p', 'finished', { done: true });
    now += 61_000;
    expect(store.purgeExpired()).toBe(1);
    expect(store.purgeExpired()).toBe(0);
    await store.close();
  });

  it('declares every container once, partitioned by /pk, indexing only paths the adapters query', () => {
    const declared = containerDeclarations();
    expect(declared.map((d) => d.id).sort()).toEqual(Object.keys(CONTAINERS).sort());
    const queried = new Set(['/pk/?', '/due/?', '/at/?', '/tags/[]/?']);
    for (const d of declared) {
      expect(d.indexingPolicy.excludedPaths).toEqual([{ path: '/*' }]);
      for (const p of d.indexingPolicy.includedPaths) expect(queried.has(p.path)).toBe(true);
    }
    // finished outbox work and timers expire by item TTL, which needs TTL switched on
    for (const id of ['outbox', 'timers', 'state']) expect(declared.find((d) => d.id === id)?.defaultTtl).toBe(-1);
  });
});
