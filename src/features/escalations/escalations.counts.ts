import type { EscalationsRepository } from './escalations.ports';
import { isOpen } from './escalations.domain';

/** How long the in-memory open counts may lag writes made by another instance. */
const COUNTS_MAX_AGE_MS = 30_000;

/**
 * Open escalations per provider, kept in memory so the provider status answer stays synchronous.
 * Re-read when older than COUNTS_MAX_AGE_MS, and right after this instance writes.
 */
export class OpenEscalationCounts {
  private counts = new Map<string, number>();
  private countsAt = -Infinity;

  constructor(private readonly escalations: Pick<EscalationsRepository, 'list'>) {}

  count(providerId: string): number {
    return this.counts.get(providerId) ?? 0;
  }

  async refresh(force = false): Promise<void> {
    if (!force && Date.now() - this.countsAt < COUNTS_MAX_AGE_MS) return;
    const counts = new Map<string, number>();
    for (const { value } of await this.escalations.list()) if (isOpen(value)) counts.set(value.providerId, (counts.get(value.providerId) ?? 0) + 1);
    this.counts = counts;
    this.countsAt = Date.now();
  }
}
