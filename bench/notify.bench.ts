import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createAdapter } from '../src/bot/adapter';
import { createMessenger } from '../src/bot/proactive';
import { channelTarget } from '../src/features/notifications/notifications.domain';
import { OutboxService } from '../src/features/notifications/outbox.service';
import { OutboxWorker } from '../src/features/notifications/outbox.worker';
import { type RateWindow, SlidingWindowLimiter, TEAMS_CONVERSATION_WINDOWS, TEAMS_GLOBAL_WINDOWS } from '../src/features/notifications/rate-limits';
import { createLogger } from '../src/shared/logger';
import { createRepositories, type Storage } from '../src/storage';
import { conversationKey, personalKey } from '../src/features/notifications/notifications.domain';
import { openSqliteStore } from '../src/storage/sqlite/sqlite-store';
import { loadRegion } from '../src/region';
import { FakeConnector } from '../tests/helpers/fake-connector';

const GEMEENTEN = loadRegion('ijsselland').gemeenten;
const CHANNEL_TARGETS = ['BO', 'PFO', 'AO', 'MO', 'KC'].map(channelTarget.body).concat(channelTarget.experts);

/**
 * Outbox delivery at the real Teams limits against a fake connector: a board fan-out (11
 * wethouders + 6 channels) and 500 notifications to 50 conversations with 10% 429s.
 * The store lives in /dev/shm when available: the bench measures scheduling, not the disk's fsync.
 */
export async function run(): Promise<Record<string, number | string>> {
  const fanout = await fanOutScenario();
  const bulk = await bulkScenario();
  return { ...fanout, ...bulk };
}

async function fanOutScenario() {
  const env = await environment();
  try {
    for (const [n, gemeente] of GEMEENTEN.entries()) {
      const aad = `bench-wethouder-${n}`;
      await env.storage.people.save({ aadObjectId: aad, name: `Wethouder ${gemeente} (bench)`, email: '', roles: ['wethouder'], gemeente, demo: true });
      await env.addConversation(personalKey(aad), `a:personal-${n}`);
    }
    for (const target of CHANNEL_TARGETS) {
      const key = await env.addConversation(conversationKey(`19:${target}@thread`), `19:${target}@thread`);
      await env.channels.link({ target, conversationKey: key, channelName: '', linkedBy: 'bench', linkedAt: new Date().toISOString() });
    }
    // baseline: the same 17 messages sent directly, one after another, without outbox or limits
    const refs = (await env.storage.conversations.list()).map((c) => c.reference);
    let t = performance.now();
    for (const ref of refs) await env.messenger.send(ref, { text: 'baseline' });
    const directMs = performance.now() - t;
    env.connector.received.length = 0;

    const worker = env.worker();
    worker.start();
    t = performance.now();
    await env.outbox.enqueue({ idempotencyKey: 'bench-fanout', recipients: [{ kind: 'role', role: 'wethouder' }, ...CHANNEL_TARGETS.map((target) => ({ kind: 'channel' as const, target }))], text: 'agenda' });
    await env.until(() => env.connector.received.length >= 17);
    const outboxMs = performance.now() - t;
    await worker.stop();
    return {
      fanout_recipients: env.connector.received.length,
      fanout_ms: round(outboxMs),
      fanout_direct_ms: round(directMs),
      fanout_vs_direct_ratio: round(outboxMs / directMs, 2),
      fanout_lost: 17 - new Set(env.connector.received.map((r) => r.conversationId)).size,
      fanout_duplicated: env.connector.received.length - new Set(env.connector.received.map((r) => r.conversationId)).size,
    };
  } finally {
    await env.close();
  }
}

