import { randomUUID } from 'node:crypto';
import type { ChannelsRepository, ConversationsRepository, OutboxRepository } from './store.ports';
import type { PeopleRepository } from '../people/people.ports';
import type { Versioned } from '../../shared/versioned';
import { ConcurrencyError } from '../../shared/store-errors';
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
import type { AppInstaller, InstallRequest, Messenger, Recipient, SendResult } from './notifications.ports';
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
  /**
   * The safety sweep: how often (jittered ±25% per instance) the store is asked for due work of other
   * instances, expired leases and expired waits. Work of this instance is started without it.
   */
  sweepMs: number;
  /** Due documents read per sweep at most. */
  sweepLimit: number;
  /** How long a delivery waits for a recipient without a chat to open or get the app. */
  waitMs: number;
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
  /** A failed app installation is asked again this many times, after base, 3x base, 9x base... */
  installRetries: number;
  installRetryBaseMs: number;
  now: () => number;
  random: () => number;
}

/** When a waiting delivery needs attention: its wait runs out, or a failed app installation is to be asked again. */
const waitingDue = (d: DeliveryDoc) => Math.min(d.waitUntil ?? 0, d.install?.retryAt ?? Infinity);

export const DEFAULT_WORKER_OPTIONS: Omit<WorkerOptions, 'owner'> = {
  conversationWindows: TEAMS_CONVERSATION_WINDOWS,
  globalWindows: TEAMS_GLOBAL_WINDOWS,
  concurrency: 16,
  sweepMs: 30_000,
  sweepLimit: 500,
  waitMs: 7 * 86_400_000,
  leaseMs: 120_000,
  maxAttempts: 8,
  interruptedSends: 'report',
  backoffBaseMs: 1_000,
  backoffMaxMs: 5 * 60_000,
  installRetries: 4,
  installRetryBaseMs: 5 * 60_000,
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
  /** Asked to install the app for a recipient whose first delivery starts waiting (default: nobody; they wait). */
  installer?: AppInstaller;
}

