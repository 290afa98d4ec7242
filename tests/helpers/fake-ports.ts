import type { NotificationOutbox, NotificationRequest, TimerService } from '../../src/features/notifications/notifications.ports';

/** In-memory outbox: records requests; a repeated idempotency key is stored once, like the real one. */
export class FakeOutbox implements NotificationOutbox {
  readonly requests: NotificationRequest[] = [];

  async enqueue(request: NotificationRequest): Promise<{ id: string }> {
    if (!this.requests.some((r) => r.idempotencyKey === request.idempotencyKey)) this.requests.push(request);
    return { id: request.idempotencyKey };
  }

  withKey(part: string): NotificationRequest[] {
    return this.requests.filter((r) => r.idempotencyKey.includes(part));
  }
}

type Job = Parameters<TimerService['schedule']>[0];

/** In-memory timers: jobs fire only when the test calls runDue with its clock. */
export class FakeTimers implements TimerService {
  readonly jobs = new Map<string, Job>();
  private readonly handlers = new Map<string, Parameters<TimerService['on']>[1]>();

  async schedule(job: Job): Promise<void> {
    this.jobs.set(job.id, job);
  }

  async cancel(id: string): Promise<void> {
    this.jobs.delete(id);
  }

  on(kind: string, handler: Parameters<TimerService['on']>[1]): void {
    this.handlers.set(kind, handler);
  }

  /** Fires every job due at `now` once (removed before it runs, as a durable timer would be). */
  async runDue(now: Date): Promise<number> {
    const due = [...this.jobs.values()].filter((j) => j.dueAt.getTime() <= now.getTime());
    for (const job of due) {
      this.jobs.delete(job.id);
      await this.handlers.get(job.kind)?.(job.payload, { id: job.id, attempt: 1 });
    }
    return due.length;
  }
}
