import type { ChannelsRepository, OutboxRepository, PeopleRepository } from '../../storage/ports';
import { DELIVERY_STATUSES, type DeliveryReport, type DeliveryStatus, type DeliverySummary } from './notifications.domain';

/** The read side of the outbox: per notification, who got it, who not yet, and why not. */
export class DeliveryReports {
  constructor(private readonly deps: { outbox: OutboxRepository; people: PeopleRepository; channels: ChannelsRepository }) {}

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
    const summary: DeliverySummary = {
      sent: counts.sent,
      pending: counts.pending,
      waiting: counts.waiting,
      failed: counts.failed + counts.undeliverable - notification.unresolved.length,
      unresolvable: notification.unresolved.length,
    };
    return { id, createdAt: notification.createdAt, priority: notification.priority, state: notification.state, counts, summary, rows };
  }

  /** The newest notification, for "afleverrapport" without a number. */
  async lastNotificationId(): Promise<string | undefined> {
    return this.deps.outbox.newestNotificationId();
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
