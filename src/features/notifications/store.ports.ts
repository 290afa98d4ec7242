import type { Versioned } from '../../shared/versioned';
import type { CardMessageDoc, ChannelLink, ConversationRecord, DeliveryDoc, NotificationDoc, TimerJob } from './notifications.domain';

// What notification delivery needs from the store; src/storage implements it.

/**
 * Notifications and their deliveries in the `outbox` container. Every state change is a
 * version-checked replace, so two workers on one store never both win a claim. Open work carries a
 * `due` time in the store's index, so the worker reads only what is due, never the history.
 */
export interface OutboxRepository {
  /** False when a notification with this id exists already (idempotent enqueue). */
  createNotification(doc: NotificationDoc): Promise<boolean>;
  getNotification(id: string): Promise<Versioned<NotificationDoc> | undefined>;
  replaceNotification(doc: NotificationDoc, version: string): Promise<Versioned<NotificationDoc>>;
  /** False when the delivery exists already (a repeated expansion). */
  createDelivery(doc: DeliveryDoc): Promise<boolean>;
  getDelivery(conversationKey: string, id: string): Promise<Versioned<DeliveryDoc> | undefined>;
  replaceDelivery(doc: DeliveryDoc, version: string): Promise<Versioned<DeliveryDoc>>;
  /** Open work due at `upTo`: notifications to expand, deliveries to try, expired leases and waits. */
  due(upTo: number, limit: number): Promise<{ notifications: Versioned<NotificationDoc>[]; deliveries: Versioned<DeliveryDoc>[] }>;
  /** One conversation's open deliveries (pending, waiting) and those sent since `since`: its order and its rate windows. */
  conversationWindow(conversationKey: string, since: number): Promise<Versioned<DeliveryDoc>[]>;
  /** The message last posted for an updatable card in a conversation. */
  getCardMessage(conversationKey: string, updateKey: string): Promise<CardMessageDoc | undefined>;
  /** Remembers a posted card message unless a newer one (higher seq) is stored already. */
  saveCardMessage(doc: Omit<CardMessageDoc, 'type' | 'id'>): Promise<void>;
  /** The newest notifications first (at most 20): one point read, whatever the history. */
  recentNotificationIds(max: number): Promise<string[]>;
  /** Puts a notification on that list (idempotent); the worker does it before marking it expanded. */
  rememberRecent(doc: NotificationDoc): Promise<void>;
  /** Everything still kept: for tests and one-off exports, never for the worker. */
  scan(): Promise<{ notifications: Versioned<NotificationDoc>[]; deliveries: Versioned<DeliveryDoc>[] }>;
}

export interface TimersRepository {
  get(id: string): Promise<Versioned<TimerJob> | undefined>;
  /** Jobs to run at `now`: scheduled ones due, running ones whose lease expired. Finished jobs are never read. */
  due(now: number, limit: number): Promise<Versioned<TimerJob>[]>;
  /** Creates or reschedules a job, version-checked: a concurrent change is read again, never overwritten blindly. */
  schedule(job: Pick<TimerJob, 'id' | 'kind' | 'dueAt' | 'payload'>): Promise<void>;
  /** Fails with ConcurrencyError when someone else changed the job: that is how a claim is lost. */
  replace(job: TimerJob, version: string): Promise<Versioned<TimerJob>>;
  delete(id: string): Promise<void>;
}

export interface ChannelsRepository {
  get(target: string): Promise<ChannelLink | undefined>;
  link(link: ChannelLink): Promise<void>;
  list(): Promise<ChannelLink[]>;
}

export interface ConversationsRepository {
  get(key: string): Promise<ConversationRecord | undefined>;
  save(record: ConversationRecord): Promise<void>;
  list(): Promise<ConversationRecord[]>;
  /** Channel conversations only: the teams the bot is in (an index look-up). */
  listChannels(): Promise<ConversationRecord[]>;
}
