import type { DocumentStore, Versioned } from '../document-store';
import { AlreadyExistsError } from '../errors';
import {
  type DeliveryDoc,
  type NotificationDoc,
  type OutboxDoc,
  notificationPk,
  outboxDocSchema,
} from '../../features/notifications/notifications.domain';

/**
 * Notifications and their deliveries in the `outbox` container. Every state change is a
 * version-checked replace, so two workers on one store never both win a claim.
 */
export interface OutboxRepository {
  /** False when a notification with this id exists already (idempotent enqueue). */
  createNotification(doc: NotificationDoc): Promise<boolean>;
  getNotification(id: string): Promise<Versioned<NotificationDoc> | undefined>;
  replaceNotification(doc: NotificationDoc, version: string): Promise<Versioned<NotificationDoc>>;
  /** False when the delivery exists already (a repeated expansion). */
  createDelivery(doc: DeliveryDoc): Promise<boolean>;
  getDelivery(conversationKey: string, id: string): Promise<Versioned<DeliveryDoc> | undefined>;
  /** One conversation's deliveries: its order and its send history. */
  listConversation(conversationKey: string): Promise<Versioned<DeliveryDoc>[]>;
  replaceDelivery(doc: DeliveryDoc, version: string): Promise<Versioned<DeliveryDoc>>;
  /** Everything: for the worker's start-up and its periodic sweep, never per send. */
  scan(): Promise<{ notifications: Versioned<NotificationDoc>[]; deliveries: Versioned<DeliveryDoc>[] }>;
}

export function outboxRepository(store: DocumentStore): OutboxRepository {
  const docs = store.collection<OutboxDoc>('outbox', outboxDocSchema);
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

  return {
    createNotification: (doc) => createIfNew(notificationPk(doc.id), doc),
    getNotification: async (id) => onlyNotification(await docs.get(notificationPk(id), id)),
    replaceNotification: (doc, version) => docs.replace(notificationPk(doc.id), doc.id, doc, version) as Promise<Versioned<NotificationDoc>>,
    createDelivery: (doc) => createIfNew(doc.conversationKey, doc),
    getDelivery: async (key, id) => onlyDelivery(await docs.get(key, id)),
    async listConversation(key) {
      return (await docs.listPartition(key)).map(onlyDelivery).filter((d): d is Versioned<DeliveryDoc> => !!d);
    },
    replaceDelivery: (doc, version) => docs.replace(doc.conversationKey, doc.id, doc, version) as Promise<Versioned<DeliveryDoc>>,
    async scan() {
      const all = await docs.listAll();
      return {
        notifications: all.map(onlyNotification).filter((d): d is Versioned<NotificationDoc> => !!d),
        deliveries: all.map(onlyDelivery).filter((d): d is Versioned<DeliveryDoc> => !!d),
      };
    },
  };
}
