import { z } from 'zod';
import { createRepositories } from '../../src/storage';
import { openSqliteStore } from '../../src/storage/sqlite/sqlite-store';
import { DeliveryReports } from '../../src/features/notifications/delivery-reports';
import { conversationKey } from '../../src/features/notifications/notifications.domain';
import { OutboxRig } from './outbox-rig';

/**
 * Issue 12 (1): "afleverrapport" without a number shows the newest notifications. It reads a short
 * list of recent ids (one document) and those reports, not every notification still kept.
 */
describe.each([['sqlite'], ['cosmos']] as const)('recent delivery reports on %s', (kind) => {
  let rig: OutboxRig;
  beforeAll(async () => {
    rig = await new OutboxRig(kind).start();
  });
  afterAll(() => rig.stop());

  it('lists the newest notifications first, and reading them costs the same after 10 or 60 notifications', async () => {
    await rig.addConversations(1);
    const reports = new DeliveryReports({ outbox: rig.storage.outbox, people: rig.storage.people, channels: rig.storage.channels });
    rig.worker().start();
    const enqueue = async (from: number, to: number) => {
      for (let n = from; n < to; n++) await rig.outbox.enqueue({ idempotencyKey: `recent-${n}`, recipients: [{ kind: 'conversation', key: conversationKey('c0') }], text: `bericht ${n}` });
      // 50 deliveries on the in-memory Cosmos server: on a busy machine that takes longer than the rig's default.
      await rig.drained(120_000);
    };
    const documentsReadBy = async () => {
      const before = rig.storage.stats.documentsRead;
      const recent = await reports.recent(3);
      return { titles: recent.map((r) => r.title), documents: rig.storage.stats.documentsRead - before };
    };

    await enqueue(0, 10);
    const small = await documentsReadBy();
    expect(small.titles).toEqual(['bericht 9', 'bericht 8', 'bericht 7']);
    await enqueue(10, 60);
    const large = await documentsReadBy();
    expect(large.titles).toEqual(['bericht 59', 'bericht 58', 'bericht 57']);
    // the list, then per report its notification and its one delivery (plus nothing that grows with history)
    expect(large.documents).toBe(small.documents);
    expect(large.documents).toBeLessThanOrEqual(1 + 3 * 2);
  }, 300_000);

  it('a store written before the list existed gets it once from the kept notifications', async () => {
    const store = rig.cosmos ? await rig.cosmos.open() : openSqliteStore(rig.dir);
    expect(await store.collection('state', z.unknown()).delete('ijsselland/outbox', 'recent-notifications')).toBe(true);
    const upgraded = createRepositories(store, 'ijsselland');
    const { notifications } = await upgraded.outbox.scan();
    const newest = notifications.map((n) => n.value).sort((a, b) => b.seq - a.seq);
    expect(await upgraded.outbox.recentNotificationIds(3)).toEqual(newest.slice(0, 3).map((n) => n.id));
    const before = store.stats.documentsRead;
    expect(await upgraded.outbox.recentNotificationIds(3)).toEqual(newest.slice(0, 3).map((n) => n.id));
    expect(store.stats.documentsRead - before).toBe(1);
    if (!rig.cosmos) await store.close();
  });
});
