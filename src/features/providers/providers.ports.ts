/** Open escalations per provider for the status answer; the escalations feature implements it. */
export interface OpenEscalations {
  /** Brings the counts up to date when they may be stale. */
  refresh(): Promise<void>;
  count(providerId: string): number;
}

/** Without an escalations feature every provider has none. */
export const NO_ESCALATIONS: OpenEscalations = { refresh: async () => undefined, count: () => 0 };
