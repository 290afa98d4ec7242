import { z } from 'zod';
import type { DocumentStore } from '../document-store';
import { AlreadyExistsError, ConcurrencyError } from '../../shared/store-errors';
import { regionKey } from './region-keys';

const counterSchema = z.object({ count: z.number().int().min(0), windowStart: z.number() });

/** Fixed-window counters per person and action, in the store so every instance counts the same. */
export interface RateLimitsRepository {
  /** Counts one use; false when `limit` uses in the current window were already counted. */
  take(subject: string, action: string, limit: number, windowMs: number, now?: number): Promise<boolean>;
}

const ATTEMPTS = 5;

/** Per region: a person using two regions' bots has a budget in each. */
export function rateLimitsRepository(store: DocumentStore, region: string): RateLimitsRepository {
  // A counter is only needed during its window; the store forgets it afterwards (TTL).
  const docs = store.collection('ratelimits', counterSchema, (c) => ({ at: c.windowStart, ttlSeconds: 2 * 3600 }));
  return {
    async take(subject, action, limit, windowMs, now = Date.now()) {
      const windowStart = Math.floor(now / windowMs) * windowMs;
      const id = `${action}:${windowStart}`;
      const pk = regionKey(region, subject);
      for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
        const current = await docs.get(pk, id);
        try {
          if (!current) await docs.create(pk, id, { count: 1, windowStart });
          else if (current.value.count >= limit) return false;
          else await docs.replace(pk, id, { ...current.value, count: current.value.count + 1 }, current.version);
          return true;
        } catch (err) {
          // another instance counted at the same moment: read again
          if (!(err instanceof AlreadyExistsError || err instanceof ConcurrencyError)) throw err;
        }
      }
      return false;
    },
  };
}
