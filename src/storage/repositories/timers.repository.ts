import type { DocumentIndex, DocumentStore } from '../document-store';
import { AlreadyExistsError, ConcurrencyError } from '../../shared/store-errors';
import { type TimerJob, timerJobSchema } from '../../features/notifications/notifications.domain';
import type { TimersRepository } from '../../features/notifications/store.ports';

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
    due: async (now, limit) => (await docs.due(now, limit, { pk: region })).filter((j) => j.value.state === 'scheduled' || (j.value.lease?.until ?? 0) <= now),
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
