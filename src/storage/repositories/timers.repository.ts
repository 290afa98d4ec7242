import { z } from 'zod';
import type { DocumentIndex, DocumentStore, Versioned } from '../document-store';
import { AlreadyExistsError, ConcurrencyError } from '../errors';

/** A durable timer job. `running` with an expired lease means its instance died: it may be claimed again. */
export const timerJobSchema = z.object({
  id: z.string().min(1),
  kind: z.string().min(1),
  dueAt: z.string(),
  payload: z.record(z.string(), z.unknown()),
  state: z.enum(['scheduled', 'running', 'done', 'failed']),
  attempts: z.number().int().default(0),
  lastError: z.string().optional(),
  firedAt: z.string().optional(),
  lease: z.object({ owner: z.string(), until: z.number() }).optional(),
});
export type TimerJob = z.infer<typeof timerJobSchema>;

export interface TimersRepository {
  get(id: string): Promise<Versioned<TimerJob> | undefined>;
  /** Jobs to run at `now`: scheduled ones due, running ones whose lease expired. Finished jobs are never read. */
  due(now: number, limit: number): Promise<Versioned<TimerJob>[]>;
  /** Creates or reschedules a job, version-checked: a concurrent change is read again, never overwritten blindly. */
  schedule(job: Pick<TimerJob, 'id' | 'kind' | 'dueAt' | 'payload'>): Promise<void>;
  /** Fails with ConcurrencyError when someone else changed the job: that is how a claim is lost. */
  replace(job: TimerJob, version: string): Promise<Versioned<TimerJob>>;
  delete(id: string): Promise<void>;
}

export const timerIndex =
  (retentionDays: number) =>
  (job: TimerJob): DocumentIndex => {
    if (job.state === 'scheduled') return { due: Date.parse(job.dueAt) };
    if (job.state === 'running') return { due: job.lease?.until ?? 0 };
    return { ttlSeconds: retentionDays * 86_400 };
  };

export function timersRepository(store: DocumentStore, region: string, options: { retentionDays: number } = { retentionDays: 30 }): TimersRepository {
  const docs = store.collection('timers', timerJobSchema, timerIndex(options.retentionDays));
  return {
    get: (id) => docs.get(region, id),
    due: async (now, limit) => (await docs.due(now, limit, region)).filter((j) => j.value.state === 'scheduled' || (j.value.lease?.until ?? 0) <= now),
    async schedule(job) {
      const fresh: TimerJob = { ...job, state: 'scheduled', attempts: 0 };
      for (;;) {
        const current = await docs.get(region, job.id);
        try {
          if (current) await docs.replace(region, job.id, { ...fresh, lastError: undefined }, current.version);
          else await docs.create(region, job.id, fresh);
          return;
        } catch (err) {
          if (!(err instanceof ConcurrencyError) && !(err instanceof AlreadyExistsError)) throw err;
        }
      }
    },
    replace: (job, version) => docs.replace(region, job.id, job, version),
    async delete(id) {
      await docs.delete(region, id);
    },
  };
}
