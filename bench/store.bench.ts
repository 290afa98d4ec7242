import { z } from 'zod';
import { DeliveryReports } from '../src/features/notifications/delivery-reports';
import { OutboxWorker } from '../src/features/notifications/outbox.worker';
import { RecipientReach } from '../src/features/notifications/reach';
import { hasRole, type Person } from '../src/features/people/people.domain';
import { workerOptions } from '../src/features/notifications/notifications.feature';
import { DurableTimers } from '../src/features/notifications/timers.service';
import type { DeliveryDoc, NotificationDoc } from '../src/features/notifications/notifications.domain';
import type { Messenger } from '../src/features/notifications/notifications.ports';
import { createLogger } from '../src/shared/logger';
import { createRepositories, type Storage } from '../src/storage';
import { versionWatch } from '../src/storage/repositories/versions.repository';
import type { DocumentStore, StorageKind } from '../src/storage/document-store';
import { cosmosFixture, type EmulatorTap, sqliteFixture } from '../tests/helpers/stores';
import { round } from './bench-kit';

const REGION = 'ijsselland';
/** 30 s of an idle instance, run at this time scale: every interval of worker and timers is scaled alike. */
const SCALE = Number(process.env.BENCH_STORE_SCALE ?? 0.1);
const WINDOW_MS = 30_000 * SCALE;
/**
 * The history a year of use leaves (deliveries per notification over 50 chats, finished timer jobs),
 * a region's directory (300 people, of whom 11 wethouders) and the reports "afleverrapport" shows.
 */
const SIZES = { perNotification: 10, conversations: 50, doneTimers: 100, people: 300, wethouders: 11, recentReports: 8 };

/**
 * Documents an idle instance reads from the store in 30 s (outbox, timers and the version document),
 * after 600 and after 6,000 deliveries,
 * on SQLite (rows the adapter returns) and on @vercel/cosmosdb-server (documents in the responses of
 * its request handler, counted by a wrapper). Baseline in the same run: the idle loop before issue 12
 * (the whole outbox container and the region's timers read every 5 s), replayed on the same store.
 */
export async function run(): Promise<Record<string, number | string>> {
  const out: Record<string, number | string> = { 'time scale (30 s window runs in)': `${SCALE} (${WINDOW_MS} ms)` };
  for (const kind of ['sqlite', 'cosmos'] as const) {
    for (const history of [600, 6000]) {
      const r = await idleReads(kind, history);
      out[`${kind} ${history}: docs read, idle 30 s`] = r.now;
      out[`${kind} ${history}: docs read, scan (before)`] = r.before;
      out[`${kind} ${history}: store requests, idle 30 s`] = r.requests;
      if (kind === 'cosmos') out[`${kind} ${history}: docs to the adapter, scan (before)`] = r.beforeAdapter;
      out[`${kind} ${history}: ratio now/before`] = round(r.now / Math.max(1, r.before), 4);
      out[`${kind} ${history}: afleverrapport docs (before)`] = `${r.reports.now} (${r.reports.before})`;
    }
    const lookups = await directoryReads(kind);
    out[`${kind}: role reach docs (before)`] = `${lookups.reach.now} (${lookups.reach.before})`;
    out[`${kind}: e-mail look-up docs (before)`] = `${lookups.email.now} (${lookups.email.before})`;
  }
  return out;
}

/**
 * Documents read by a notification's reach to the wethouders and by a person named by e-mail, in a
 * directory of 300; baseline in the same run: the code before (the whole directory, then a filter).
 */
function directoryReads(kind: StorageKind) {
  return onStore(kind, async (store) => {
    const storage = createRepositories(store, REGION);
    const people: Person[] = Array.from({ length: SIZES.people }, (_, i) => ({
      aadObjectId: `bench-person-${i}`,
      name: `Persoon ${i}`,
      email: `persoon${i}@bench.example`,
      roles: [i < SIZES.wethouders ? 'wethouder' : 'beleidsadviseur'],
      demo: false,
    }));
    await storage.people.saveMany(people);
    const reads = async (run: () => Promise<unknown>) => {
      const before = store.stats.documentsRead;
      await run();
      return store.stats.documentsRead - before;
    };
    const reach = new RecipientReach({ people: storage.people, conversations: storage.conversations, channels: storage.channels, outbox: { enqueue: async () => ({ id: '' }) }, store: storage.outbox });
    const chats = (list: Person[]) => Promise.all(list.map((p) => storage.conversations.get(`user:${p.aadObjectId}`)));
    return {
      reach: {
        now: await reads(() => reach.of([{ kind: 'role', role: 'wethouder' }])),
        before: await reads(async () => chats((await storage.people.list()).filter((p) => hasRole(p, 'wethouder')))),
      },
      email: {
        now: await reads(() => storage.people.findByEmail('persoon7@bench.example')),
        before: await reads(async () => (await storage.people.list()).find((p) => p.email === 'persoon7@bench.example')),
      },
    };
  });
}

/** "afleverrapport" without a number: now the recent list; before, the whole outbox then the same reports. */
async function reportReads(store: DocumentStore, storage: Storage) {
  const reports = new DeliveryReports({ outbox: storage.outbox, people: storage.people, channels: storage.channels });
  let mark = store.stats.documentsRead;
  await reports.recent(SIZES.recentReports);
  const now = store.stats.documentsRead - mark;
  mark = store.stats.documentsRead;
  const { notifications } = await storage.outbox.scan();
  for (const n of notifications.sort((a, b) => b.value.seq - a.value.seq).slice(0, SIZES.recentReports)) await reports.report(n.value.id);
  return { now, before: store.stats.documentsRead - mark };
}

