import { z } from 'zod';
import type { DocumentStore, Versioned } from '../document-store';

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
  list(): Promise<Versioned<TimerJob>[]>;
  put(job: TimerJob): Promise<void>;
  /** Fails with ConcurrencyError when someone else changed the job: that is how a claim is lost. */
  replace(job: TimerJob, version: string): Promise<Versioned<TimerJob>>;
  delete(id: string): Promise<void>;
}

export function timersRepository(store: DocumentStore, region: string): TimersRepository {
  const docs = store.collection('timers', timerJobSchema);
  return {
    get: (id) => docs.get(region, id),
    list: () => docs.listPartition(region),
    async put(job) {
      await docs.upsert(region, job.id, job);
    },
    replace: (job, version) => docs.replace(region, job.id, job, version),
    async delete(id) {
      await docs.delete(region, id);
    },
  };
}
