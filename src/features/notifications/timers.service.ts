import { randomUUID } from 'node:crypto';
import type { TimerJob } from './notifications.domain';
import type { TimersRepository } from './store.ports';
import type { Versioned } from '../../shared/versioned';
import { ConcurrencyError } from '../../shared/store-errors';
import type { Logger } from '../../shared/logger';
import type { TimerService } from './notifications.ports';

type Handler = (payload: Record<string, unknown>, job: { id: string; attempt: number }) => Promise<void>;

export interface TimerOptions {
  owner: string;
  /** How often (jittered ±25% per instance, so instances do not collide) the store is asked for due jobs. */
  sweepMs: number;
  /** Due jobs read per sweep at most. */
  sweepLimit: number;
  leaseMs: number;
  maxAttempts: number;
  retryMs: number;
  now: () => number;
  random: () => number;
}

/**
 * Durable timers: a jittered sweep is the clock, the store is the truth. The sweep reads only due
 * jobs (indexed due time), so finished jobs are never read again and expire by TTL. A due job is
 * claimed with a version-checked write before it runs and marked done after, so it runs once even
 * with two instances; one that was due while the service was down runs at the first sweep after start.
 */
export class DurableTimers implements TimerService {
  private readonly handlers = new Map<string, Handler>();
  private readonly options: TimerOptions;
  private running = false;
  private tick?: NodeJS.Timeout;
  private soon?: NodeJS.Timeout;
  private nextSweepAt = Infinity;
  private sweeping?: Promise<void>;
  private again = false;

  constructor(private readonly repo: TimersRepository, private readonly log: Logger, options: Partial<TimerOptions> = {}) {
    this.options = {
      owner: `timers-${randomUUID()}`,
      sweepMs: 10_000,
      sweepLimit: 100,
      leaseMs: 5 * 60_000,
      maxAttempts: 5,
      retryMs: 60_000,
      now: Date.now,
      random: Math.random,
      ...options,
    };
  }

  async schedule(job: { id: string; kind: string; dueAt: Date; payload: Record<string, unknown> }): Promise<void> {
    await this.repo.schedule({ id: job.id, kind: job.kind, dueAt: job.dueAt.toISOString(), payload: job.payload });
    this.wakeAt(job.dueAt.getTime());
  }

  async cancel(id: string): Promise<void> {
    await this.repo.delete(id);
  }

  on(kind: string, handler: Handler): void {
    this.handlers.set(kind, handler);
  }

  start(): void {
    this.running = true;
    void this.sweep();
    this.nextSweep();
  }

  private nextSweep() {
    if (!this.running) return;
    const delay = this.options.sweepMs * (0.75 + this.options.random() * 0.5);
    this.nextSweepAt = this.options.now() + delay;
    this.tick = setTimeout(() => {
      void this.sweep();
      this.nextSweep();
    }, delay);
  }

  async stop(): Promise<void> {
    this.running = false;
    clearTimeout(this.tick);
    clearTimeout(this.soon);
    await this.sweeping;
  }

  /** Runs every due job this instance can claim; concurrent calls are coalesced. */
  sweep(): Promise<void> {
    if (this.sweeping) {
      this.again = true;
      return this.sweeping;
    }
    this.sweeping = this.runDue()
      .catch((err) => this.log.error({ err }, 'timer sweep failed'))
      .finally(() => {
        this.sweeping = undefined;
        if (this.again && this.running) {
          this.again = false;
          void this.sweep();
        }
      });
    return this.sweeping;
  }

  /** A job due before the next cron tick gets its own wake-up (this instance only; the sweep is the safety net). */
  private wakeAt(at: number) {
    if (!this.running) return;
    const delay = at - this.options.now();
    if (at >= this.nextSweepAt) return;
    clearTimeout(this.soon);
    this.soon = setTimeout(() => void this.sweep(), Math.max(0, delay));
  }

  private async runDue(): Promise<void> {
    const due = (await this.repo.due(this.options.now(), this.options.sweepLimit))
      .filter((j) => this.handlers.has(j.value.kind))
      .sort((a, b) => a.value.dueAt.localeCompare(b.value.dueAt));
    for (const job of due) await this.runOne(job);
  }

  private async runOne(job: Versioned<TimerJob>): Promise<void> {
    const now = this.options.now();
    const attempt = job.value.attempts + 1;
    let claimed: Versioned<TimerJob>;
    try {
      claimed = await this.repo.replace(
        { ...job.value, state: 'running', attempts: attempt, lease: { owner: this.options.owner, until: now + this.options.leaseMs } },
        job.version,
      );
    } catch (err) {
      if (err instanceof ConcurrencyError) return; // another instance has it
      throw err;
    }
    let next: TimerJob;
    try {
      await this.handlers.get(job.value.kind)!(job.value.payload, { id: job.value.id, attempt });
      next = { ...claimed.value, state: 'done', firedAt: new Date(this.options.now()).toISOString(), lease: undefined };
    } catch (err) {
      const failed = attempt >= this.options.maxAttempts;
      this.log.warn({ err, job: job.value.id, attempt }, failed ? 'timer job failed for good' : 'timer job failed, will retry');
      next = {
        ...claimed.value,
        state: failed ? 'failed' : 'scheduled',
        dueAt: failed ? claimed.value.dueAt : new Date(this.options.now() + this.options.retryMs * attempt).toISOString(),
        lastError: (err as Error).message,
        lease: undefined,
      };
    }
    try {
      await this.repo.replace(next, claimed.version);
    } catch (err) {
      // rescheduled or cancelled while it ran: the newer state wins
      if (!(err instanceof ConcurrencyError)) throw err;
    }
  }
}
