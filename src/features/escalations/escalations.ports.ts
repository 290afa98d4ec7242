/** What escalations need to know about a provider: the providers feature implements this. */
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
