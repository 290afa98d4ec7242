import type { ProviderDoc } from './providers.domain';

/** What other features (escalations) may know of a provider: the providers feature offers it. */
export interface ProviderRef {
  id: string;
  naam: string;
  plaats: string;
}

export type ProviderMatch = { kind: 'no-providers' } | { kind: 'found'; provider: ProviderRef } | { kind: 'unknown'; suggestions: string[] };

/** Resolves provider names for escalation forms; backed by the providers read model. */
export interface ProviderDirectory {
  match(phrase: string): Promise<ProviderMatch>;
  get(id: string): Promise<ProviderRef | undefined>;
}

/** Open escalations per provider for the status answer; the escalations feature implements it. */
export interface OpenEscalations {
  /** Brings the counts up to date when they may be stale. */
  refresh(): Promise<void>;
  count(providerId: string): number;
}

/** Without an escalations feature every provider has none. */
export const NO_ESCALATIONS: OpenEscalations = { refresh: async () => undefined, count: () => 0 };

/** Provider, contract, wait-time and signal rows of one region: small enough to read as one partition. */
export interface ProvidersRepository {
  list(): Promise<ProviderDoc[]>;
  /** Upserts by document key; atomic on SQLite, so the good rows of a file land together. */
  saveMany(docs: ProviderDoc[]): Promise<void>;
}
