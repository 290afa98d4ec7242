import type { ChannelsRepository, ConversationsRepository, OutboxRepository } from './store.ports';
import type { PeopleRepository } from '../people/people.ports';
import { hasRole, type Person, type Role } from '../people/people.domain';
import { describeRecipient, type DeliveryDoc, type NotificationDoc, notificationIdOf, personalKey } from './notifications.domain';
import type { NotificationOutbox, Recipient } from './notifications.ports';
import { REACH_TEXTS as T } from './notifications.texts';

/** How a confirmation ends for people without a chat: other features phrase their own sentences with it. */
export { laterClause } from './notifications.texts';

/**
 * A channel's post as the outbox left it: posted, still being posted (`reason`: why the last try
 * did not go through), given up (`reason`: what Teams said), or not linked so nothing was posted.
 */
export interface ChannelReach {
  target: string;
  state: 'sent' | 'pending' | 'failed' | 'unlinked';
  reason?: string;
}

/**
 * Who a notification really reached, read from the outbox's deliveries (`delivered`): whether each
 * channel post went out, who got it, who is still being sent to, who waits until they open the app
 * and where it failed. Confirmations are phrased from this, never from the intention.
 */
export interface Reach {
  channels: ChannelReach[];
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

  /** `delivered` for notifications enqueued (now or earlier) under these idempotency keys: a repeated request. */
  async deliveredEarlier(idempotencyKeys: string[], recipients: Recipient[][]): Promise<Reach> {
    return this.delivered(idempotencyKeys.map(notificationIdOf), recipients);
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
    const channelRecipients = n.recipients.filter((r) => r.kind === 'channel');
    const channels: ChannelReach[] = [];
    for (const r of channelRecipients) {
      if (unresolved.has(describeRecipient(r))) channels.push({ target: r.target, state: 'unlinked' });
      else channels.push(channelState(r.target, await this.channelItem(r.target, items, channelRecipients.length)));
    }
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

  /**
   * The delivery into a channel: the one to the conversation the channel is linked to (the link
   * the worker resolved); a lone channel of a notification whose link changed since is its only
   * non-personal delivery.
   */
  private async channelItem(target: string, items: DeliveryDoc[], channelCount: number): Promise<DeliveryDoc | undefined> {
    const link = await this.deps.channels.get(target);
    const linked = link && items.find((d) => d.conversationKey === link.conversationKey);
    if (linked || channelCount > 1) return linked;
    const others = items.filter((d) => !d.conversationKey.startsWith('user:'));
    return others.length === 1 ? others[0] : undefined;
  }

  /** Who the recipients would reach right now (linked channels, people with a chat): the fallback and the setup view. */
  async of(recipients: Recipient[]): Promise<Reach> {
    const channels: Reach['channels'] = [];
    const people = new Map<string, string>();
    for (const r of recipients) {
      // nothing is posted yet: a linked channel is at best still to come
      if (r.kind === 'channel') channels.push({ target: r.target, state: (await this.deps.channels.get(r.target)) ? 'pending' : 'unlinked' });
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
   * A channel that is not linked yet, or where Teams refused the post: the regiomanager hears it
   * once per notification, with what fixes it (the actor reads the same in their confirmation, so a
   * regiomanager who acted is not told twice).
   */
  async reportUnposted(reach: Reach, what: string, key: string, actor: Person | undefined): Promise<void> {
    if (hasRole(actor, 'regiomanager')) return;
    for (const c of reach.channels.filter((ch) => ch.state === 'unlinked' || ch.state === 'failed')) {
      await this.deps.outbox.enqueue({
        idempotencyKey: `setup:${c.state === 'unlinked' ? 'unlinked' : 'unposted'}:${c.target}:${key}`,
        recipients: [{ kind: 'role', role: 'regiomanager' }],
        text: c.state === 'unlinked' ? T.unlinkedForRegiomanager(c.target, what) : T.failedForRegiomanager(c.target, what, c.reason),
        priority: 'normal',
      });
    }
  }
}

/** A channel's delivery as a channel state; not there (yet) or not tried counts as still to come. */
function channelState(target: string, item: DeliveryDoc | undefined): ChannelReach {
  if (item?.status === 'sent') return { target, state: 'sent' };
  if (item?.status === 'failed' || item?.status === 'undeliverable') return { target, state: 'failed', reason: item.lastError };
  return { target, state: 'pending', reason: item?.lastError };
}

/** Not resolved by the outbox in time: nobody has it yet, so everyone with a chat counts as pending. */
const asPending = (r: Reach): Reach => ({ ...r, people: { ...r.people, sent: 0, pending: r.people.sent } });

/** Every channel post out and nobody waiting or failed: a plain (green) confirmation, no warning. */
export const reachedEveryone = (reach: Reach) =>
  reach.channels.every((c) => c.state === 'sent') && reach.people.waiting.length === 0 && reach.people.failed.length === 0 && (reach.people.total > 0 || reach.channels.length > 0);

/**
 * The Dutch sentences for a confirmation: per channel, and for the people (`many`: "wethouders").
 * A regiomanager who acted links the channel herself; anyone else hears that she was told.
 */
export function reachSentences(reach: Reach, nouns: { one: string; many: string }, actor?: Person): string {
  const byRegiomanager = hasRole(actor, 'regiomanager');
  const parts = reach.channels.map((c) => T.channel(c, byRegiomanager));
  if (reach.people.total > 0 || reach.channels.length === 0) parts.push(T.people(reach.people, nouns));
  return parts.join(' ');
}
