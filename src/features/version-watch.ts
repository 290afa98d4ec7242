// A port several features share (providers, people, knowledge, escalations); src/storage implements it.

/** What a process may keep in memory and must reload when another process (or a CLI) writes it. */
export type VersionKind = 'providers' | 'knowledge' | 'people' | 'escalations';

/**
 * A per-region write counter per kind, so every instance notices a change within one poll interval.
 * Writers bump after their write has landed; watchers poll ONE point read per region per tick.
 */
export interface VersionWatch {
  /** The stored version of a kind (a point read; 0 before its first write). */
  current(kind: VersionKind): Promise<number>;
  /**
   * Calls `onChanged` after the kind's version moved away from `since` (default: the version the first
   * poll reads). One call at a time per subscription; a call that throws is repeated on the next tick.
   * Also fires for this process's own writes: a cache compares the version with what it loaded.
   * Returns the unsubscribe function.
   */
  onChange(kind: VersionKind, onChanged: (version: number) => void | Promise<void>, since?: number): () => void;
  /** Records a write of this kind (call it after the write landed); returns the new version. */
  bump(kind: VersionKind): Promise<number>;
  /** Stops polling (the store is closing). */
  stop(): void;
}
