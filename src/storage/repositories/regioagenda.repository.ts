import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { AlreadyExistsError } from '../../shared/store-errors';
import type { DocumentStore } from '../document-store';
import { auditEntrySchema, roundPk, roundSchema, themeSchema } from '../../features/regioagenda/regioagenda.domain';
import type { AuditRepository, RoundsRepository, ThemesRepository } from '../../features/regioagenda/regioagenda.ports';

const kenmerkClaimSchema = z.object({ themeId: z.string() });

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
  // Claims live beside other small state documents, one partition per round.
  const claims = store.collection('state', kenmerkClaimSchema);
  return {
    async reserveKenmerk(year, kenmerk, themeId) {
      const pk = `kenmerken:${roundPk(region, year)}`;
      try {
        await claims.create(pk, kenmerk.toUpperCase(), { themeId });
        return true;
      } catch (err) {
        if (!(err instanceof AlreadyExistsError)) throw err;
        return (await claims.get(pk, kenmerk.toUpperCase()))?.value.themeId === themeId;
      }
    },
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
