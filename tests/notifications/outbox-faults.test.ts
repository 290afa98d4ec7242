import type { Storage } from '../../src/storage';
import type { ConversationsRepository, OutboxRepository } from '../../src/features/notifications/store.ports';
import type { Messenger } from '../../src/features/notifications/notifications.ports';
import { OutboxWorker } from '../../src/features/notifications/outbox.worker';
import { workerOptions } from '../../src/features/notifications/notifications.feature';
import { createLogger } from '../../src/shared/logger';
import { conversationKey } from '../../src/features/notifications/notifications.domain';
import { arrivals, OutboxRig, SCALE, seeded, until } from './outbox-rig';

const text = (conv: number, n: number) => `c${conv}#${n}`;
const WRITES = new Set(['createNotification', 'replaceNotification', 'createDelivery', 'replaceDelivery', 'saveCardMessage']);

/**
 * The store answering 429/503 at random, as Cosmos does under load after the SDK's own retries: a
 * call fails before it runs, or (a write) runs and then fails, so the caller cannot know whether it landed.
 */
function flaky<T extends object>(repo: T, random: () => number, rate: number, log: string[]): T {
  return new Proxy(repo, {
    get(target, name) {
      const fn = (target as Record<string | symbol, unknown>)[name];
      if (typeof fn !== 'function') return fn;
      return async (...args: unknown[]) => {
        const code = random() < 0.5 ? 429 : 503;
        if (random() < rate) {
          log.push(`${String(name)}:${code}:before`);
          throw Object.assign(new Error(`injected ${code}`), { code });
        }
        const result = await fn.apply(target, args);
        if (WRITES.has(String(name)) && random() < rate / 2) {
          log.push(`${String(name)}:${code}:after`);
          throw Object.assign(new Error(`injected ${code} after the write`), { code });
        }
        return result;
      };
    },
  });
}

async function enqueueGrid(rig: OutboxRig, conversations: number, perConversation: number, prefix: string) {
  for (let n = 0; n < perConversation; n++) {
    for (let c = 0; c < conversations; c++) {
      await rig.outbox.enqueue({ idempotencyKey: `${prefix}-${c}-${n}`, recipients: [{ kind: 'conversation', key: conversationKey(`c${c}`) }], text: text(c, n) });
    }
  }
}

function expectExactlyOnceInOrder(rig: OutboxRig, conversations: number, perConversation: number) {
  const got = arrivals(rig.connector);
  for (let c = 0; c < conversations; c++) expect(got.get(`c${c}`)).toEqual(Array.from({ length: perConversation }, (_, n) => text(c, n)));
}

function workerOn(rig: OutboxRig, storage: Storage, deps: { outbox?: OutboxRepository; conversations?: ConversationsRepository; messenger?: Messenger }, owner: string) {
  return new OutboxWorker(
    {
      outbox: deps.outbox ?? storage.outbox,
      conversations: deps.conversations ?? storage.conversations,
      channels: rig.channels(storage),
      people: storage.people,
      messenger: deps.messenger ?? rig.messenger,
      log: createLogger('silent'),
    },
    { ...workerOptions(50, SCALE), owner, random: seeded(owner.length) },
  );
}

describe.each(['sqlite', 'cosmos'] as const)('outbox under store faults on %s', (kind) => {
  let rig: OutboxRig;
  beforeEach(async () => {
    rig = await new OutboxRig(kind).start();
  });
  afterEach(() => rig.stop());

  it('when the store answers 429/503 around claims, sends and records, then every message arrives once, in order, and none is called uncertain', async () => {
    const conversations = kind === 'sqlite' ? 8 : 4;
    const perConversation = kind === 'sqlite' ? 25 : 10;
    await rig.addConversations(conversations);
    await enqueueGrid(rig, conversations, perConversation, 'faults');
    const injected: string[] = [];
    const random = seeded(2024);
    const worker = workerOn(rig, rig.storage, { outbox: flaky(rig.storage.outbox, random, 0.2, injected), conversations: flaky(rig.storage.conversations, random, 0.2, injected) }, 'flaky');
    rig.workers.push(worker);
    worker.start();
    await rig.drained(60_000);
    expectExactlyOnceInOrder(rig, conversations, perConversation);
    const { deliveries } = await rig.storage.outbox.scan();
    expect(deliveries.filter((d) => d.value.status !== 'sent').map((d) => d.value.lastError)).toEqual([]);
    // the faults really hit each step: before and after claims and records
    expect(injected.some((f) => f.startsWith('replaceDelivery') && f.endsWith('before'))).toBe(true);
    expect(injected.some((f) => f.startsWith('replaceDelivery') && f.endsWith('after'))).toBe(true);
  }, 90_000);

  it('when one of two workers is killed mid-run, then the other delivers the rest: nothing twice, in order, only its cut-off sends uncertain', async () => {
    await rig.addConversations(4);
    await enqueueGrid(rig, 4, 8, 'kill');
    let killed = false;
    const never = new Promise<never>(() => undefined);
    // after the kill, everything the dead worker starts hangs for ever: no store call, no send completes
    const dead = <T extends object>(repo: T): T =>
      new Proxy(repo, {
        get: (target, name) => {
          const fn = (target as Record<string | symbol, unknown>)[name];
          return typeof fn === 'function' ? (...args: unknown[]) => (killed ? never : fn.apply(target, args)) : fn;
        },
      });
    const sentByA: string[] = [];
    const cutOff: string[] = [];
    const messengerA: Messenger = {
      send: async (ref, m) => {
        if (sentByA.length >= 6) killed = true;
        if (killed) {
          cutOff.push(m.text ?? ''); // claimed and started, never finished: what a kill in mid-send leaves
          return never;
        }
        sentByA.push(m.text ?? '');
        return rig.messenger.send(ref, m);
      },
      update: rig.messenger.update,
    };
    const storageA = await rig.openStorage();
    const a = workerOn(rig, storageA, { outbox: dead(storageA.outbox), conversations: dead(storageA.conversations), messenger: messengerA }, 'a');
    const b = workerOn(rig, rig.storage, {}, 'b');
    rig.workers.push(b);
    a.start();
    await until(() => killed, 30_000, 1);
    b.start();
    await rig.drained(60_000);
    void a.stop(); // never settles: its calls hang like a dead process
    const { deliveries, notifications } = await rig.storage.outbox.scan();
    const textOf = new Map(notifications.map((n) => [n.value.id, n.value.text ?? '']));
    const uncertain = deliveries.filter((d) => d.value.status !== 'sent');
    expect(uncertain.every((d) => /onzeker/.test(d.value.lastError ?? ''))).toBe(true);
    const uncertainTexts = uncertain.map((d) => textOf.get(d.value.notificationId)!);
    // uncertain: exactly the sends the dead worker had started (cut off, or sent but never recorded)
    expect(cutOff.length).toBeGreaterThan(0);
    expect(uncertainTexts).toEqual(expect.arrayContaining(cutOff));
    expect(uncertainTexts.every((t) => cutOff.includes(t) || sentByA.includes(t))).toBe(true);
    const got = arrivals(rig.connector);
    for (let c = 0; c < 4; c++) {
      // in order, nothing twice, nothing cut off sent again, everything else there
      const expected = Array.from({ length: 8 }, (_, n) => text(c, n)).filter((t) => !cutOff.includes(t));
      const arrived = got.get(`c${c}`) ?? [];
      expect(arrived).toEqual(expected.filter((t) => arrived.includes(t)));
      expect(expected.filter((t) => !arrived.includes(t))).toEqual([]);
    }
  }, 90_000);
});
