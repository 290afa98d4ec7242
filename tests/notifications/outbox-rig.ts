import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createAdapter } from '../../src/bot/adapter';
import { createMessenger } from '../../src/bot/proactive';
import { OutboxService } from '../../src/features/notifications/outbox.service';
import { OutboxWorker, type WorkerOptions } from '../../src/features/notifications/outbox.worker';
import { workerOptions } from '../../src/features/notifications/notifications.feature';
import { type RateWindow, scaleWindows, TEAMS_CONVERSATION_WINDOWS } from '../../src/features/notifications/rate-limits';
import type { AppInstaller, Messenger } from '../../src/features/notifications/notifications.ports';
import { createLogger } from '../../src/shared/logger';
import { createRepositories, type Storage } from '../../src/storage';
import { conversationKey } from '../../src/features/notifications/notifications.domain';
import { openSqliteStore } from '../../src/storage/sqlite/sqlite-store';
import { FakeConnector } from '../helpers/fake-connector';
import { cosmosFixture, type StoreFixture } from '../helpers/stores';

/** Teams limits on a 20x faster clock: 7 per 50 ms, 8 per 100 ms, 60 per 1.5 s, 1800 per 3 min; 50 per 50 ms app-wide. */
export const SCALE = 0.05;
export const CONVERSATION_WINDOWS = scaleWindows(TEAMS_CONVERSATION_WINDOWS, SCALE);

/**
 * One store (a SQLite file, or one database on the Cosmos emulator), a fake Teams connector and the
 * real messenger; workers and store connections can be opened twice.
 */
export class OutboxRig {
  readonly dir = mkdtempSync(path.join(os.tmpdir(), 'rsj-outbox-'));
  readonly cosmos?: StoreFixture;
  readonly connector = new FakeConnector();
  readonly storages: Storage[] = [];
  readonly workers: OutboxWorker[] = [];
  storage!: Storage;
  outbox!: OutboxService;
  messenger!: Messenger;

  constructor(readonly kind: 'sqlite' | 'cosmos' = 'sqlite') {
    if (kind === 'cosmos') this.cosmos = cosmosFixture();
  }

  async start(): Promise<this> {
    await this.connector.start();
    this.storage = await this.openStorage();
    this.outbox = new OutboxService({ outbox: this.storage.outbox });
    this.messenger = createMessenger(createAdapter({ BOT_TYPE: 'MultiTenant' }));
    return this;
  }

  /** A second connection to the same store stands in for a second instance. */
  async openStorage(): Promise<Storage> {
    const s = createRepositories(this.cosmos ? await this.cosmos.open() : openSqliteStore(this.dir), 'ijsselland');
    this.storages.push(s);
    return s;
  }

  channels(storage = this.storage) {
    return storage.channels;
  }

  worker(options: Partial<WorkerOptions> = {}, storage = this.storage, messenger = this.messenger, installer?: AppInstaller): OutboxWorker {
    const w = new OutboxWorker(
      { outbox: storage.outbox, conversations: storage.conversations, channels: this.channels(storage), people: storage.people, messenger, installer, log: createLogger('silent') },
      { ...workerOptions(50, SCALE), ...options },
    );
    this.workers.push(w);
    return w;
  }

  reference(conversationId: string) {
    return { channelId: 'msteams', serviceUrl: this.connector.url, conversation: { id: conversationId, tenantId: 'tenant-test' }, bot: { id: '28:bot' } };
  }

  /** Stores references for conversations c0..c(n-1); returns their keys. */
  async addConversations(n: number, prefix = 'c'): Promise<string[]> {
    const keys: string[] = [];
    for (let i = 0; i < n; i++) {
      const id = `${prefix}${i}`;
      keys.push(conversationKey(id));
      await this.storage.conversations.save({ key: conversationKey(id), kind: 'channel', reference: this.reference(id), updatedAt: new Date().toISOString() });
    }
    return keys;
  }

  async pending(): Promise<number> {
    const { notifications, deliveries } = await this.storage.outbox.scan();
    return notifications.filter((n) => n.value.state === 'new').length + deliveries.filter((d) => d.value.status === 'pending').length;
  }

  async drained(timeoutMs = 30_000): Promise<void> {
    await until(async () => (await this.pending()) === 0, timeoutMs);
  }

  async stop(): Promise<void> {
    for (const w of this.workers) await w.stop();
    if (this.cosmos) await this.cosmos.cleanup();
    else for (const s of this.storages) await s.close();
    await this.connector.stop();
    rmSync(this.dir, { recursive: true, force: true });
  }
}

export async function until(check: () => Promise<boolean> | boolean, timeoutMs = 30_000, stepMs = 10): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('condition not reached in time');
    await new Promise((r) => setTimeout(r, stepMs));
  }
}

/** Every window of `ms` starting at a request holds at most `limit` requests. Returns the breaches. */
export function windowBreaches(times: number[], windows: RateWindow[]): string[] {
  const sorted = [...times].sort((a, b) => a - b);
  const out: string[] = [];
  for (const w of windows) {
    let end = 0;
    for (let i = 0; i < sorted.length; i++) {
      while (end < sorted.length && sorted[end] < sorted[i] + w.ms) end++;
      if (end - i > w.limit) out.push(`${end - i} requests within ${w.ms} ms from ${sorted[i]} (limit ${w.limit})`);
    }
  }
  return out;
}

/** Deterministic pseudo-random numbers so injected failures are the same on every run. */
export function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** Per conversation: the texts in arrival order. */
export function arrivals(connector: FakeConnector): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const r of connector.received) {
    const list = out.get(r.conversationId) ?? [];
    list.push(r.method === 'PUT' ? `PUT ${r.activity.text}` : r.activity.text);
    out.set(r.conversationId, list);
  }
  return out;
}