function idleReads(kind: StorageKind, history: number) {
  const tap: EmulatorTap = { requests: 0, documents: 0 };
  return onStore(kind, async (store) => {
    const storage = await seedHistory(store, history);
    const read = () => (kind === 'cosmos' ? tap.documents : store.stats.documentsRead);
    const requests = () => (kind === 'cosmos' ? tap.requests : store.stats.calls);

    let before = read();
    const req0 = requests();
    await idleInstance(store);
    const now = read() - before;
    const reqs = requests() - req0;

    before = read();
    const adapterBefore = store.stats.documentsRead;
    await oldIdleLoop(store);
    // on the emulator the SDK runs each cross-partition query twice (the handler returns the documents twice)
    const idle = { now, before: read() - before, beforeAdapter: store.stats.documentsRead - adapterBefore, requests: reqs };
    return { ...idle, reports: await reportReads(store, storage) };
  }, tap);
}

/** A fresh store of the kind for one measurement, removed afterwards: a temp SQLite file, or cosmosdb-server (`tap` counts its requests). */
async function onStore<T>(kind: StorageKind, measure: (store: DocumentStore) => Promise<T>, tap?: EmulatorTap): Promise<T> {
  const fixture = kind === 'cosmos' ? cosmosFixture(tap) : sqliteFixture();
  try {
    return await measure(await fixture.open());
  } finally {
    await fixture.cleanup();
  }
}

/** Finished history as a year of use leaves it: sent deliveries (older than the rate windows), their notifications, done timer jobs. */
async function seedHistory(store: DocumentStore, deliveries: number): Promise<Storage> {
  const storage = createRepositories(store, REGION);
  const day = 86_400_000;
  const start = Date.now() - 20 * day;
  for (let n = 0; n < deliveries / SIZES.perNotification; n++) {
    const at = start + n * 60_000;
    const id = `n-bench-${n}`;
    const keys = Array.from({ length: SIZES.perNotification }, (_, i) => `conv:bench-${(n * SIZES.perNotification + i) % SIZES.conversations}`);
    const notification: NotificationDoc = { type: 'notification', id, idempotencyKey: id, createdAt: new Date(at).toISOString(), seq: at * 1000, priority: 'normal', text: 'geschiedenis', source: 'bench', recipients: keys.map((key) => ({ kind: 'conversation', key })), state: 'expanded', deliveries: keys, unresolved: [] };
    await storage.outbox.createNotification(notification);
    await storage.outbox.rememberRecent(notification); // as the worker does when it expands one
    for (const key of keys) {
      const delivery: DeliveryDoc = { type: 'delivery', id, notificationId: id, conversationKey: key, seq: at * 1000, priority: 'normal', status: 'sent', attempts: 1, activityId: `a-${n}`, sentAt: new Date(at + 1000).toISOString() };
      await storage.outbox.createDelivery(delivery);
    }
  }
  for (let j = 0; j < SIZES.doneTimers; j++) {
    await storage.timers.schedule({ id: `t-done-${j}`, kind: 'bench', dueAt: new Date(start).toISOString(), payload: {} });
    const job = (await storage.timers.get(`t-done-${j}`))!;
    await storage.timers.replace({ ...job.value, state: 'done', firedAt: new Date(start).toISOString() }, job.version);
  }
  for (let j = 0; j < 3; j++) await storage.timers.schedule({ id: `t-later-${j}`, kind: 'bench', dueAt: new Date(Date.now() + (j + 1) * day).toISOString(), payload: {} });
  await storage.versions.bump('providers'); // the version document exists: each poll reads one document
  return storage;
}

/**
 * A started instance with nothing to do: outbox worker, timers and the version watch (provider data,
 * knowledge, people) with production intervals, scaled.
 */
async function idleInstance(store: DocumentStore) {
  const storage = createRepositories(store, REGION);
  const idle: Messenger = { send: async () => ({ status: 'transient', reason: 'idle bench' }), update: async () => ({ status: 'transient', reason: 'idle bench' }) };
  const log = createLogger('silent');
  const worker = new OutboxWorker({ outbox: storage.outbox, conversations: storage.conversations, channels: storage.channels, people: storage.people, messenger: idle, log }, workerOptions(50, SCALE));
  const timers = new DurableTimers(storage.timers, log, { sweepMs: 10_000 * SCALE, leaseMs: 5 * 60_000 * SCALE, retryMs: 60_000 * SCALE });
  timers.on('bench', async () => undefined);
  const versions = versionWatch(store, REGION, { pollMs: 5_000 * SCALE });
  for (const kind of ['providers', 'knowledge', 'people'] as const) versions.onChange(kind, () => undefined, 0);
  worker.start();
  timers.start();
  await new Promise((r) => setTimeout(r, WINDOW_MS));
  versions.stop();
  await worker.stop();
  await timers.stop();
}

/** What an idle instance did before: read the whole outbox container and the region's timers every 5 s. */
async function oldIdleLoop(store: DocumentStore) {
  const outbox = store.collection('outbox', z.unknown());
  const timers = store.collection('timers', z.unknown());
  const sweeps = Math.round(30_000 / 5_000);
  for (let i = 0; i < sweeps; i++) {
    await outbox.listAll();
    await timers.listPartition(REGION);
  }
}
