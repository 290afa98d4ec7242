import type { ChannelsRepository, ConversationsRepository, OutboxRepository } from './store.ports';
import type { PeopleRepository } from '../people/people.ports';
import { hasRole, type Person, type Role } from '../people/people.domain';
import { describeRecipient, type DeliveryDoc, type NotificationDoc, personalKey } from './notifications.domain';
import type { NotificationOutbox, Recipient } from './notifications.ports';
import { REACH_TEXTS as T } from './notifications.texts';

/** How a confirmation ends for people without a chat: other features phrase their own sentences with it. */
export { laterClause } from './notifications.texts';

/**
 * Who a notification really reached, read from the outbox's deliveries (`delivered`): which
 * channels are linked, who got it, who is still being sent to, who waits until they open the app
 * and where it failed. Confirmations are phrased from this, never from the intention.
 */
export interface Reach {
  channels: { target: string; linked: boolean }[];
  people: { total: number; sent: number; pending: number; waiting: string[]; failed: string[] };
}

export interface ReachDeps {
  people: PeopleRepository;
  conversations: ConversationsRepository;
  channels: ChannelsRepository;
  outbox: NotificationOutbox;
  /** The outbox's store: the per-notification deliveries the confirmation reports. */
  store: OutboxRepository;
  /** How long a confirmation waits for the worker to resolve and first try the deliveries (0: do not wait). */
  settleMs?: number;
  sleep?: (ms: number) => Promise<void>;
}

const SETTLE_MS = 1500;
const POLL_MS = 25;

export class RecipientReach {
  constructor(private readonly deps: ReachDeps) {}

  /**
   * What the outbox did with these notifications: waits (bounded) until the worker has resolved
   * their recipients and tried each delivery once, then counts per delivery status. Deliveries not
   * tried by then count as pending ("onderweg"); a notification not even resolved falls back to
   * what the recipients would reach now, counted as pending.
   */
  async delivered(ids: string[], recipients: Recipient[][]): Promise<Reach> {
    const total: Reach = { channels: [], people: { total: 0, sent: 0, pending: 0, waiting: [], failed: [] } };
    for (const reach of await this.deliveredEach(ids, recipients)) {
      total.channels.push(...reach.channels);
      const p = total.people;
      p.total += reach.people.total;
      p.sent += reach.people.sent;
      p.pending += reach.people.pending;
      p.waiting.push(...reach.people.waiting);
      p.failed.push(...reach.people.failed);
    }
    total.people.waiting.sort();
    total.people.failed.sort();
    return total;
  }

  /** `delivered` per notification (`recipients[i]` are the recipients of `ids[i]`), after one shared wait. */
  async deliveredEach(ids: string[], recipients: Recipient[][]): Promise<Reach[]> {
    const settled = await this.settle(ids);
    const reaches: Reach[] = [];
    for (const [i, id] of ids.entries()) {
      const found = settled.get(id);
      reaches.push(found ? await this.fromOutbox(found.notification, found.items) : asPending(await this.of(recipients[i] ?? [])));
    }
    return reaches;
  }

  private async settle(ids: string[]): Promise<Map<string, { notification: NotificationDoc; items: DeliveryDoc[] }>> {
    const deadline = Date.now() + (this.deps.settleMs ?? SETTLE_MS);
    const sleep = this.deps.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
    for (;;) {
      const found = new Map<string, { notification: NotificationDoc; items: DeliveryDoc[] }>();
      let untried = false;
      for (const id of ids) {
        const notification = (await this.deps.store.getNotification(id))?.value;
        if (!notification || notification.state !== 'expanded') continue;
        const items: DeliveryDoc[] = [];
        for (const key of notification.deliveries) {
          const item = (await this.deps.store.getDelivery(key, id))?.value;
          if (item) items.push(item);
          untried ||= !item || (item.status === 'pending' && item.attempts === 0);
        }
        found.set(id, { notification, items });
      }
      if ((found.size === ids.length && !untried) || Date.now() >= deadline) return found;
      await sleep(POLL_MS);
    }
  }

