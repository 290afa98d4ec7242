import { randomUUID } from 'node:crypto';
import type { ChannelsRepository, ConversationsRepository, OutboxRepository, PeopleRepository, Versioned } from '../../storage/ports';
import { ConcurrencyError } from '../../storage/errors';
import type { Logger } from '../../shared/logger';
import { hasRole, type Role } from '../people/people.domain';
import {
  byDeliveryOrder,
  type DeliveryDoc,
  describeRecipient,
  isFinal,
  isLeasedByOther,
  type NotificationDoc,
  personalKey,
} from './notifications.domain';
import type { Messenger, Recipient, SendResult } from './notifications.ports';
import { type RateWindow, SlidingWindowLimiter, TEAMS_CONVERSATION_WINDOWS, TEAMS_GLOBAL_WINDOWS } from './rate-limits';
import { NOTIFY_TEXTS as T } from './notifications.texts';

export interface WorkerOptions {
  /** This instance; leases carry it so two instances never send the same item. */
  owner: string;
  conversationWindows: RateWindow[];
  /** The app-wide budget of this instance: with N instances, give each 1/N of the Teams limit. */
  globalWindows: RateWindow[];
  /** Sends in flight at once, never two for one conversation. */
  concurrency: number;
  /** How often the store is swept for work of other instances and expired leases. */
  sweepMs: number;
  /** Longer than any send can take: a lease that expires means its instance died. */
  leaseMs: number;
  maxAttempts: number;
  /**
   * A delivery whose lease expired was claimed for a send by an instance that died: Teams may or
   * may not have it. 'report' never sends twice and marks it failed as "onzeker" in the delivery
   * report; 'resend' never loses it but may post it twice (Teams has no idempotent send).
   */
  interruptedSends: 'report' | 'resend';
  backoffBaseMs: number;
  backoffMaxMs: number;
  now: () => number;
  random: () => number;
}

export const DEFAULT_WORKER_OPTIONS: Omit<WorkerOptions, 'owner'> = {
  conversationWindows: TEAMS_CONVERSATION_WINDOWS,
  globalWindows: TEAMS_GLOBAL_WINDOWS,
  concurrency: 16,
  sweepMs: 5_000,
  leaseMs: 120_000,
  maxAttempts: 8,
  interruptedSends: 'report',
  backoffBaseMs: 1_000,
  backoffMaxMs: 5 * 60_000,
  now: Date.now,
  random: Math.random,
};

export interface WorkerDeps {
  outbox: OutboxRepository;
  conversations: ConversationsRepository;
  channels: ChannelsRepository;
  people: PeopleRepository;
  messenger: Messenger;
  log: Logger;
}

type Attempt = { kind: 'skipped' } | { kind: 'recorded'; doc: DeliveryDoc };

/**
 * Delivers the outbox. Per conversation one delivery at a time, head first (priority, then
 * enqueue order); across conversations the ready heads go by priority, then age, so a big
 * fan-out cannot starve an urgent message. The store is the truth: every send is preceded by a
 * version-checked claim and followed by a version-checked record, before the next one starts.
 */
export class OutboxWorker {
  private readonly options: WorkerOptions;
  private readonly queue = new Map<string, DeliveryDoc[]>();
  private readonly inFlight = new Set<string>();
  private readonly active = new Set<Promise<unknown>>();
  private readonly perConversation = new Map<string, SlidingWindowLimiter>();
  private readonly global: SlidingWindowLimiter;
  private readonly content = new Map<string, NotificationDoc>();
  private running = false;
  private tickTimer?: NodeJS.Timeout;
  private tickAt = Infinity;
  private sweepTimer?: NodeJS.Timeout;
  private sweeping?: Promise<void>;
  private sweepAgain = false;

  constructor(private readonly deps: WorkerDeps, options: Partial<WorkerOptions> = {}) {
    this.options = { ...DEFAULT_WORKER_OPTIONS, owner: `worker-${randomUUID()}`, ...options };
    this.global = new SlidingWindowLimiter(this.options.globalWindows);
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.sweepTimer = setInterval(() => this.wake(), this.options.sweepMs);
    this.wake();
  }

  /** Stops taking work and waits for sends in flight to be recorded. */
  async stop(): Promise<void> {
    this.running = false;
    clearInterval(this.sweepTimer);
    clearTimeout(this.tickTimer);
    while (this.sweeping || this.active.size > 0) {
      await this.sweeping;
      await Promise.all([...this.active]);
    }
  }

