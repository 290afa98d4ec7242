import { setTimeout as wait } from 'node:timers/promises';
import { z } from 'zod';
import type { Logger } from '../../shared/logger';
import type { Collection, DocumentStore } from '../document-store';
import { AlreadyExistsError, ConcurrencyError } from '../../shared/store-errors';
import type { VersionKind, VersionWatch } from '../../features/version-watch';

export interface VersionWatchOptions {
  /** Poll interval; every instance reloads within this plus the reload itself. */
  pollMs?: number;
  log?: Logger;
  /** When the next poll runs: a timer, unless a test drives the polls itself. */
  scheduler?: PollScheduler;
}

/** Runs `poll` once after `delayMs`; the returned function cancels it. */
export type PollScheduler = (poll: () => void, delayMs: number) => () => void;

const timerScheduler: PollScheduler = (poll, delayMs) => {
  const timer = setTimeout(poll, delayMs).unref();
  return () => clearTimeout(timer);
};

/** 5 s ± 20 % leaves the reload itself half of the 10 s every instance has to see a change. */
export const DEFAULT_VERSION_POLL_MS = 5000;
const BUMP_ATTEMPTS = 10;

const versionsDocSchema = z.object({
  // Unknown kinds are kept as they are: an older instance bumping never drops a newer one's counters.
  kinds: z.record(z.string(), z.number().int().nonnegative()),
  changedAt: z.string(),
});

interface Subscription {
  kind: VersionKind;
  onChanged: (version: number) => void | Promise<void>;
  seen?: number;
  running: boolean;
}

/** The version document of a region: `state` container, partition `versions:<region>`, id `versions`. */
export function versionWatch(store: DocumentStore, region: string, options: VersionWatchOptions = {}): VersionWatch {
  return new RegionVersionWatch(store.collection('state', versionsDocSchema), region, options);
}

class RegionVersionWatch implements VersionWatch {
  private readonly pk: string;
  private readonly id = 'versions';
  private readonly subscriptions = new Set<Subscription>();
  /** The scheduled poll (its cancel function), while one is scheduled. */
  private next?: () => void;
  private stopped = false;

  constructor(
    private readonly docs: Collection<z.infer<typeof versionsDocSchema>>,
    private readonly region: string,
    private readonly options: VersionWatchOptions,
  ) {
    this.pk = `versions:${region}`;
  }

  async current(kind: VersionKind) {
    return (await this.read())[kind] ?? 0;
  }

  onChange(kind: VersionKind, onChanged: Subscription['onChanged'], since?: number) {
    const subscription: Subscription = { kind, onChanged, seen: since, running: false };
    this.subscriptions.add(subscription);
    if (since === undefined) void this.tick(); // the baseline, so a write right after subscribing is noticed
    this.schedule();
    return () => {
      this.subscriptions.delete(subscription);
      if (this.subscriptions.size === 0) this.cancelPoll();
    };
  }

  async bump(kind: VersionKind) {
    for (let attempt = 1; ; attempt++) {
      const doc = await this.docs.get(this.pk, this.id);
      const kinds = { ...(doc?.value.kinds ?? {}), [kind]: (doc?.value.kinds[kind] ?? 0) + 1 };
      const value = { kinds, changedAt: new Date().toISOString() };
      try {
        if (doc) await this.docs.replace(this.pk, this.id, value, doc.version);
        else await this.docs.create(this.pk, this.id, value);
        return kinds[kind];
      } catch (err) {
        // Another writer bumped in between: read again and add ours on top.
        const raced = err instanceof ConcurrencyError || err instanceof AlreadyExistsError;
        if (!raced || attempt >= BUMP_ATTEMPTS) throw err;
        await wait(Math.random() * 10 * attempt); // spread the next tries of colliding writers
      }
    }
  }

  stop() {
    this.stopped = true;
    this.subscriptions.clear();
    this.cancelPoll();
  }

  private async read(): Promise<Record<string, number>> {
    return (await this.docs.get(this.pk, this.id))?.value.kinds ?? {};
  }

  /** One point read; each subscription whose kind moved is called (not while its previous call runs). */
  private async tick(): Promise<void> {
    if (this.subscriptions.size === 0) return;
    let kinds: Record<string, number>;
    try {
      kinds = await this.read();
    } catch (err) {
      this.options.log?.warn({ err, region: this.region }, 'version document not read; next tick tries again');
      return;
    }
    for (const s of this.subscriptions) {
      const version = kinds[s.kind] ?? 0;
      if (s.seen === undefined) s.seen = version;
      if (version !== s.seen && !s.running) void this.call(s, version);
    }
  }

  private async call(s: Subscription, version: number) {
    s.running = true;
    try {
      await s.onChanged(version);
      s.seen = version;
    } catch (err) {
      this.options.log?.warn({ err, kind: s.kind, version }, 'reload after a change failed; next tick tries again');
    } finally {
      s.running = false;
    }
  }

  private schedule() {
    if (this.next || this.stopped || this.subscriptions.size === 0) return;
    // Jittered per instance, so instances do not all read at the same moment.
    const delay = (this.options.pollMs ?? DEFAULT_VERSION_POLL_MS) * (0.8 + Math.random() * 0.4);
    const cancel = (this.options.scheduler ?? timerScheduler)(() => {
      void this.tick().finally(() => {
        if (this.next !== cancel) return; // stopped (or restarted) meanwhile
        this.next = undefined;
        this.schedule();
      });
    }, delay);
    this.next = cancel;
  }

  private cancelPoll() {
    this.next?.();
    this.next = undefined;
  }
}
