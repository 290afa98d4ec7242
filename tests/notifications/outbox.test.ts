import { conversationKey } from '../../src/features/notifications/notifications.domain';
import { arrivals, CONVERSATION_WINDOWS, OutboxRig, seeded, until, windowBreaches } from './outbox-rig';

const text = (conv: number, n: number) => `c${conv}#${n}`;

async function enqueueGrid(rig: OutboxRig, conversations: number, perConversation: number, prefix = 'grid') {
  for (let n = 0; n < perConversation; n++) {
    for (let c = 0; c < conversations; c++) {
      await rig.outbox.enqueue({ idempotencyKey: `${prefix}-${c}-${n}`, recipients: [{ kind: 'conversation', key: conversationKey(`c${c}`) }], text: text(c, n) });
    }
  }
}

function expectExactlyOnceInOrder(rig: OutboxRig, conversations: number, perConversation: number) {
  const got = arrivals(rig.connector);
  for (let c = 0; c < conversations; c++) {
    expect(got.get(`c${c}`)).toEqual(Array.from({ length: perConversation }, (_, n) => text(c, n)));
  }
}

function expectWithinWindows(rig: OutboxRig) {
  const byConversation = new Map<string, number[]>();
  for (const r of rig.connector.requests) byConversation.set(r.conversationId, [...(byConversation.get(r.conversationId) ?? []), r.at]);
  for (const [conv, times] of byConversation) expect({ conv, breaches: windowBreaches(times, CONVERSATION_WINDOWS) }).toEqual({ conv, breaches: [] });
}

