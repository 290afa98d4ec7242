import { z } from 'zod';
import type { Collection, DocumentIndex, DocumentStore, Versioned } from '../document-store';
import { AlreadyExistsError, ConcurrencyError } from '../../shared/store-errors';
import {
  type CardMessageDoc,
  cardMessageId,
  type DeliveryDoc,
  type NotificationDoc,
  type OutboxDoc,
  notificationPk,
  outboxDocSchema,
} from '../../features/notifications/notifications.domain';
import type { OutboxRepository } from '../../features/notifications/store.ports';
import { regionKey, regionTag } from './region-keys';

export interface OutboxRepositoryOptions {
  /** Finished deliveries and notifications expire this long after their last write. */
  retentionDays: number;
}

/** Every notification of the region carries it: the recent list is rebuilt from them. */
const notificationTag = (region: string) => regionTag(region, 'notification');
/** How many notifications "afleverrapport" without a number can show. */
export const RECENT_KEPT = 20;
const recentSchema = z.object({ notifications: z.array(z.object({ id: z.string(), seq: z.number() })) });
type RecentList = z.infer<typeof recentSchema>;
/** The list lives in the `state` container: one small document per region, read with one point read. */
const recentKey = (region: string) => ({ pk: regionKey(region, 'outbox'), id: 'recent-notifications' });

/** A wait needs attention when it runs out, or earlier when a failed app installation is to be asked again. */
const waitingDue = (doc: DeliveryDoc) => Math.min(doc.waitUntil ?? 0, doc.install?.retryAt ?? Infinity);

export function outboxIndex(retentionDays: number, region: string) {
  const ttlSeconds = retentionDays * 86_400;
  const tags = [notificationTag(region)];
  return (doc: OutboxDoc): DocumentIndex => {
    switch (doc.type) {
      case 'notification': {
        const at = Date.parse(doc.createdAt);
        // kept for the whole retention from its expansion: longer than any of its deliveries can be open
        return doc.state === 'new' ? { due: at, at, tags } : { at, tags, ttlSeconds };
      }
      case 'delivery': {
        const at = doc.sentAt ? Date.parse(doc.sentAt) : undefined;
        if (doc.status === 'pending') return { due: doc.lease?.until ?? doc.notBefore ?? 0, at };
        if (doc.status === 'waiting') return { due: doc.lease?.until ?? waitingDue(doc), at };
        return { at, ttlSeconds };
      }
      case 'card':
        // never expires with the history: a card can be updated months later
        return {};
    }
  };
}

/**
 * The outbox of one region: partitions `<region>/<conversation key>` (deliveries, card messages) and
 * `<region>/notification:<id>`, so a region's worker finds only its own open work on a shared account.
 */
