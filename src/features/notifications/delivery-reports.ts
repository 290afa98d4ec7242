import type { ChannelsRepository, OutboxRepository } from './store.ports';
import type { PeopleRepository } from '../people/people.ports';
import { DELIVERY_STATUSES, type DeliveryReport, type DeliveryStatus, type DeliverySummary, type NotificationDoc } from './notifications.domain';
import { REPORT_TEXTS } from './notifications.texts';

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
    return { id, title: titleOf(notification), createdAt: notification.createdAt, priority: notification.priority, state: notification.state, counts, summary, rows };
  }

  /**
   * The newest notifications first, for "afleverrapport" without a number (a round opening is 11 of
   * them): the outbox's short list of recent ids, never a read of the history.
   */
  async recent(max: number): Promise<DeliveryReport[]> {
    const reports: DeliveryReport[] = [];
    for (const id of await this.deps.outbox.recentNotificationIds(max)) {
      const r = await this.report(id);
      if (r) reports.push(r);
    }
    return reports;
  }

  private async label(conversationKey: string): Promise<string> {
    if (conversationKey.startsWith('user:')) {
      const person = await this.deps.people.get(conversationKey.slice('user:'.length));
      if (person) return person.name;
    }
    const link = (await this.deps.channels.list()).find((l) => l.conversationKey === conversationKey);
    return link ? REPORT_TEXTS.channel(link.target) : conversationKey;
  }
}

/** What the notification was, in words: its card's heading or its first line of text. */
function titleOf(n: NotificationDoc): string {
  const heading = (n.card?.body as { type?: string; text?: string }[] | undefined)?.find((b) => b?.type === 'TextBlock' && typeof b.text === 'string')?.text;
  const text = heading ?? n.text?.split('\n')[0] ?? n.idempotencyKey;
  return text.length > 90 ? `${text.slice(0, 87)}...` : text;
}
