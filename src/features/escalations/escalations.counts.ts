import type { VersionWatch } from '../version-watch';
import type { EscalationsRepository } from './escalations.ports';
import { isOpen } from './escalations.domain';

/** Without a version watch: how long the in-memory open counts may lag writes made by another instance. */
const COUNTS_MAX_AGE_MS = 30_000;

/**
 * Open escalations per provider, kept in memory so the provider status answer stays synchronous.
 * Re-read right after this instance writes, and when the region's escalations version moved (a
 * write by another instance, seen within one poll); without a version watch when older than 30 s.
 */
export class OpenEscalationCounts {
  private counts = new Map<string, number>();
  private countsAt = -Infinity;
  private loadedVersion?: number;
  private changed = true;
  private watching = false;

  constructor(
    private readonly escalations: Pick<EscalationsRepository, 'list'>,
    private readonly versions?: Pick<VersionWatch, 'current' | 'onChange'>,
  ) {}

  count(providerId: string): number {
    return this.counts.get(providerId) ?? 0;
  }

  async refresh(force = false): Promise<void> {
    if (!force && !this.stale()) return;
    // the version first: a write landing during the read moves it again, so it is never missed
    const version = await this.versions?.current('escalations');
    const counts = new Map<string, number>();
    for (const { value } of await this.escalations.list()) if (isOpen(value)) counts.set(value.providerId, (counts.get(value.providerId) ?? 0) + 1);
    this.counts = counts;
    this.countsAt = Date.now();
    this.loadedVersion = version;
    this.changed = false;
    this.watch(version);
  }

  private stale(): boolean {
    return this.versions ? this.changed : Date.now() - this.countsAt >= COUNTS_MAX_AGE_MS;
  }

  private watch(since: number | undefined) {
    if (!this.versions || this.watching) return;
    this.watching = true;
    this.versions.onChange(
      'escalations',
      (version) => {
        if (version !== this.loadedVersion) this.changed = true;
      },
      since,
    );
  }
}