export function outboxRepository(store: DocumentStore, region: string, options: OutboxRepositoryOptions = { retentionDays: 30 }): OutboxRepository {
  const docs = store.collection<OutboxDoc>('outbox', outboxDocSchema, outboxIndex(options.retentionDays, region));
  const inRegion = (key: string) => regionKey(region, key);
  const notificationKey = (id: string) => inRegion(notificationPk(id));
  const createIfNew = async (pk: string, doc: OutboxDoc) => {
    try {
      await docs.create(pk, doc.id, doc);
      return true;
    } catch (err) {
      if (err instanceof AlreadyExistsError) return false;
      throw err;
    }
  };
  const onlyNotification = (v: Versioned<OutboxDoc> | undefined) =>
    v?.value.type === 'notification' ? (v as Versioned<NotificationDoc>) : undefined;
  const onlyDelivery = (v: Versioned<OutboxDoc> | undefined) => (v?.value.type === 'delivery' ? (v as Versioned<DeliveryDoc>) : undefined);
  const recent = recentList(store, recentKey(region), async () =>
    (await docs.withTag(notificationTag(region))).map(onlyNotification).flatMap((n) => (n ? [n.value] : [])),
  );
  const split = (all: Versioned<OutboxDoc>[]) => ({
    notifications: all.map(onlyNotification).filter((d): d is Versioned<NotificationDoc> => !!d),
    deliveries: all.map(onlyDelivery).filter((d): d is Versioned<DeliveryDoc> => !!d),
  });

  return {
    createNotification: (doc) => createIfNew(notificationKey(doc.id), doc),
    getNotification: async (id) => onlyNotification(await docs.get(notificationKey(id), id)),
    replaceNotification: (doc, version) => docs.replace(notificationKey(doc.id), doc.id, doc, version) as Promise<Versioned<NotificationDoc>>,
    createDelivery: (doc) => createIfNew(inRegion(doc.conversationKey), doc),
    getDelivery: async (key, id) => onlyDelivery(await docs.get(inRegion(key), id)),
    replaceDelivery: (doc, version) => docs.replace(inRegion(doc.conversationKey), doc.id, doc, version) as Promise<Versioned<DeliveryDoc>>,
    due: async (upTo, limit) => split(await docs.due(upTo, limit, { pkPrefix: inRegion('') })),
    async conversationWindow(key, since) {
      return split(await docs.openOrSince(inRegion(key), since)).deliveries;
    },
    async getCardMessage(key, updateKey) {
      const doc = (await docs.get(inRegion(key), cardMessageId(updateKey)))?.value;
      return doc?.type === 'card' ? doc : undefined;
    },
    async saveCardMessage(card) {
      const id = cardMessageId(card.updateKey);
      const doc: CardMessageDoc = { type: 'card', id, ...card };
      const pk = inRegion(card.conversationKey);
      for (;;) {
        const current = await docs.get(pk, id);
        if (current && current.value.type === 'card' && current.value.seq >= card.seq) return;
        try {
          if (current) await docs.replace(pk, id, doc, current.version);
          else await docs.create(pk, id, doc);
          return;
        } catch (err) {
          if (!(err instanceof ConcurrencyError) && !(err instanceof AlreadyExistsError)) throw err;
        }
      }
    },
    recentNotificationIds: async (max) => (await recent.read()).value.notifications.slice(0, max).map((n) => n.id),
    rememberRecent: (doc) => recent.add(doc),
    scan: async () => split((await docs.listAllWithKeys()).filter((d) => d.pk.startsWith(inRegion('')))),
  };
}

/**
 * The ids of the newest notifications, newest first: one small document, kept up to date by the worker.
 * A store written before the list existed gets it once, from the kept notifications (`kept`).
 */
function recentList(store: DocumentStore, RECENT: { pk: string; id: string }, kept: () => Promise<NotificationDoc[]>) {
  const lists: Collection<RecentList> = store.collection('state', recentSchema);
  const newestFirst = (entries: RecentList['notifications']) => [...entries].sort((a, b) => b.seq - a.seq).slice(0, RECENT_KEPT);
  async function read(): Promise<Versioned<RecentList>> {
    const stored = await lists.get(RECENT.pk, RECENT.id);
    if (stored) return stored;
    const notifications = newestFirst((await kept()).map((n) => ({ id: n.id, seq: n.seq })));
    try {
      return await lists.create(RECENT.pk, RECENT.id, { notifications });
    } catch (err) {
      if (!(err instanceof AlreadyExistsError)) throw err;
      return (await lists.get(RECENT.pk, RECENT.id))!;
    }
  }
  async function add(doc: NotificationDoc): Promise<void> {
    for (;;) {
      const current = await read();
      if (current.value.notifications.some((n) => n.id === doc.id)) return;
      const notifications = newestFirst([...current.value.notifications, { id: doc.id, seq: doc.seq }]);
      if (!notifications.some((n) => n.id === doc.id)) return; // older than all it keeps
      try {
        await lists.replace(RECENT.pk, RECENT.id, { notifications }, current.version);
        return;
      } catch (err) {
        if (!(err instanceof ConcurrencyError)) throw err; // another worker added one meanwhile: add ours on top
      }
    }
  }
  return { read, add };
}
