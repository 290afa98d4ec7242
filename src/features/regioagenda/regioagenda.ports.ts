import type { Versioned } from '../../shared/versioned';
import type { AuditEntry, Round, Theme } from './regioagenda.domain';

// What the regioagenda needs from the store; src/storage implements it.

/** Rounds: partition = region, id = year. Create fails when the year exists (one round per year). */
export interface RoundsRepository {
  get(year: number): Promise<Versioned<Round> | undefined>;
  list(): Promise<Round[]>;
  create(round: Round): Promise<Versioned<Round>>;
  replace(round: Round, expectedVersion: string): Promise<Versioned<Round>>;
}

/** Themes: partition = region:year, so the overview and reminders read one partition. */
export interface ThemesRepository {
  get(year: number, id: string): Promise<Versioned<Theme> | undefined>;
  list(year: number): Promise<Versioned<Theme>[]>;
  /** AlreadyExistsError when the id is taken: that is what makes submits idempotent. */
  create(theme: Theme): Promise<Versioned<Theme>>;
  /** ConcurrencyError when someone else wrote since `expectedVersion` was read. */
  replace(theme: Theme, expectedVersion: string): Promise<Versioned<Theme>>;
  /**
   * Claims a kenmerk for a theme, unique per round (a create that fails when taken, on every
   * adapter). True when it is now this theme's (also when it already was: a retried submit).
   */
  reserveKenmerk(year: number, kenmerk: string, themeId: string): Promise<boolean>;
}

/** Append-only trail per round; ids start with the timestamp so a partition reads in order. */
export interface AuditRepository {
  append(year: number, entry: Omit<AuditEntry, 'id'>): Promise<void>;
  list(year: number): Promise<AuditEntry[]>;
}
