import type { IncomingMessage } from 'node:http';
import type { DocumentStore } from '../../src/storage/document-store';
import type { VersionWatch } from '../../src/features/version-watch';
import { createRepositories } from '../../src/storage';
import { type PollScheduler, versionWatch } from '../../src/storage/repositories/versions.repository';
import { cosmosFixture, type EmulatorTap, sqliteFixture, type StoreFixture } from '../helpers/stores';

/**
 * The watch's polls, run when the test says so: no timer and no wall clock, so a loaded machine
 * changes nothing. `poll()` runs the scheduled poll and returns once it finished (the next one is scheduled).
 */
function manualPolls() {
  const queue: { poll: () => void; delayMs: number; cancelled: boolean }[] = [];
  const delays: number[] = [];
  let scheduled: (() => void) | undefined;
  const scheduler: PollScheduler = (poll, delayMs) => {
    const entry = { poll, delayMs, cancelled: false };
    queue.push(entry);
    delays.push(delayMs);
    scheduled?.();
    return () => void (entry.cancelled = true);
  };
  return {
    scheduler,
    delays,
    pending: () => queue.filter((e) => !e.cancelled).length,
    async poll() {
      const entry = queue.find((e) => !e.cancelled);
      if (!entry) throw new Error('no poll scheduled');
      queue.splice(queue.indexOf(entry), 1);
      const next = new Promise<void>((resolve) => (scheduled = resolve));
      entry.poll();
      await next;
      await new Promise(setImmediate); // the change callbacks it started settle
    },
  };
}

/** Issue 12 (3): a write on one instance (or a CLI) is noticed by every other instance through one point read per tick. */
describe.each([['sqlite'], ['cosmos']] as const)('version watch on %s', (name) => {
  const tap: EmulatorTap & { log: string[] } = { requests: 0, documents: 0, log: [] };
  let fixture: StoreFixture;
  let writerStore: DocumentStore;
  let readerStore: DocumentStore;
  const watches: VersionWatch[] = [];
  const open = (store: DocumentStore, region = 'ijsselland', polls?: ReturnType<typeof manualPolls>) => {
    const w = versionWatch(store, region, { pollMs: 100, scheduler: polls?.scheduler });
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

  it('tells a watcher on the other instance about a write on its next poll, once per change, per kind', async () => {
    const polls = manualPolls();
    const writer = open(writerStore, 'watched');
    const reader = open(readerStore, 'watched', polls);
    const providers: number[] = [];
    const knowledge: number[] = [];
    reader.onChange('providers', (v) => void providers.push(v), await reader.current('providers'));
    reader.onChange('knowledge', (v) => void knowledge.push(v), await reader.current('knowledge'));
    await polls.poll();
    expect(providers).toEqual([]);
    await writer.bump('providers');
    await polls.poll();
    expect(providers).toEqual([1]);
    await polls.poll(); // more polls without a write: no more calls
    await polls.poll();
    expect(providers).toEqual([1]);
    expect(knowledge).toEqual([]);
    await writer.bump('knowledge');
    await polls.poll();
    expect(knowledge).toEqual([1]);
    expect(providers).toEqual([1]);
  });

  it('repeats a reload that failed on the next poll, and stops polling after unsubscribe', async () => {
    const polls = manualPolls();
    const writer = open(writerStore, 'retry');
    const reader = open(readerStore, 'retry', polls);
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
    await polls.poll();
    expect(calls).toBe(1);
    await polls.poll();
    expect(calls).toBe(2);
    await polls.poll();
    expect(calls).toBe(2);
    unsubscribe();
    expect(polls.pending()).toBe(0); // nobody subscribes: nothing is read any more
    await writer.bump('providers');
    expect(polls.pending()).toBe(0);
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

  it('costs one point read per poll and region, no query, whatever the number of kinds watched; polls are 100 ms ± 20 % apart', async () => {
    const polls = manualPolls();
    const reader = open(readerStore, 'cost', polls);
    const before = { ...readerStore.stats };
    const requestsBefore = tap.log.length;
    reader.onChange('providers', () => undefined, 0);
    reader.onChange('knowledge', () => undefined, 0);
    reader.onChange('people', () => undefined, 0);
    for (let i = 0; i < 10; i++) await polls.poll();
    reader.stop();
    expect(polls.pending()).toBe(0);
    expect(readerStore.stats.calls - before.calls).toBe(10);
    expect(readerStore.stats.documentsRead - before.documentsRead).toBeLessThanOrEqual(10);
    expect(polls.delays).toHaveLength(11); // the first poll, then one after each
    for (const d of polls.delays) expect(d >= 80 && d <= 120).toBe(true);
    if (name === 'cosmos' && !process.env.COSMOS_ENDPOINT) {
      const requests = tap.log.slice(requestsBefore);
      expect(requests).toHaveLength(10);
      expect(requests.every((r) => /^GET \/dbs\/[^/]+\/colls\/state\/docs\/versions$/.test(r))).toBe(true);
    }
  });
});
