import type { ChannelsRepository, ConversationsRepository } from './store.ports';
import type { PeopleRepository } from '../people/people.ports';
import { hasRole, type Person, type Role } from '../people/people.domain';
import { personalKey } from './notifications.domain';
import type { NotificationOutbox, Recipient } from './notifications.ports';
import { REACH_TEXTS as T } from './notifications.texts';

/** How a confirmation ends for people without a chat: other features phrase their own sentences with it. */
export { laterClause } from './notifications.texts';

/**
 * Who a notification will really reach, known at the moment it is enqueued: which channels are
 * linked, and how many people already have a chat with the bot (the others wait until they open
 * the app). Confirmations are phrased from this, never from the intention.
 */
export interface Reach {
  channels: { target: string; linked: boolean }[];
  people: { total: number; withChat: number; waiting: string[] };
}

export interface ReachDeps {
  people: PeopleRepository;
  conversations: ConversationsRepository;
  channels: ChannelsRepository;
  outbox: NotificationOutbox;
}

export class RecipientReach {
  constructor(private readonly deps: ReachDeps) {}

  async of(recipients: Recipient[]): Promise<Reach> {
    const channels: Reach['channels'] = [];
    const people = new Map<string, string>();
    for (const r of recipients) {
      if (r.kind === 'channel') channels.push({ target: r.target, linked: !!(await this.deps.channels.get(r.target)) });
      if (r.kind === 'user') people.set(r.aadObjectId, (await this.deps.people.get(r.aadObjectId))?.name ?? r.aadObjectId);
      if (r.kind === 'role') {
        for (const p of await this.deps.people.list()) {
          if (hasRole(p, r.role as Role) && (!r.gemeente || p.gemeente === r.gemeente)) people.set(p.aadObjectId, p.name);
        }
      }
    }
    const waiting: string[] = [];
    for (const [id, name] of people) if (!(await this.deps.conversations.get(personalKey(id)))) waiting.push(name);
    return { channels, people: { total: people.size, withChat: people.size - waiting.length, waiting: waiting.sort() } };
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

/** Every channel linked and everyone with a chat: a plain confirmation, no warning. */
export const reachedEveryone = (reach: Reach) => reach.channels.every((c) => c.linked) && reach.people.waiting.length === 0;

/**
 * The Dutch sentences for a confirmation: per channel, and for the people (`many`: "wethouders").
 * A regiomanager who acted links the channel herself; anyone else hears that she was told.
 */
export function reachSentences(reach: Reach, nouns: { one: string; many: string }, actor?: Person): string {
  const byRegiomanager = hasRole(actor, 'regiomanager');
  const parts = reach.channels.map((c) => (c.linked ? T.channelPosted(c.target) : T.channelUnlinked(c.target, byRegiomanager)));
  const { total, withChat, waiting } = reach.people;
  if (total > 0 || reach.channels.length === 0) parts.push(T.people(total, withChat, waiting, nouns));
  return parts.join(' ');
}