  /** New work may be in the store: sweep it (coalesced). */
  wake(): void {
    if (!this.running) return;
    if (this.sweeping) {
      this.sweepAgain = true;
      return;
    }
    this.sweeping = this.sweep()
      .catch((err) => this.deps.log.error({ err }, 'outbox sweep failed'))
      .finally(() => {
        this.sweeping = undefined;
        if (this.sweepAgain) {
          this.sweepAgain = false;
          this.wake();
        }
      });
  }

  private async sweep(): Promise<void> {
    const { notifications, deliveries } = await this.deps.outbox.scan();
    this.queue.clear();
    for (const d of deliveries) if (!isFinal(d.value)) this.enqueueLocal(d.value);
    const fresh = notifications.filter((n) => n.value.state === 'new').sort((a, b) => a.value.seq - b.value.seq);
    for (const n of fresh) {
      if (!this.running) return;
      await this.expand(n);
    }
    this.scheduleTick(0);
  }

  /**
   * Resolves recipients into one delivery per conversation. Needs no lease: deliveries have fixed
   * ids (created once, whoever comes first) and only one version-checked "expanded" write wins.
   */
  private async expand(n: Versioned<NotificationDoc>): Promise<void> {
    const { keys, unresolved } = await this.resolve(n.value.recipients);
    for (const key of keys) {
      const doc: DeliveryDoc = {
        type: 'delivery',
        id: n.value.id,
        notificationId: n.value.id,
        conversationKey: key,
        seq: n.value.seq,
        priority: n.value.priority,
        updateKey: n.value.updateKey,
        status: 'pending',
        attempts: 0,
      };
      if (await this.deps.outbox.createDelivery(doc)) this.enqueueLocal(doc);
    }
    try {
      await this.deps.outbox.replaceNotification({ ...n.value, state: 'expanded', deliveries: keys, unresolved }, n.version);
    } catch (err) {
      if (!(err instanceof ConcurrencyError)) throw err;
    }
    this.content.set(n.value.id, n.value);
    this.scheduleTick(0);
  }

  private async resolve(recipients: Recipient[]): Promise<{ keys: string[]; unresolved: NotificationDoc['unresolved'] }> {
    const keys = new Set<string>();
    const unresolved: NotificationDoc['unresolved'] = [];
    for (const r of recipients) {
      const found = await this.conversationsFor(r);
      if (found.length === 0) unresolved.push({ recipient: describeRecipient(r), reason: T.unresolved(r) });
      found.forEach((k) => keys.add(k));
    }
    return { keys: [...keys], unresolved };
  }

  private async conversationsFor(r: Recipient): Promise<string[]> {
    switch (r.kind) {
      case 'user':
        return [personalKey(r.aadObjectId)];
      case 'conversation':
        return [r.key];
      case 'channel': {
        const link = await this.deps.channels.get(r.target);
        return link ? [link.conversationKey] : [];
      }
      case 'role':
        return (await this.deps.people.list())
          .filter((p) => hasRole(p, r.role as Role) && (!r.gemeente || p.gemeente === r.gemeente))
          .map((p) => personalKey(p.aadObjectId));
    }
  }

  /** Adds or refreshes a delivery in the local view of the store. */
  private enqueueLocal(doc: DeliveryDoc) {
    const q = (this.queue.get(doc.conversationKey) ?? []).filter((d) => d.id !== doc.id);
    if (!isFinal(doc)) q.push(doc);
    q.sort(byDeliveryOrder);
    this.queue.set(doc.conversationKey, q);
  }

  private scheduleTick(delayMs: number) {
    if (!this.running) return;
    const at = this.options.now() + Math.max(0, delayMs);
    if (at >= this.tickAt) return;
    clearTimeout(this.tickTimer);
    this.tickAt = at;
    this.tickTimer = setTimeout(() => {
      this.tickAt = Infinity;
      this.tick();
    }, Math.max(0, delayMs));
  }

