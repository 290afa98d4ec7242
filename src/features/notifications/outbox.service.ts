import type { OutboxRepository } from './store.ports';
import { notificationIdOf, type NotificationDoc } from './notifications.domain';
import type { NotificationOutbox, NotificationRequest } from './notifications.ports';

export class InvalidNotificationError extends Error {}

interface OutboxServiceDeps {
  outbox: OutboxRepository;
  now?: () => number;
}

/**
 * Stores a notification and returns at once; the worker resolves recipients and delivers.
 * Nothing here talks to Teams, so an HTTP request or a turn never waits for a fan-out.
 */
export class OutboxService implements NotificationOutbox {
  private readonly listeners: (() => void)[] = [];
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
    this.listeners.forEach((l) => l());
    return { id };
  }
}
