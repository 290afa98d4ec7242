/** At most `limit` requests in any `ms` long window. */
export interface RateWindow {
  limit: number;
  ms: number;
}

/** Teams limits for one bot, per conversation. */
export const TEAMS_CONVERSATION_WINDOWS: RateWindow[] = [
  { limit: 7, ms: 1_000 },
  { limit: 8, ms: 2_000 },
  { limit: 60, ms: 30_000 },
  { limit: 1_800, ms: 3_600_000 },
];
/** About 50 requests per second per app per tenant. */
export const TEAMS_GLOBAL_WINDOWS: RateWindow[] = [{ limit: 50, ms: 1_000 }];

/** Tests and benchmarks run the same limits on a faster clock. */
export const scaleWindows = (windows: RateWindow[], factor: number): RateWindow[] =>
  windows.map((w) => ({ limit: w.limit, ms: w.ms * factor }));

/**
 * A sliding-window log. A request counts from its start until it completes and is then kept at its
 * completion time: Teams counts on arrival, which lies between the two, so the check stays safe
 * however slow the network is.
 */
export class SlidingWindowLimiter {
  private readonly events = new Map<string, number>();
  private readonly longest: number;

  constructor(private readonly windows: RateWindow[]) {
    this.longest = Math.max(...windows.map((w) => w.ms));
  }

  /** Earliest time a new request may start; Infinity while only completions can free a slot. */
  earliest(now: number): number {
    this.prune(now);
    const times = [...this.events.values()].sort((a, b) => b - a);
    let at = now;
    for (const w of this.windows) {
      if (times.length < w.limit) continue;
      // the limit-th most recent request must have left the window
      at = Math.max(at, times[w.limit - 1] + w.ms);
    }
    return at;
  }

  start(id: string): void {
    this.events.set(id, Infinity);
  }

  finish(id: string, at: number): void {
    this.events.set(id, at);
  }

  /** A reservation that did not lead to a request. */
  cancel(id: string): void {
    this.events.delete(id);
  }

  /** Adds requests recorded elsewhere (the store), e.g. by another instance or before a restart. */
  remember(id: string, at: number): void {
    if (!this.events.has(id)) this.events.set(id, at);
  }

  private prune(now: number) {
    for (const [id, at] of this.events) if (at !== Infinity && at <= now - this.longest) this.events.delete(id);
  }
}
