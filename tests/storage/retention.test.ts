import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { openSqliteStore } from '../../src/storage/sqlite/sqlite-store';
import { containerDeclarations } from '../../src/storage/cosmos/containers';
import { CONTAINERS } from '../../src/storage/document-store';
import { createStorage } from '../../src/storage';
import { timerJobSchema } from '../../src/features/notifications/notifications.domain';
import { personSchema } from '../../src/features/people/people.domain';

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

describe('upgrading a store written before the index', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'rsj-reindex-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('when users and open work were stored without index fields, then the first start indexes them once: roles are found, pending work is due', async () => {
    const old = openSqliteStore(dir, { purgeEveryMs: 0 });
    await old.collection('users', personSchema).upsert('u1', 'u1', { aadObjectId: 'u1', name: 'Wethouder', email: 'W@Kampen.nl', roles: ['wethouder'], gemeente: 'Kampen', demo: false });
    await old.collection('timers', timerJobSchema).upsert('ijsselland', 'j1', { id: 'j1', kind: 'k', dueAt: new Date(Date.now() - 1000).toISOString(), payload: {}, state: 'scheduled', attempts: 0 });
    await old.close();
    const storage = await createStorage({ STORAGE: 'sqlite', DATA_DIR: dir, COSMOS_DATABASE: 'x' }, 'ijsselland');
    expect((await storage.people.withRole('wethouder')).map((p) => p.name)).toEqual(['Wethouder']);
    expect((await storage.people.findByEmail('w@kampen.nl'))?.aadObjectId).toBe('u1');
    expect((await storage.timers.due(Date.now(), 10)).map((j) => j.value.id)).toEqual(['j1']);
    await storage.close();
  });
});
