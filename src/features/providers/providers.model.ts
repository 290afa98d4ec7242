import type { VersionWatch } from '../version-watch';
import type { ProvidersRepository } from './providers.ports';
import { type Contract, currentWaitTimes, type Provider, type Signal, type WaitTime } from './providers.domain';
import { NameMatcher } from './providers.match';

/**
 * The whole provider data set in memory (about 60 providers and 240 contracts), so a question
 * never waits on the store. Reloaded after every import, on this instance at once and on every
 * other instance (or after a CLI import) when the region's providers version moves.
 */
export class ProvidersModel {
  providers = new Map<string, Provider>();
  contracts: Contract[] = [];
  /** Only the current (latest peildatum) wait time per provider and product. */
  waitTimes: WaitTime[] = [];
  signals: Signal[] = [];
  /** Product names as written in the data, one per product key. */
  products: string[] = [];
  demo = false;
  matcher = new NameMatcher([]);

  private loaded?: Promise<this>;
  /** The providers version the data in memory was read at. */
  private loadedVersion?: number;
  private watching = false;

  constructor(
    private readonly repo: ProvidersRepository,
    private readonly versions?: Pick<VersionWatch, 'current' | 'onChange'>,
  ) {}

  /** Loads once, on first use (start-up stays fast; an import reloads explicitly). */
  ensureLoaded(): Promise<this> {
    this.loaded ??= this.reload();
    return this.loaded;
  }

  /** Reads everything again; when that fails, questions keep the data read before (if any). */
  async reload(): Promise<this> {
    const previous = this.loaded;
    const next = this.read();
    this.loaded = next;
    next.catch(() => {
      if (this.loaded === next) this.loaded = previous;
    });
    return next;
  }

  private async read(): Promise<this> {
    // The version first: a write landing during the read moves it again, so it is never missed.
    const version = await this.versions?.current('providers');
    const docs = await this.repo.list();
    this.providers = new Map(docs.flatMap((d) => (d.type === 'aanbieder' ? [[d.id, d] as const] : [])));
    this.contracts = docs.filter((d): d is Contract => d.type === 'contract');
    this.waitTimes = currentWaitTimes(docs.filter((d): d is WaitTime => d.type === 'wachttijd'));
    this.signals = docs.filter((d): d is Signal => d.type === 'signaal');
    this.products = [...new Map(this.waitTimes.map((w) => [w.product.toLowerCase(), w.product])).values()];
    this.demo = [...this.providers.values()].some((p) => p.demo);
    this.matcher = new NameMatcher([...this.providers.values()]);
    this.loadedVersion = version;
    this.watchForChanges(version);
    return this;
  }

  private watchForChanges(since: number | undefined) {
    if (!this.versions || this.watching) return;
    this.watching = true;
    this.versions.onChange(
      'providers',
      async (version) => {
        if (version !== this.loadedVersion) await this.reload();
      },
      since,
    );
  }

  get isEmpty(): boolean {
    return this.providers.size === 0;
  }

  name(id: string): string {
    return this.providers.get(id)?.naam ?? id;
  }
}