describe('outbox delivery through a fake Teams connector', () => {
  let rig: OutboxRig;
  beforeEach(async () => {
    rig = await new OutboxRig().start();
  });
  afterEach(() => rig.stop());

  it('when 10 conversations get 12 messages each under 429s, 503s and slow replies, then each arrives once, in order, within the limits', async () => {
    await rig.addConversations(10);
    const random = seeded(42);
    rig.connector.respond = () => {
      const x = random();
      if (x < 0.1) return { status: 429, headers: { 'Retry-After': '0.03' } };
      if (x < 0.15) return { status: 503 };
      if (x < 0.25) return { status: 200, delayMs: 15 };
      return undefined;
    };
    await enqueueGrid(rig, 10, 12);
    rig.worker().start();
    await rig.drained();
    expectExactlyOnceInOrder(rig, 10, 12);
    expectWithinWindows(rig);
    expect(rig.connector.requests.filter((r) => r.status === 429).length).toBeGreaterThan(0);
    const { deliveries } = await rig.storage.outbox.scan();
    expect(deliveries.every((d) => d.value.status === 'sent' && d.value.activityId)).toBe(true);
  });

  it('when one conversation gets 70 messages, then no window of the Teams limits is exceeded', async () => {
    await rig.addConversations(1);
    await enqueueGrid(rig, 1, 70, 'burst');
    rig.worker().start();
    await rig.drained();
    expectExactlyOnceInOrder(rig, 1, 70);
    expectWithinWindows(rig);
    // 60 per 30 s (scaled 1.5 s) must have held the last 10 back
    const times = rig.connector.received.map((r) => r.at);
    expect(times[60] - times[0]).toBeGreaterThanOrEqual(1500);
  });

  it('when Teams answers 403, then that delivery fails for good with the reason, and the others go on', async () => {
    await rig.addConversations(2);
    rig.connector.respond = ({ conversationId }) => (conversationId === 'c0' ? { status: 403 } : undefined);
    await enqueueGrid(rig, 2, 2, 'gone');
    rig.worker().start();
    await rig.drained();
    expect(rig.connector.requests.filter((r) => r.conversationId === 'c0')).toHaveLength(2); // once each, no retries
    const { deliveries } = await rig.storage.outbox.scan();
    const c0 = deliveries.filter((d) => d.value.conversationKey === 'conv:c0').map((d) => d.value);
    expect(c0.map((d) => [d.status, d.attempts])).toEqual([['failed', 1], ['failed', 1]]);
    expect(c0[0].lastError).toMatch(/403/);
    expect(arrivals(rig.connector).get('c1')).toEqual([text(1, 0), text(1, 1)]);
  });

  it('when a 503 keeps coming, then the delivery is retried with backoff and fails after the maximum attempts', async () => {
    await rig.addConversations(1);
    rig.connector.respond = () => ({ status: 503 });
    await enqueueGrid(rig, 1, 1, 'down');
    rig.worker({ maxAttempts: 4 }).start();
    await rig.drained();
    const times = rig.connector.requests.map((r) => r.at);
    expect(times).toHaveLength(4);
    // exponential: each gap at least half the previous nominal backoff (50, 100, 200 ms at this scale)
    expect(times[3] - times[2]).toBeGreaterThanOrEqual(100);
    const [d] = (await rig.storage.outbox.scan()).deliveries;
    expect(d.value).toMatchObject({ status: 'failed', attempts: 4 });
    expect(d.value.lastError).toMatch(/4 pogingen.*503/);
  });

  it('when a 429 says Retry-After, then the next attempt waits at least that long', async () => {
    await rig.addConversations(1);
    let first = true;
    rig.connector.respond = () => (first ? ((first = false), { status: 429, headers: { 'Retry-After': '0.3' } }) : undefined);
    await enqueueGrid(rig, 1, 1, 'later');
    rig.worker().start();
    await rig.drained();
    const [a, b] = rig.connector.requests;
    expect(b.at - a.at).toBeGreaterThanOrEqual(300);
  });

  it('when the same idempotency key is enqueued twice, then one notification is sent once', async () => {
    await rig.addConversations(1);
    const request = { idempotencyKey: 'twice', recipients: [{ kind: 'conversation' as const, key: 'conv:c0' }], text: 'één keer' };
    const a = await rig.outbox.enqueue(request);
    const b = await rig.outbox.enqueue(request);
    expect(a.id).toBe(b.id);
    rig.worker().start();
    await rig.drained();
    await rig.outbox.enqueue(request); // after delivery too
    await new Promise((r) => setTimeout(r, 100));
    expect(rig.connector.received).toHaveLength(1);
  });

  it('when a message with an updateKey follows a sent one, then the first message is updated in place', async () => {
    await rig.addConversations(1);
    const base = { recipients: [{ kind: 'conversation' as const, key: 'conv:c0' }], updateKey: 'agenda-pfo-2026-03' };
    await rig.outbox.enqueue({ ...base, idempotencyKey: 'v1', text: 'agenda v1' });
    await rig.outbox.enqueue({ ...base, idempotencyKey: 'v2', text: 'agenda v2' });
    rig.worker().start();
    await rig.drained();
    const [posted, put] = rig.connector.received;
    expect(posted).toMatchObject({ method: 'POST', activity: { text: 'agenda v1' } });
    expect(put).toMatchObject({ method: 'PUT', activityId: posted.activityId, activity: { text: 'agenda v2' } });
  });

  it('when a big bulk fan-out is queued, then an urgent message overtakes it', async () => {
    await rig.addConversations(20);
    for (let c = 0; c < 20; c++) {
      for (let n = 0; n < 3; n++) {
        await rig.outbox.enqueue({ idempotencyKey: `bulk-${c}-${n}`, recipients: [{ kind: 'conversation', key: `conv:c${c}` }], text: `bulk ${n}`, priority: 'bulk' });
      }
    }
    await rig.outbox.enqueue({ idempotencyKey: 'urgent', recipients: [{ kind: 'conversation', key: 'conv:c19' }], text: 'escalatie', priority: 'urgent' });
    rig.worker({ concurrency: 2 }).start();
    await rig.drained();
    const order = rig.connector.received.map((r) => r.activity.text);
    expect(order.indexOf('escalatie')).toBeLessThan(5);
  });

  it('when the worker stops mid fan-out and a new one starts on the same store, then the rest arrives and nothing twice', async () => {
    await rig.addConversations(8);
    await enqueueGrid(rig, 8, 8, 'restart');
    const first = rig.worker();
    first.start();
    await until(() => rig.connector.received.length >= 20, 30_000, 1);
    await first.stop();
    expect(rig.connector.received.length).toBeLessThan(64);
    const again = rig.worker({}, await rig.openStorage());
    again.start();
    await rig.drained();
    expectExactlyOnceInOrder(rig, 8, 8);
    expectWithinWindows(rig);
  });

  it.each([
    ['report', 0, 'failed'],
    ['resend', 1, 'sent'],
  ] as const)('when an instance died mid-send (stale lease) and the policy is %s, then it is sent %i more time(s) and ends %s', async (policy, sends, status) => {
    await rig.addConversations(1);
    // what a dead instance leaves behind: an expanded notification and a delivery claimed for sending
    const id = 'n-stale';
    const common = { id, seq: 1, priority: 'normal' as const };
    await rig.storage.outbox.createNotification({ ...common, type: 'notification', idempotencyKey: 'stale', createdAt: new Date().toISOString(), text: 'misschien al verstuurd', source: 'test', recipients: [{ kind: 'conversation', key: 'conv:c0' }], state: 'expanded', deliveries: ['conv:c0'], unresolved: [] });
    await rig.storage.outbox.createDelivery({ ...common, type: 'delivery', notificationId: id, conversationKey: 'conv:c0', status: 'pending', attempts: 0, lease: { owner: 'dead', until: Date.now() - 1 } });
    rig.worker({ interruptedSends: policy }).start();
    await rig.drained();
    expect(rig.connector.received).toHaveLength(sends);
    const after = (await rig.storage.outbox.getDelivery('conv:c0', id))!.value;
    expect(after.status).toBe(status);
    if (policy === 'report') expect(after.lastError).toMatch(/onzeker/);
  });

  it('when two workers share one store, then every message is sent exactly once, in order, within the limits', async () => {
    await rig.addConversations(6);
    await enqueueGrid(rig, 6, 10, 'two');
    const random = seeded(7);
    rig.connector.respond = () => (random() < 0.2 ? { status: 200, delayMs: 10 } : undefined);
    // both workers must really work: count whose sends reached the connector
    const sentBy = new Set<string>();
    const via = (owner: string) => ({
      send: (ref: Record<string, unknown>, m: { text?: string }) => (sentBy.add(owner), rig.messenger.send(ref, m)),
      update: rig.messenger.update,
    });
    const a = rig.worker({ owner: 'a', concurrency: 2, globalWindows: [{ limit: 25, ms: 50 }] }, rig.storage, via('a'));
    const b = rig.worker({ owner: 'b', concurrency: 2, globalWindows: [{ limit: 25, ms: 50 }] }, await rig.openStorage(), via('b'));
    a.start();
    b.start();
    await rig.drained();
    expectExactlyOnceInOrder(rig, 6, 10);
    expectWithinWindows(rig);
    expect(sentBy).toEqual(new Set(['a', 'b']));
  });
});
