import { DurableTimers } from '../../src/features/notifications/timers.service';
import { createLogger } from '../../src/shared/logger';
import type { DocumentStore } from '../../src/storage/document-store';
import { timerJobSchema } from '../../src/features/notifications/notifications.domain';
import { timerIndex, timersRepository } from '../../src/storage/repositories/timers.repository';
import { cosmosFixture, sqliteFixture, type StoreFixture } from '../helpers/stores';
import { until } from './outbox-rig';

describe.each([['sqlite', sqliteFixture], ['the Cosmos emulator', cosmosFixture]] as const)('durable timers on %s', (_name, makeFixture) => {
  let fixture: StoreFixture;
  const stores: DocumentStore[] = [];
  const running: DurableTimers[] = [];
  const fired: string[] = [];

  /** A timer service as one instance would have it: its own store connection, a handler for "herinnering". */
  async function instance(options: Partial<ConstructorParameters<typeof DurableTimers>[2]> = {}) {
    const store = await fixture.open();
    stores.push(store);
    const timers = new DurableTimers(timersRepository(store, 'ijsselland'), createLogger('silent'), { sweepMs: 200, leaseMs: 200, retryMs: 20, ...options });
    timers.on('herinnering', async (payload, job) => {
      fired.push(`${job.id}:${payload.ronde}`);
    });
    running.push(timers);
    return timers;
  }

  beforeEach(() => {
    fixture = makeFixture();
    fired.length = 0;
  });
  afterEach(async () => {
    for (const t of running.splice(0)) await t.stop();
    stores.splice(0);
    await fixture.cleanup();
  });

  it('when a job is due, then it fires once, and not again after a restart', async () => {
    const a = await instance();
    a.start();
    await a.schedule({ id: 'r1', kind: 'herinnering', dueAt: new Date(Date.now() + 50), payload: { ronde: 2027 } });
    await until(() => fired.length === 1);
    await a.stop();
    const b = await instance();
    b.start();
    await b.sweep();
    expect(fired).toEqual(['r1:2027']);
  });

  it('when the service was down at the due time, then the job fires late, once, at the next start', async () => {
    const a = await instance();
    await a.schedule({ id: 'late', kind: 'herinnering', dueAt: new Date(Date.now() + 20), payload: { ronde: 1 } });
    await new Promise((r) => setTimeout(r, 60)); // "down": never started
    const b = await instance();
    b.start();
    await until(() => fired.length === 1);
    await b.sweep();
    expect(fired).toEqual(['late:1']);
  });

  it('when two instances sweep one store at the same moment, then each job runs once', async () => {
    const a = await instance();
    const b = await instance();
    for (let i = 0; i < 20; i++) await a.schedule({ id: `j${i}`, kind: 'herinnering', dueAt: new Date(Date.now() - 1000), payload: { ronde: i } });
    await Promise.all([a.sweep(), b.sweep(), a.sweep(), b.sweep()]);
    expect(fired.sort()).toEqual(Array.from({ length: 20 }, (_, i) => `j${i}:${i}`).sort());
  });

  it('when jobs are finished or scheduled for later, then a sweep reads none of them', async () => {
    const a = await instance();
    for (let i = 0; i < 10; i++) await a.schedule({ id: `old${i}`, kind: 'herinnering', dueAt: new Date(Date.now() - 1000), payload: { ronde: i } });
    await a.schedule({ id: 'later', kind: 'herinnering', dueAt: new Date(Date.now() + 3_600_000), payload: { ronde: 99 } });
    await a.sweep();
    expect(fired).toHaveLength(10);
    const before = stores[0].stats.documentsRead;
    await a.sweep();
    await a.sweep();
    expect(stores[0].stats.documentsRead - before).toBe(0);
  });

  it('when a job is cancelled, then it never fires', async () => {
    const a = await instance();
    await a.schedule({ id: 'weg', kind: 'herinnering', dueAt: new Date(Date.now() - 1), payload: { ronde: 1 } });
    await a.cancel('weg');
    await a.sweep();
    expect(fired).toEqual([]);
  });

  it('when a handler throws, then the job is retried later and marked done after it succeeds', async () => {
    const a = await instance();
    let calls = 0;
    a.on('wankel', async () => {
      calls++;
      if (calls === 1) throw new Error('tijdelijk');
    });
    await a.schedule({ id: 'w', kind: 'wankel', dueAt: new Date(Date.now() - 1), payload: {} });
    await a.sweep();
    expect(calls).toBe(1);
    await new Promise((r) => setTimeout(r, 30));
    await a.sweep();
    await a.sweep();
    expect(calls).toBe(2);
    const repo = timersRepository(stores[0], 'ijsselland');
    expect((await repo.get('w'))?.value).toMatchObject({ state: 'done', attempts: 2 });
  });

  it('when an instance died while running a job, then another claims it after the lease expired', async () => {
    const a = await instance();
    // what a dead instance leaves behind: a job claimed and never finished
    const jobs = stores[0].collection('timers', timerJobSchema, timerIndex(30));
    await jobs.create('ijsselland', 'crash', { id: 'crash', kind: 'herinnering', dueAt: new Date(Date.now() - 1000).toISOString(), payload: { ronde: 9 }, state: 'running', attempts: 1, lease: { owner: 'dead', until: Date.now() + 100 } });
    await a.sweep();
    expect(fired).toEqual([]); // lease still valid
    await new Promise((r) => setTimeout(r, 120));
    await a.sweep();
    expect(fired).toEqual(['crash:9']);
  });
});
