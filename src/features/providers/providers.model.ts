import type { ProvidersRepository } from '../../storage/ports';
import { type Contract, currentWaitTimes, type Provider, type Signal, type WaitTime } from './providers.domain';
import { NameMatcher } from './providers.match';

/**
 * The whole provider data set in memory (about 60 providers and 240 contracts), so a question
 * never waits on the store. Reloaded after every import.
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

  constructor(private readonly repo: ProvidersRepository) {}

  /** Loads once, on first use (start-up stays fast; an import reloads explicitly). */
  ensureLoaded(): Promise<this> {
    this.loaded ??= this.reload();
    return this.loaded;
  }

  async reload(): Promise<this> {
    this.loaded = this.read();
    return this.loaded;
  }

  private async read(): Promise<this> {
    const docs = await this.repo.list();
    this.providers = new Map(docs.flatMap((d) => (d.type === 'aanbieder' ? [[d.id, d] as const] : [])));
    this.contracts = docs.filter((d): d is Contract => d.type === 'contract');
    this.waitTimes = currentWaitTimes(docs.filter((d): d is WaitTime => d.type === 'wachttijd'));
    this.signals = docs.filter((d): d is Signal => d.type === 'signaal');
    this.products = [...new Map(this.waitTimes.map((w) => [w.product.toLowerCase(), w.product])).values()];
    this.demo = [...this.providers.values()].some((p) => p.demo);
    this.matcher = new NameMatcher([...this.providers.values()]);
    return this;
  }

  get isEmpty(): boolean {
    return this.providers.size === 0;
  }

  name(id: string): string {
    return this.providers.get(id)?.naam ?? id;
  }
}
