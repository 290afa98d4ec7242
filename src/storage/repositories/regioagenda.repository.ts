import { randomUUID } from 'node:crypto';
import type { DocumentStore, Versioned } from '../document-store';
import {
  type AuditEntry,
  auditEntrySchema,
  type Round,
  roundPk,
  roundSchema,
  type Theme,
  themeSchema,
} from '../../features/regioagenda/regioagenda.domain';

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
}

/** Append-only trail per round; ids start with the timestamp so a partition reads in order. */
export interface AuditRepository {
  append(year: number, entry: Omit<AuditEntry, 'id'>): Promise<void>;
  list(year: number): Promise<AuditEntry[]>;
}

export function roundsRepository(store: DocumentStore, region: string): RoundsRepository {
  const docs = store.collection('rounds', roundSchema);
  return {
    get: (year) => docs.get(region, String(year)),
    list: async () => (await docs.listPartition(region)).map((d) => d.value),
    create: (round) => docs.create(region, String(round.year), round),
    replace: (round, version) => docs.replace(region, String(round.year), round, version),
  };
}

export function themesRepository(store: DocumentStore, region: string): ThemesRepository {
  const docs = store.collection('themes', themeSchema);
  return {
    get: (year, id) => docs.get(roundPk(region, year), id),
    list: (year) => docs.listPartition(roundPk(region, year)),
    create: (theme) => docs.create(roundPk(region, theme.year), theme.id, theme),
    replace: (theme, version) => docs.replace(roundPk(region, theme.year), theme.id, theme, version),
  };
}

export function auditRepository(store: DocumentStore, region: string): AuditRepository {
  const docs = store.collection('audit', auditEntrySchema);
  return {
    async append(year, entry) {
      const id = `${entry.at}-${randomUUID().slice(0, 8)}`;
      await docs.create(roundPk(region, year), id, { ...entry, id });
    },
    list: async (year) => (await docs.listPartition(roundPk(region, year))).map((d) => d.value),
  };
}