async function bulkScenario() {
  const env = await environment();
  try {
    const CONVERSATIONS = 50;
    const PER = 10;
    for (let c = 0; c < CONVERSATIONS; c++) await env.addConversation(conversationKey(`c${c}`), `c${c}`);
    for (let n = 0; n < PER; n++) {
      for (let c = 0; c < CONVERSATIONS; c++) {
        await env.outbox.enqueue({ idempotencyKey: `bulk-${c}-${n}`, recipients: [{ kind: 'conversation', key: conversationKey(`c${c}`) }], text: `c${c}#${n}` });
      }
    }
    let seed = 12345;
    const random = () => ((seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32);
    env.connector.respond = () => (random() < 0.1 ? { status: 429, headers: { 'Retry-After': '1' } } : undefined);
    const worker = env.worker();
    const start = Date.now();
    worker.start();
    await env.until(() => new Set(env.connector.received.map((r) => r.activity.text)).size >= CONVERSATIONS * PER, 120_000);
    const elapsed = Date.now() - start;
    await worker.stop();

    const total = CONVERSATIONS * PER;
    const texts = env.connector.received.map((r) => r.activity.text as string);
    const unique = new Set(texts).size;
    const requests = env.connector.requests.length;
    const throttled = env.connector.requests.filter((r) => r.status === 429).length;
    // the limits allow the k-th request at bound(k) at the earliest (zero latency, nothing throttled)
    const boundMs = earliestFinish(total, CONVERSATIONS);
    const boundWithThrottledMs = earliestFinish(requests, CONVERSATIONS);
    const breaches = windowBreaches(env);
    const arrivals = env.connector.received.map((r) => r.at - start).sort((a, b) => a - b);
    return {
      bulk_messages: total,
      bulk_ms: elapsed,
      bulk_bound_ms: boundMs,
      bulk_throughput_pct_of_bound: round((100 * boundMs) / elapsed, 1),
      bulk_p95_delivered_ms: arrivals[Math.ceil(0.95 * arrivals.length) - 1],
      bulk_requests: requests,
      bulk_injected_429: throttled,
      // the 429s cost requests any client must repeat: compared with the bound for all requests made
      bulk_requests_bound_ms: boundWithThrottledMs,
      bulk_request_rate_pct_of_bound: round((100 * boundWithThrottledMs) / elapsed, 1),
      bulk_lost: total - unique,
      bulk_duplicated: texts.length - unique,
      bulk_out_of_order: outOfOrder(env, CONVERSATIONS),
      bulk_window_breaches: breaches,
      store: env.dir.startsWith('/dev/shm') ? 'sqlite in /dev/shm' : 'sqlite on disk',
    };
  } finally {
    await env.close();
  }
}

/** Time at which `requests` requests spread evenly over `conversations` can all have started under the Teams limits. */
function earliestFinish(requests: number, conversations: number): number {
  const global = new SlidingWindowLimiter(TEAMS_GLOBAL_WINDOWS);
  const per = Array.from({ length: conversations }, () => new SlidingWindowLimiter(TEAMS_CONVERSATION_WINDOWS));
  let now = 0;
  let last = 0;
  for (let k = 0; k < requests; k++) {
    const c = k % conversations;
    const at = Math.max(now, global.earliest(now), per[c].earliest(now));
    global.finish(`r${k}`, at);
    per[c].finish(`r${k}`, at);
    now = at;
    last = at;
  }
  return last;
}

function windowBreaches(env: Env): number {
  const check = (times: number[], windows: RateWindow[]) => {
    const sorted = [...times].sort((a, b) => a - b);
    let breaches = 0;
    for (const w of windows) for (let i = 0, end = 0; i < sorted.length; i++) {
      while (end < sorted.length && sorted[end] < sorted[i] + w.ms) end++;
      if (end - i > w.limit) breaches++;
    }
    return breaches;
  };
  const byConversation = new Map<string, number[]>();
  for (const r of env.connector.requests) byConversation.set(r.conversationId, [...(byConversation.get(r.conversationId) ?? []), r.at]);
  let breaches = check(env.connector.requests.map((r) => r.at), TEAMS_GLOBAL_WINDOWS);
  for (const times of byConversation.values()) breaches += check(times, TEAMS_CONVERSATION_WINDOWS);
  return breaches;
}

function outOfOrder(env: Env, conversations: number): number {
  let wrong = 0;
  for (let c = 0; c < conversations; c++) {
    const seq = env.connector.received.filter((r) => r.conversationId === `c${c}`).map((r) => Number(String(r.activity.text).split('#')[1]));
    seq.forEach((n, i) => i > 0 && n < seq[i - 1] && wrong++);
  }
  return wrong;
}

type Env = Awaited<ReturnType<typeof environment>>;

async function environment() {
  const base = process.platform === 'linux' ? '/dev/shm' : os.tmpdir();
  const dir = mkdtempSync(path.join(base, 'rsj-bench-'));
  const connector = await new FakeConnector().start();
  const storage: Storage = createRepositories(openSqliteStore(dir), 'ijsselland');
  const channels = storage.channels;
  const messenger = createMessenger(createAdapter({ BOT_TYPE: 'MultiTenant' }));
  const outbox = new OutboxService({ outbox: storage.outbox });
  const log = createLogger('silent');
  return {
    dir,
    connector,
    storage,
    channels,
    messenger,
    outbox,
    worker() {
      const w = new OutboxWorker({ outbox: storage.outbox, conversations: storage.conversations, channels, people: storage.people, messenger, log });
      outbox.onEnqueued(() => w.wake());
      return w;
    },
    async addConversation(key: string, conversationId: string) {
      const reference = { channelId: 'msteams', serviceUrl: connector.url, conversation: { id: conversationId, tenantId: 't' }, bot: { id: '28:bot' } };
      await storage.conversations.save({ key, kind: key.startsWith('user:') ? 'personal' : 'channel', reference, updatedAt: new Date().toISOString() });
      return key;
    },
    async until(check: () => boolean, timeoutMs = 30_000) {
      const end = Date.now() + timeoutMs;
      while (!check()) {
        if (Date.now() > end) throw new Error('bench: delivery did not finish in time');
        await new Promise((r) => setTimeout(r, 2));
      }
    },
    async close() {
      await storage.close();
      await connector.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

const round = (n: number, digits = 0) => Math.round(n * 10 ** digits) / 10 ** digits;

if (require.main === module) void run().then((result) => process.stdout.write(`${JSON.stringify(result, null, 2)}\n`));