  /** Starts every delivery that the limits allow now; sleeps until the next one could start. */
  private tick(): void {
    if (!this.running) return;
    const now = this.options.now();
    const ready: { key: string; head: DeliveryDoc; at: number }[] = [];
    for (const [key, q] of this.queue) {
      const head = q[0];
      if (!head || this.inFlight.has(key) || isLeasedByOther(head.lease, this.options.owner, now)) continue;
      ready.push({ key, head, at: Math.max(head.notBefore ?? 0, this.limiter(key).earliest(now)) });
    }
    ready.sort((a, b) => byDeliveryOrder(a.head, b.head));
    let next = Infinity;
    for (const c of ready) {
      if (this.inFlight.size >= this.options.concurrency) break;
      if (c.at > now) {
        next = Math.min(next, c.at);
        continue;
      }
      const globalAt = this.global.earliest(now);
      if (globalAt > now) {
        next = Math.min(next, globalAt);
        break;
      }
      this.launch(c.key, c.head);
    }
    if (next !== Infinity) this.scheduleTick(next - now);
  }

  private launch(key: string, head: DeliveryDoc) {
    const token = randomUUID();
    this.inFlight.add(key);
    this.global.start(token);
    const run = this.attempt(key, head.id)
      .then((result) => this.afterAttempt(result, token))
      .catch((err) => {
        this.global.finish(token, this.options.now());
        this.deps.log.error({ err, conversation: key, item: head.id }, 'outbox delivery failed');
        // a failing store must not turn into a hot loop: try this conversation again after a pause
        this.enqueueLocal({ ...head, notBefore: this.options.now() + this.options.backoffBaseMs });
      })
      .finally(() => {
        this.inFlight.delete(key);
        this.active.delete(run);
        this.scheduleTick(0);
      });
    this.active.add(run);
  }

  private afterAttempt(result: Attempt, token: string) {
    if (result.kind === 'skipped') return this.global.cancel(token);
    this.global.finish(token, this.options.now());
    this.enqueueLocal(result.doc);
  }

  /** Claim, send, record: the whole life of one attempt, checked against the store at each step. */
  private async attempt(key: string, id: string): Promise<Attempt> {
    const partition = await this.deps.outbox.listConversation(key);
    const limiter = this.limiter(key);
    for (const d of partition) if (d.value.sentAt) limiter.remember(`${d.value.id}:sent`, Date.parse(d.value.sentAt));
    const now = this.options.now();
    const pending = partition.map((d) => d.value).filter((d) => !isFinal(d));
    // the local view may be stale (another instance progressed): the store's order decides
    this.queue.set(key, pending.sort(byDeliveryOrder));
    const head = partition.find((d) => d.value.id === pending[0]?.id);
    if (!head || head.value.id !== id || isLeasedByOther(head.value.lease, this.options.owner, now)) return { kind: 'skipped' };
    if (Math.max(head.value.notBefore ?? 0, limiter.earliest(now)) > now) return { kind: 'skipped' };
    let claimed: Versioned<DeliveryDoc>;
    try {
      claimed = await this.deps.outbox.replaceDelivery({ ...head.value, lease: this.lease(now) }, head.version);
    } catch (err) {
      if (!(err instanceof ConcurrencyError)) throw err;
      const current = await this.deps.outbox.getDelivery(key, id);
      if (current) this.enqueueLocal(current.value);
      return { kind: 'skipped' };
    }
    // a claim is only ever taken right before a send, so a stale lease means an interrupted send
    const interrupted = !!head.value.lease && this.options.interruptedSends === 'report';
    const outcome: Outcome = interrupted
      ? { result: { status: 'gone', reason: T.interrupted } }
      : await this.deliver(claimed.value, partition.map((d) => d.value));
    const recorded = await this.deps.outbox.replaceDelivery(this.recordOf(claimed.value, outcome), claimed.version);
    return { kind: 'recorded', doc: recorded.value };
  }

  private async deliver(item: DeliveryDoc, history: DeliveryDoc[]): Promise<Outcome> {
    const reference = await this.referenceFor(item.conversationKey);
    if ('undeliverable' in reference) return { result: { status: 'gone', reason: reference.undeliverable }, undeliverable: true };
    if ('transient' in reference) return { result: { status: 'transient', reason: reference.transient } };
    const notification = await this.notification(item.notificationId);
    if (!notification) return { result: { status: 'gone', reason: T.missingNotification } };
    const message = { text: notification.text, card: notification.card };
    const earlier = item.updateKey ? this.earlierMessage(item, history) : undefined;
    const limiter = this.limiter(item.conversationKey);
    const eventId = `${item.id}:${item.attempts + 1}`;
    limiter.start(eventId);
    let result: SendResult;
    let updated = false;
    try {
      if (earlier?.activityId) {
        result = await this.deps.messenger.update(reference.reference, earlier.activityId, message);
        updated = result.status === 'sent';
        // the earlier message is gone (deleted): post it anew
        if (result.status === 'gone') result = await this.deps.messenger.send(reference.reference, message);
      } else {
        result = await this.deps.messenger.send(reference.reference, message);
      }
    } finally {
      const at = this.options.now();
      limiter.finish(eventId, at);
    }
    if (result.status === 'sent') {
      // record under the id the store history uses, so a later merge does not count it twice
      const at = this.options.now();
      limiter.cancel(eventId);
      limiter.remember(`${item.id}:sent`, at);
      return { result, sentAt: at, updated };
    }
    return { result };
  }

