/**
 * GET /healthz: what App Service's health check and an operator look at. The store is probed with a
 * point read; the outbox is degraded when due work is left waiting (the queue is stuck) or sends keep
 * failing. A failing store answers 503 (App Service replaces an unhealthy instance); a degraded outbox
 * answers 200 with status "degraded", since a restart does not fix an unreachable Teams service.
 */
export interface SendHealth {
  lastSentAt?: number;
  /** Failed or throttled sends since the last one that went out. */
  consecutiveFailures: number;
}

export interface HealthSources {
  version: string;
  storage: string;
  region: string;
  startedAt: number;
  /** Resolves when the store answers a read. */
  probeStore(): Promise<void>;
  /** Outbox work whose due time passed more than `olderThanMs` ago; undefined when the store cannot say. */
  overdueWork?(olderThanMs: number): Promise<number | undefined>;
  sends(): SendHealth;
  /** Corrupt documents moved to quarantine (src/storage/quarantine.ts). */
  quarantined?(): Promise<number>;
  now?: () => number;
}

export interface HealthReport {
  httpStatus: 200 | 503;
  body: Record<string, unknown>;
}

export const STUCK_AFTER_MS = 10 * 60_000;
const FAILING_AFTER = 10;
const PROBE_TIMEOUT_MS = 5_000;

const withTimeout = <T>(promise: Promise<T>, ms: number) =>
  Promise.race([promise, new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms).unref())]);

export function healthCheck(sources: HealthSources): () => Promise<HealthReport> {
  const now = sources.now ?? Date.now;
  return async () => {
    const started = now();
    let store: Record<string, unknown>;
    try {
      await withTimeout(sources.probeStore(), PROBE_TIMEOUT_MS);
      store = { status: 'ok', ms: now() - started };
    } catch (err) {
      store = { status: 'failing', error: (err as Error).message.slice(0, 200) };
    }
    const sends = sources.sends();
    let overdue: number | undefined;
    if (store.status === 'ok' && sources.overdueWork) overdue = await withTimeout(sources.overdueWork(STUCK_AFTER_MS), PROBE_TIMEOUT_MS).catch(() => undefined);
    const stuck = (overdue ?? 0) > 0;
    const failing = sends.consecutiveFailures >= FAILING_AFTER;
    const outbox = {
      status: stuck ? 'stuck' : failing ? 'failing' : 'ok',
      overdue,
      consecutiveFailures: sends.consecutiveFailures,
      lastSentAt: sends.lastSentAt ? new Date(sends.lastSentAt).toISOString() : undefined,
    };
    const quarantined =
      store.status === 'ok' && sources.quarantined ? await withTimeout(sources.quarantined(), PROBE_TIMEOUT_MS).catch(() => undefined) : undefined;
    const degraded = store.status !== 'ok' || outbox.status !== 'ok';
    return {
      httpStatus: store.status === 'ok' ? 200 : 503,
      body: {
        status: degraded ? 'degraded' : 'ok',
        version: sources.version,
        storage: sources.storage,
        region: sources.region,
        uptimeSeconds: Math.round((now() - sources.startedAt) / 1000),
        checks: { store, outbox },
        quarantined,
      },
    };
  };
}
