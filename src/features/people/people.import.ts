import { z } from 'zod';
import type { Region } from '../../region';
import { findGemeente } from '../../region';
import type { PeopleRepository } from './people.ports';
import type { ImportKind } from '../imports/import.service';
import { type Person, roleSchema } from './people.domain';

const rowSchema = z.object({
  aad_object_id: z.string().trim().min(1, 'aad_object_id ontbreekt'),
  naam: z.string().trim().min(1, 'naam ontbreekt'),
  email: z.string().trim().default(''),
  rol: z.preprocess((v) => (typeof v === 'string' ? v.trim().toLowerCase() : v), roleSchema),
  gemeente: z.string().trim().default(''),
});
type UserRow = z.infer<typeof rowSchema>;

/** `gebruikers` files: one row per person and role; rows of one person are merged. */
export function gebruikersImport(people: PeopleRepository, region: Region, demo = false): ImportKind<UserRow> {
  return {
    kind: 'gebruikers',
    rowSchema,
    check: (row) => (row.gemeente && !findGemeente(region, row.gemeente) ? `gemeente "${row.gemeente}" hoort niet bij ${region.name}` : undefined),
    async apply(rows) {
      const merged = new Map<string, Person>();
      for (const row of rows) {
        const existing = merged.get(row.aad_object_id);
        const gemeente = row.gemeente ? findGemeente(region, row.gemeente) : existing?.gemeente;
        merged.set(row.aad_object_id, {
          aadObjectId: row.aad_object_id,
          name: row.naam,
          email: row.email || existing?.email || '',
          roles: [...new Set([...(existing?.roles ?? []), row.rol])],
          gemeente,
          demo,
        });
      }
      await people.saveMany([...merged.values()]);
    },
  };
}