  private earlierMessage(item: DeliveryDoc, history: DeliveryDoc[]) {
    return history
      .filter((d) => d.updateKey === item.updateKey && d.status === 'sent' && d.activityId && d.seq < item.seq)
      .sort((a, b) => b.seq - a.seq)[0];
  }

  private recordOf(item: DeliveryDoc, outcome: Outcome): DeliveryDoc {
    const attempts = item.attempts + 1;
    const base = { ...item, attempts, lease: undefined };
    const { result } = outcome;
    switch (result.status) {
      case 'sent':
        return { ...base, status: 'sent', activityId: result.activityId, sentAt: new Date(outcome.sentAt!).toISOString(), updated: outcome.updated, lastError: undefined, notBefore: undefined };
      case 'gone':
        return { ...base, status: outcome.undeliverable ? 'undeliverable' : 'failed', lastError: result.reason };
      case 'throttled':
      case 'transient': {
        const reason = result.status === 'throttled' ? T.throttled : result.reason;
        if (attempts >= this.options.maxAttempts) return { ...base, status: 'failed', lastError: T.gaveUp(attempts, reason) };
        const retryAfter = result.status === 'throttled' ? result.retryAfterMs : undefined;
        return { ...base, lastError: reason, notBefore: this.options.now() + this.backoff(attempts, retryAfter) };
      }
    }
  }

  /** Exponential backoff with jitter; a Retry-After is honoured as the minimum wait. */
  private backoff(attempts: number, retryAfterMs?: number): number {
    const { backoffBaseMs, backoffMaxMs, random } = this.options;
    if (retryAfterMs !== undefined) return retryAfterMs + random() * backoffBaseMs * 0.1;
    const exp = Math.min(backoffMaxMs, backoffBaseMs * 2 ** (attempts - 1));
    return exp / 2 + (random() * exp) / 2;
  }

  private async referenceFor(key: string): Promise<{ reference: Record<string, unknown> } | { undeliverable: string } | { transient: string }> {
    const record = await this.deps.conversations.get(key);
    if (record) return { reference: record.reference };
    if (!key.startsWith('user:') || !this.deps.messenger.openPersonalChat) return { undeliverable: T.noConversation };
    const aadObjectId = key.slice('user:'.length);
    const teams = new Map<string, Record<string, unknown>>();
    for (const c of await this.deps.conversations.list()) if (c.kind === 'channel') teams.set(c.teamId ?? c.key, c.reference);
    for (const via of teams.values()) {
      const opened = await this.deps.messenger.openPersonalChat(aadObjectId, via);
      if (opened.status === 'transient') return { transient: opened.reason };
      if (opened.status === 'opened') {
        await this.deps.conversations.save({ key, kind: 'personal', aadObjectId, reference: opened.reference, updatedAt: new Date().toISOString() });
        return { reference: opened.reference };
      }
    }
    return { undeliverable: teams.size === 0 ? T.notInstalledNoTeams : T.notInstalledNotInTeam };
  }

  private async notification(id: string): Promise<NotificationDoc | undefined> {
    const cached = this.content.get(id);
    if (cached) return cached;
    const doc = (await this.deps.outbox.getNotification(id))?.value;
    if (doc) this.content.set(id, doc);
    return doc;
  }

  private limiter(key: string): SlidingWindowLimiter {
    let l = this.perConversation.get(key);
    if (!l) this.perConversation.set(key, (l = new SlidingWindowLimiter(this.options.conversationWindows)));
    return l;
  }

  private lease(now: number) {
    return { owner: this.options.owner, until: now + this.options.leaseMs };
  }
}

interface Outcome {
  result: SendResult;
  sentAt?: number;
  updated?: boolean;
  undeliverable?: boolean;
}