  private async fromOutbox(n: NotificationDoc, items: DeliveryDoc[]): Promise<Reach> {
    const unresolved = new Set(n.unresolved.map((u) => u.recipient));
    const channels = n.recipients.filter((r) => r.kind === 'channel').map((r) => ({ target: r.target, linked: !unresolved.has(describeRecipient(r)) }));
    const people: Reach['people'] = { total: 0, sent: 0, pending: 0, waiting: [], failed: [] };
    for (const item of items.filter((d) => d.conversationKey.startsWith('user:'))) {
      people.total++;
      if (item.status === 'sent') people.sent++;
      else if (item.status === 'pending') people.pending++;
      else {
        const name = (await this.deps.people.get(item.conversationKey.slice('user:'.length)))?.name ?? 'onbekende ontvanger';
        (item.status === 'waiting' ? people.waiting : people.failed).push(name);
      }
    }
    return { channels, people };
  }

  /** Who the recipients would reach right now (linked channels, people with a chat): the fallback and the setup view. */
  async of(recipients: Recipient[]): Promise<Reach> {
    const channels: Reach['channels'] = [];
    const people = new Map<string, string>();
    for (const r of recipients) {
      if (r.kind === 'channel') channels.push({ target: r.target, linked: !!(await this.deps.channels.get(r.target)) });
      if (r.kind === 'user') people.set(r.aadObjectId, (await this.deps.people.get(r.aadObjectId))?.name ?? r.aadObjectId);
      if (r.kind === 'role') {
        // an index look-up of that role, never the whole directory
        for (const p of await this.deps.people.withRole(r.role as Role)) {
          if (hasRole(p, r.role as Role) && (!r.gemeente || p.gemeente === r.gemeente)) people.set(p.aadObjectId, p.name);
        }
      }
    }
    const waiting: string[] = [];
    for (const [id, name] of people) if (!(await this.deps.conversations.get(personalKey(id)))) waiting.push(name);
    return { channels, people: { total: people.size, sent: people.size - waiting.length, pending: 0, waiting: waiting.sort(), failed: [] } };
  }

  /**
   * A channel that is not linked yet: the regiomanager hears it once per notification, with the
   * command that fixes it (the actor reads the same in their confirmation, so a regiomanager who
   * acted is not told twice).
   */
  async reportUnlinked(reach: Reach, what: string, key: string, actor: Person | undefined): Promise<void> {
    if (hasRole(actor, 'regiomanager')) return;
    for (const c of reach.channels.filter((ch) => !ch.linked)) {
      await this.deps.outbox.enqueue({
        idempotencyKey: `setup:unlinked:${c.target}:${key}`,
        recipients: [{ kind: 'role', role: 'regiomanager' }],
        text: T.unlinkedForRegiomanager(c.target, what),
        priority: 'normal',
      });
    }
  }
}

/** Not resolved by the outbox in time: nobody has it yet, so everyone with a chat counts as pending. */
const asPending = (r: Reach): Reach => ({ ...r, people: { ...r.people, sent: 0, pending: r.people.sent } });

/** Every channel linked and nobody waiting or failed: a plain (green) confirmation, no warning. */
export const reachedEveryone = (reach: Reach) =>
  reach.channels.every((c) => c.linked) && reach.people.waiting.length === 0 && reach.people.failed.length === 0 && (reach.people.total > 0 || reach.channels.length > 0);

/**
 * The Dutch sentences for a confirmation: per channel, and for the people (`many`: "wethouders").
 * A regiomanager who acted links the channel herself; anyone else hears that she was told.
 */
export function reachSentences(reach: Reach, nouns: { one: string; many: string }, actor?: Person): string {
  const byRegiomanager = hasRole(actor, 'regiomanager');
  const parts = reach.channels.map((c) => (c.linked ? T.channelPosted(c.target) : T.channelUnlinked(c.target, byRegiomanager)));
  if (reach.people.total > 0 || reach.channels.length === 0) parts.push(T.people(reach.people, nouns));
  return parts.join(' ');
}
