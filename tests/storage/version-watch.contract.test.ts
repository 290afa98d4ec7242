import { setTimeout as wait } from 'node:timers/promises';
import type { IncomingMessage } from 'node:http';
import type { DocumentStore } from '../../src/storage/document-store';
import type { VersionWatch } from '../../src/features/version-watch';
import { createRepositories } from '../../src/storage';
import { versionWatch } from '../../src/storage/repositories/versions.repository';
import { cosmosFixture, type EmulatorTap, sqliteFixture, type StoreFixture } from '../helpers/stores';

/** Waits (polling) until `check` holds or `ms` passed; returns whether it held. */
async function eventually(check: () => boolean, ms = 15_000): Promise<boolean> {
  const until = Date.now() + ms;
  while (!check() && Date.now() < until) await wait(20);
  return check();
}

/** Issue 12 (3): a write on one instance (or a CLI) is noticed by every other instance through one point read per tick. */
describe.each([['sqlite'], ['cosmos']] as const)('version watch on %s', (name) => {
  const tap: EmulatorTap & { log: string[] } = { requests: 0, documents: 0, log: [] };
  let fixture: StoreFixture;
  let writerStore: DocumentStore;
  let readerStore: DocumentStore;
  const watches: VersionWatch[] = [];
  const open = (store: DocumentStore, region = 'ijsselland', pollMs = 100) => {
    const w = versionWatch(store, region, { pollMs });
    watches.push(w);
    return w;
  };

  beforeAll(async () => {
    const logging: EmulatorTap['inject'] = (req: IncomingMessage) => {
      tap.log.push(`${req.method} ${req.headers['x-ms-documentdb-isquery'] ? 'query ' : ''}${req.url}`);
      return undefined;
    };
    fixture = name === 'sqlite' ? sqliteFixture() : cosmosFixture(Object.assign(tap, { inject: logging }));
    // Two store objects over one file / one account: two instances.
    writerStore = await fixture.open();
    readerStore = await fixture.open();
  });
  afterEach(() => watches.splice(0).forEach((w) => w.stop()));
  afterAll(() => fixture.cleanup());

  it('counts writes per kind and region; a fresh store is at 0', async () => {
    const writer = open(writerStore);
    const reader = open(readerStore);
    expect(await reader.current('providers')).toBe(0);
    expect(await writer.bump('providers')).toBe(1);
    expect(await writer.bump('providers')).toBe(2);
    expect(await writer.bump('knowledge')).toBe(1);
    expect(await reader.current('providers')).toBe(2);
    expect(await reader.current('knowledge')).toBe(1);
    expect(await open(readerStore, 'twente').current('providers')).toBe(0);
  });

  it('concurrent bumps from two instances are all counted (ETag-checked read-modify-write)', async () => {
    const a = open(writerStore, 'concurrent');
    const b = open(readerStore, 'concurrent');
    await Promise.all([...Array(5)].flatMap(() => [a.bump('people'), b.bump('people')]));
    expect(await a.current('people')).toBe(10);
  });

  it('tells a watcher on the other instance about a write within a few ticks, once per change, per kind', async () => {
    const writer = open(writerStore, 'watched');
    const reader = open(readerStore, 'watched');
    const providers: number[] = [];
    const knowledge: number[] = [];
    reader.onChange('providers', (v) => void providers.push(v), await reader.current('providers'));
    reader.onChange('knowledge', (v) => void knowledge.push(v), await reader.current('knowledge'));
    await writer.bump('providers');
    expect(await eventually(() => providers.length === 1)).toBe(true);
    await wait(350); // more ticks without a write: no more calls
    expect(providers).toEqual([1]);
    expect(knowledge).toEqual([]);
    await writer.bump('knowledge');
    expect(await eventually(() => knowledge.length === 1)).toBe(true);
    expect(providers).toEqual([1]);
  });

  it('repeats a reload that failed on the next tick, and stops calling after unsubscribe', async () => {
    const writer = open(writerStore, 'retry');
    const reader = open(readerStore, 'retry');
    let calls = 0;
    const unsubscribe = reader.onChange(
      'providers',
      () => {
        calls++;
        if (calls === 1) throw new Error('store away');
      },
      0,
    );
    await writer.bump('providers');
    expect(await eventually(() => calls === 2)).toBe(true);
    await wait(300);
    expect(calls).toBe(2);
    unsubscribe();
    await writer.bump('providers');
    await wait(300);
    expect(calls).toBe(2);
  });

  it('every write of cached data moves its kind: providers, knowledge (passages and facts), people', async () => {
    const storage = createRepositories(writerStore, 'writes');
    const reader = open(readerStore, 'writes');
    const ingestedAt = new Date().toISOString();
    await storage.providers.saveMany([{ type: 'aanbieder', id: 'VB1', naam: 'Voorbeeldzorg', plaats: 'Zwolle', aliassen: [], demo: false }]);
    await storage.knowledge.replaceDocument('Notitie', [{ title: 'Notitie', section: '', chapter: '', position: 0, text: 'Tekst.', sourceFile: 'n.md', ingestedAt }]);
    await storage.qa.saveFact({ id: 'f1', questions: ['Wat?'], keywords: [], answer: 'Dit.', source: { title: 'Notitie', section: '' } });
    await storage.knowledge.removeDocument('Notitie');
    await storage.people.saveMany([{ aadObjectId: 'p1', name: 'P', email: 'p@x.example', roles: ['wethouder'], demo: false }]);
    await storage.people.update('p1', (p) => ({ ...p, gemeente: 'Zwolle' }));
    expect([await reader.current('providers'), await reader.current('knowledge'), await reader.current('people')]).toEqual([1, 3, 2]);
    storage.versions.stop();
  });

  it('costs one point read per tick and region, no query, whatever the number of kinds watched', async () => {
    const reader = open(readerStore, 'cost', 100);
    const before = { ...readerStore.stats };
    const requestsBefore = tap.log.length;
    const started = Date.now();
    reader.onChange('providers', () => undefined, 0);
    reader.onChange('knowledge', () => undefined, 0);
    reader.onChange('people', () => undefined, 0);
    await wait(1000);
    reader.stop();
    const elapsed = Date.now() - started;
    const calls = readerStore.stats.calls - before.calls;
    // ticks are at least 80 ms apart (100 ms - 20 %): one call per tick at most, whatever the kinds
    // watched (a loaded machine runs fewer ticks, never more)
    expect(calls).toBeGreaterThanOrEqual(1);
    expect(calls).toBeLessThanOrEqual(Math.floor(elapsed / 80) + 1);
    expect(readerStore.stats.documentsRead - before.documentsRead).toBeLessThanOrEqual(calls);
    if (name === 'cosmos' && !process.env.COSMOS_ENDPOINT) {
      const requests = tap.log.slice(requestsBefore);
      expect(requests.length).toBe(calls);
      expect(requests.every((r) => /^GET \/dbs\/[^/]+\/colls\/state\/docs\/versions$/.test(r))).toBe(true);
    }
  });
});