type Attempt = { kind: 'skipped' } | { kind: 'recorded'; doc: DeliveryDoc };
/** What a delivery needs before its claim: read first, so a failing store never strands a claim. */
type Prepared =
  | { kind: 'send'; reference: Record<string, unknown>; message: { text?: string; card?: NotificationDoc['card'] }; earlierActivityId?: string }
  | { kind: 'final'; outcome: Outcome }
  | { kind: 'wait' };

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
  /** Claims whose write failed ambiguously: if they landed, they never led to a send. */
  private readonly unsentClaims = new Set<string>();
  /** Sends done whose record failed to write, by lease token: written again, never sent again. */
  private readonly unrecorded = new Map<string, DeliveryDoc>();
  private readonly longestWindowMs: number;
  private running = false;
  private tickTimer?: NodeJS.Timeout;
  private tickAt = Infinity;
  private sweepTimer?: NodeJS.Timeout;
  private retryTimer?: NodeJS.Timeout;
  private sweeping?: Promise<void>;
  private sweepAgain = false;

  constructor(private readonly deps: WorkerDeps, options: Partial<WorkerOptions> = {}) {
    this.options = { ...DEFAULT_WORKER_OPTIONS, owner: `worker-${randomUUID()}`, ...options };
    this.global = new SlidingWindowLimiter(this.options.globalWindows);
    this.longestWindowMs = Math.max(...this.options.conversationWindows.map((w) => w.ms));
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.wake();
    this.nextSweep();
  }

  /** After a store error, sweep again after the base backoff instead of waiting for the slow safety sweep. */
  private retrySweepSoon() {
    if (!this.running || this.retryTimer) return;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = undefined;
      this.wake();
    }, this.options.backoffBaseMs);
  }

  private nextSweep() {
    if (!this.running) return;
    const delay = this.options.sweepMs * (0.75 + this.options.random() * 0.5);
    this.sweepTimer = setTimeout(() => {
      this.wake();
      this.nextSweep();
    }, delay);
  }

  /**
   * A conversation reference was captured (the app was opened or installed): its waiting deliveries
   * become pending and go out in order. Runs on the instance that saw the installation.
   */
  async releaseWaiting(conversationKey: string): Promise<number> {
    const now = this.options.now();
    let released = 0;
    for (const d of await this.deps.outbox.conversationWindow(conversationKey, now)) {
      if (d.value.status !== 'waiting') continue;
      try {
        const pending = { ...d.value, status: 'pending' as const, waitUntil: undefined, install: undefined, notBefore: undefined, lastError: undefined };
        const doc = await this.deps.outbox.replaceDelivery(pending, d.version);
        this.enqueueLocal(doc.value);
        released++;
      } catch (err) {
        if (!(err instanceof ConcurrencyError)) throw err;
      }
    }
    if (released > 0) this.scheduleTick(0);
    return released;
  }

  /** Stops taking work and waits for sends in flight to be recorded. */
  async stop(): Promise<void> {
    this.running = false;
    clearTimeout(this.sweepTimer);
    clearTimeout(this.retryTimer);
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
      .catch((err) => {
        this.deps.log.error({ err }, 'outbox sweep failed');
        this.retrySweepSoon();
      })
      .finally(() => {
        this.sweeping = undefined;
        if (this.sweepAgain) {
          this.sweepAgain = false;
          this.wake();
        }
      });
  }

  /** Reads only what is due: an idle store answers with nothing, however long its history. */
  private async sweep(): Promise<void> {
    const { notifications, deliveries } = await this.deps.outbox.due(this.options.now(), this.options.sweepLimit);
    for (const d of deliveries) this.enqueueLocal(d.value);
    const fresh = notifications.filter((n) => n.value.state === 'new').sort((a, b) => a.value.seq - b.value.seq);
    for (const n of fresh) {
      if (!this.running) return;
      // expanded in enqueue order, so a later message never overtakes one whose expansion failed: stop, retry soon
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
      // created here or by another instance expanding the same notification: either way it is work
      await this.deps.outbox.createDelivery(doc);
      this.enqueueLocal(doc);
    }
    // before "expanded": if this fails, the expansion (and this) is tried again
    await this.deps.outbox.rememberRecent(n.value);
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
        return (await this.deps.people.withRole(r.role as Role))
          .filter((p) => hasRole(p, r.role as Role) && (!r.gemeente || p.gemeente === r.gemeente))
          .map((p) => personalKey(p.aadObjectId));
    }
  }

  /** Adds or refreshes a delivery in the local view of the store. */
  private enqueueLocal(doc: DeliveryDoc) {
    const q = (this.queue.get(doc.conversationKey) ?? []).filter((d) => d.id !== doc.id);
    if (this.isWorkable(doc)) q.push(doc);
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
      const at = head.status === 'waiting' ? waitingDue(head) : Math.max(head.notBefore ?? 0, this.limiter(key).earliest(now));
      ready.push({ key, head, at });
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

  /** Pending work, and waits that ran out or whose app installation is to be asked again. */
  private isWorkable(doc: DeliveryDoc): boolean {
    if (doc.status === 'pending') return true;
    return doc.status === 'waiting' && waitingDue(doc) <= this.options.now();
  }

  /**
   * Prepare, claim, send, record: the whole life of one attempt, checked against the store at each
   * step. Everything a send needs is read before the claim, and the send follows the claim write
   * directly, so a stored claim without a record can only mean a send that really started.
   */
  private async attempt(key: string, id: string): Promise<Attempt> {
    const now = this.options.now();
    const window = await this.deps.outbox.conversationWindow(key, now - this.longestWindowMs);
    const limiter = this.limiter(key);
    for (const d of window) if (d.value.sentAt) limiter.remember(`${d.value.id}:sent`, Date.parse(d.value.sentAt));
    const open = window.filter((d) => !isFinal(d.value)).sort((a, b) => byDeliveryOrder(a.value, b.value));
    // the local view may be stale (another instance progressed): the store's order decides
    this.queue.set(key, open.map((d) => d.value).filter((d) => this.isWorkable(d)));
    const head = open[0];
    const target = open.find((d) => d.value.id === id);
    if (!head || !target) return { kind: 'skipped' };
    // the recipient has no chat yet: what comes after a wait waits too, in order
    if (head.value.status === 'waiting' && head.value.id !== id && !this.isWorkable(head.value) && target.value.status === 'pending') {
      return this.startWaiting(target, false);
    }
    if (head.value.id !== id || isLeasedByOther(head.value.lease, this.options.owner, now)) return { kind: 'skipped' };
    if (head.value.status === 'waiting') {
      if ((head.value.waitUntil ?? 0) <= now) {
        return this.record(head, { result: { status: 'gone', reason: T.neverInstalled(Math.round(this.options.waitMs / 86_400_000)) }, undeliverable: true });
      }
      return (head.value.install?.retryAt ?? Infinity) <= now ? this.askInstall(head) : { kind: 'skipped' };
    }
    const token = head.value.lease?.token;
    const unrecorded = token ? this.unrecorded.get(token) : undefined;
    if (token && unrecorded) {
      const written = await this.write(head, unrecorded);
      this.unrecorded.delete(token);
      return written;
    }
    // a claim of this instance that never led to a send is simply claimed again; any other is an interrupted send
    if (head.value.lease && !(token && this.unsentClaims.has(token)) && this.options.interruptedSends === 'report') {
      return this.record(head, { result: { status: 'gone', reason: T.interrupted } });
    }
    if (Math.max(head.value.notBefore ?? 0, limiter.earliest(now)) > now) return { kind: 'skipped' };

    const prepared = await this.prepare(head.value);
    if (prepared.kind === 'final') return this.record(head, prepared.outcome);
    if (prepared.kind === 'wait') return this.startWaiting(head, true);
    const claimToken = randomUUID();
    let claimed: Versioned<DeliveryDoc>;
    try {
      claimed = await this.deps.outbox.replaceDelivery({ ...head.value, lease: { ...this.lease(now), token: claimToken } }, head.version);
      if (token) this.unsentClaims.delete(token);
    } catch (err) {
      if (err instanceof ConcurrencyError) return this.refreshLocal(key, id);
      // a claim write that failed may still have landed: it never led to a send, so it is released, not "onzeker"
      this.unsentClaims.add(claimToken);
      throw err;
    }
    const outcome = await this.send(claimed.value, prepared);
    const record = this.recordOf(claimed.value, outcome);
    let recorded: Attempt;
    try {
      recorded = await this.write(claimed, record);
    } catch (err) {
      // sent but not recorded: write the record again later, never send again
      if (!(err instanceof ConcurrencyError)) this.unrecorded.set(claimToken, record);
      throw err;
    }
    if (outcome.result.status === 'sent' && record.updateKey) await this.rememberCardMessage(record);
    return recorded;
  }

  private async refreshLocal(key: string, id: string): Promise<Attempt> {
    const current = await this.deps.outbox.getDelivery(key, id);
    if (current) this.enqueueLocal(current.value);
    return { kind: 'skipped' };
  }

  /** A state change without a send: version-checked against what was read. */
  private async record(doc: Versioned<DeliveryDoc>, outcome: Outcome): Promise<Attempt> {
    return this.write(doc, this.recordOf(doc.value, outcome));
  }

  private async write(doc: Versioned<DeliveryDoc>, next: DeliveryDoc): Promise<Attempt> {
    try {
      return { kind: 'recorded', doc: (await this.deps.outbox.replaceDelivery(next, doc.version)).value };
    } catch (err) {
      if (err instanceof ConcurrencyError) return this.refreshLocal(doc.value.conversationKey, doc.value.id);
      throw err;
    }
  }

  /** The recipient has no chat yet: the delivery waits; the first one to wait asks for the app to be installed. */
  private async startWaiting(doc: Versioned<DeliveryDoc>, askInstall: boolean): Promise<Attempt> {
    const waitUntil = this.options.now() + this.options.waitMs;
    const waiting = { ...doc.value, status: 'waiting' as const, waitUntil, lastError: T.waitingForInstall, lease: undefined, notBefore: undefined };
    let stored: Versioned<DeliveryDoc>;
    try {
      stored = await this.deps.outbox.replaceDelivery(waiting, doc.version);
    } catch (err) {
      if (err instanceof ConcurrencyError) return this.refreshLocal(doc.value.conversationKey, doc.value.id);
      throw err;
    }
    return askInstall ? this.askInstall(stored) : { kind: 'recorded', doc: stored.value };
  }

  /**
   * Asks for the app to be installed. The try is written first (version-checked), with the next try
   * already scheduled, so of two instances only one asks and a crash still leaves a retry; a failure
   * is kept on the delivery, so the sender's report says what is pending and when it is tried again.
   */
  private async askInstall(doc: Versioned<DeliveryDoc>): Promise<Attempt> {
    const { installer } = this.deps;
    const key = doc.value.conversationKey;
    if (!installer || !key.startsWith('user:')) return { kind: 'recorded', doc: doc.value };
    const attempts = (doc.value.install?.attempts ?? 0) + 1;
    const retryAt = attempts <= this.options.installRetries ? this.options.now() + this.options.installRetryBaseMs * 3 ** (attempts - 1) : undefined;
    let claimed: Versioned<DeliveryDoc>;
    try {
      claimed = await this.deps.outbox.replaceDelivery({ ...doc.value, install: { attempts, retryAt } }, doc.version);
    } catch (err) {
      if (err instanceof ConcurrencyError) return this.refreshLocal(key, doc.value.id);
      throw err;
    }
    const result: InstallRequest = await installer
      .requestInstall(key.slice('user:'.length))
      .catch((err: Error) => ({ status: 'failed', reason: err.message }));
    if (result.status === 'failed') this.deps.log.warn({ conversation: key, attempts, retryAt, reason: result.reason }, 'app installation request failed');
    const next: DeliveryDoc =
      result.status === 'asked'
        ? { ...claimed.value, install: { attempts }, lastError: T.waitingForInstall }
        : { ...claimed.value, lastError: T.installFailed(result.reason, retryAt, attempts) };
    return this.write(claimed, next);
  }

  private async prepare(item: DeliveryDoc): Promise<Prepared> {
    const reference = await this.referenceFor(item.conversationKey);
    if ('wait' in reference) return { kind: 'wait' };
    if ('undeliverable' in reference) return { kind: 'final', outcome: { result: { status: 'gone', reason: reference.undeliverable }, undeliverable: true } };
    if ('transient' in reference) return { kind: 'final', outcome: { result: { status: 'transient', reason: reference.transient } } };
    const notification = await this.notification(item.notificationId);
    if (!notification) return { kind: 'final', outcome: { result: { status: 'gone', reason: T.missingNotification } } };
    const earlier = item.updateKey ? await this.deps.outbox.getCardMessage(item.conversationKey, item.updateKey) : undefined;
    return {
      kind: 'send',
      reference: reference.reference,
      message: { text: notification.text, card: notification.card },
      earlierActivityId: earlier && earlier.seq < item.seq ? earlier.activityId : undefined,
    };
  }

  private async rememberCardMessage(doc: DeliveryDoc) {
    try {
      await this.deps.outbox.saveCardMessage({ conversationKey: doc.conversationKey, updateKey: doc.updateKey!, activityId: doc.activityId!, seq: doc.seq });
    } catch (err) {
      // the next update of this card then posts a new message instead of editing this one
      this.deps.log.warn({ err, conversation: doc.conversationKey }, 'card message id not stored');
    }
  }

  private async send(item: DeliveryDoc, prepared: Extract<Prepared, { kind: 'send' }>): Promise<Outcome> {
    const { reference, message, earlierActivityId } = prepared;
    const limiter = this.limiter(item.conversationKey);
    const eventId = `${item.id}:${item.attempts + 1}`;
    limiter.start(eventId);
    let result: SendResult;
    let updated = false;
    try {
      if (earlierActivityId) {
        result = await this.deps.messenger.update(reference, earlierActivityId, message);
        updated = result.status === 'sent';
        // the earlier message is gone (deleted): post it anew
        if (result.status === 'gone') result = await this.deps.messenger.send(reference, message);
      } else {
        result = await this.deps.messenger.send(reference, message);
      }
    } catch (err) {
      result = { status: 'transient', reason: (err as Error).message };
    } finally {
      limiter.finish(eventId, this.options.now());
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

  /** A user without a chat waits (until the app is installed); a conversation or channel without one is undeliverable. */
  private async referenceFor(
    key: string,
  ): Promise<{ reference: Record<string, unknown> } | { undeliverable: string } | { transient: string } | { wait: true }> {
    const record = await this.deps.conversations.get(key);
    if (record) return { reference: record.reference };
    if (!key.startsWith('user:')) return { undeliverable: T.noConversation };
    if (!this.deps.messenger.openPersonalChat) return { wait: true };
    const aadObjectId = key.slice('user:'.length);
    const teams = new Map<string, Record<string, unknown>>();
    for (const c of await this.deps.conversations.listChannels()) teams.set(c.teamId ?? c.key, c.reference);
    for (const via of teams.values()) {
      const opened = await this.deps.messenger.openPersonalChat(aadObjectId, via);
      if (opened.status === 'transient') return { transient: opened.reason };
      if (opened.status === 'opened') {
        await this.deps.conversations.save({ key, kind: 'personal', aadObjectId, reference: opened.reference, updatedAt: new Date().toISOString() });
        return { reference: opened.reference };
      }
    }
    return { wait: true };
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
