import type { PeopleRepository } from '../../storage/repositories/people.repository';
import type { ChannelsRepository } from '../../storage/repositories/channels.repository';
import type { OutboxRepository } from '../../storage/repositories/outbox.repository';
import {
  DELIVERY_STATUSES,
  type DeliveryReport,
  type DeliveryStatus,
  notificationIdOf,
  type NotificationDoc,
} from './notifications.domain';
import type { NotificationOutbox, NotificationRequest } from './notifications.ports';

export class InvalidNotificationError extends Error {}

interface OutboxServiceDeps {
  outbox: OutboxRepository;
  people: PeopleRepository;
  channels: ChannelsRepository;
  now?: () => number;
}

/**
 * Stores a notification and returns at once; the worker resolves recipients and delivers.
 * Nothing here talks to Teams, so an HTTP request or a turn never waits for a fan-out.
 */
export class OutboxService implements NotificationOutbox {
  private readonly listeners: (() => void)[] = [];
  private lastId?: string;
  private counter = 0;
  private readonly now: () => number;

  constructor(private readonly deps: OutboxServiceDeps) {
    this.now = deps.now ?? Date.now;
  }

  /** The worker subscribes to start work immediately instead of at its next sweep. */
  onEnqueued(listener: () => void): void {
    this.listeners.push(listener);
  }

  async enqueue(request: NotificationRequest & { source?: string }): Promise<{ id: string }> {
    if (!request.idempotencyKey) throw new InvalidNotificationError('idempotencyKey ontbreekt');
    if (request.recipients.length === 0) throw new InvalidNotificationError('geen ontvangers');
    if (!request.text && !request.card) throw new InvalidNotificationError('geen tekst of kaart');
    const id = notificationIdOf(request.idempotencyKey);
    const at = this.now();
    const doc: NotificationDoc = {
      type: 'notification',
      id,
      idempotencyKey: request.idempotencyKey,
      createdAt: new Date(at).toISOString(),
      // ms * 1000 + a counter keeps enqueue order within one process, even within one millisecond
      seq: at * 1000 + (this.counter++ % 1000),
      priority: request.priority ?? 'normal',
      text: request.text,
      card: request.card,
      updateKey: request.updateKey,
      source: request.source ?? 'intern',
      recipients: request.recipients,
      state: 'new',
      deliveries: [],
      unresolved: [],
    };
    await this.deps.outbox.createNotification(doc);
    this.lastId = id;
    this.listeners.forEach((l) => l());
    return { id };
  }

  /** Delivered / pending / failed per conversation, with the reasons. */
  async report(id: string): Promise<DeliveryReport | undefined> {
    const notification = (await this.deps.outbox.getNotification(id))?.value;
    if (!notification) return undefined;
    const counts = Object.fromEntries(DELIVERY_STATUSES.map((s) => [s, 0])) as Record<DeliveryStatus, number>;
    const rows: DeliveryReport['rows'] = [];
    for (const key of notification.deliveries) {
      const item = (await this.deps.outbox.getDelivery(key, id))?.value;
      if (!item) continue;
      counts[item.status]++;
      rows.push({ recipient: await this.label(key), status: item.status, attempts: item.attempts, reason: item.lastError });
    }
    for (const u of notification.unresolved) {
      counts.undeliverable++;
      rows.push({ recipient: u.recipient, status: 'undeliverable', attempts: 0, reason: u.reason });
    }
    return { id, createdAt: notification.createdAt, priority: notification.priority, state: notification.state, counts, rows };
  }

  /** The newest notification (for "afleverrapport" without an id). */
  async lastNotificationId(): Promise<string | undefined> {
    if (this.lastId) return this.lastId;
    const { notifications } = await this.deps.outbox.scan();
    return notifications.map((n) => n.value).sort((a, b) => b.seq - a.seq)[0]?.id;
  }

  private async label(conversationKey: string): Promise<string> {
    if (conversationKey.startsWith('user:')) {
      const person = await this.deps.people.get(conversationKey.slice('user:'.length));
      if (person) return person.name;
    }
    const link = (await this.deps.channels.list()).find((l) => l.conversationKey === conversationKey);
    return link ? `kanaal ${link.target}` : conversationKey;
  }
}
