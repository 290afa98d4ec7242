import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { projectRoot } from './shared/project-root';
import { REGION_ID } from './shared/region-id';
import { fold } from './shared/fold';

const bodySchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  members: z.string().min(1),
  role: z.string().min(1),
  preparedBy: z.array(z.string()),
  decides: z.boolean(),
});

export const regionSchema = z
  .object({
    id: z.string().regex(REGION_ID),
    name: z.string().min(1),
    organisation: z.string().min(1),
    gemeenten: z.array(z.string().min(1)).min(1),
    bodies: z.array(bodySchema).min(1),
  })
  .refine((r) => r.bodies.every((b) => b.preparedBy.every((p) => r.bodies.some((o) => o.id === p))), {
    message: 'preparedBy names a body that does not exist',
  });

export type Region = z.infer<typeof regionSchema>;
export type GovernanceBody = z.infer<typeof bodySchema>;

export const REGIONS_DIR = path.join(projectRoot(), 'config', 'regions');

/** Region configuration is data: a new region is a new JSON file, not new code. */
export function loadRegion(id: string, dir = REGIONS_DIR): Region {
  const file = path.join(dir, `${id}.json`);
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new Error(`Region "${id}" could not be read from ${file}: ${(err as Error).message}`);
  }
  const parsed = regionSchema.safeParse(raw);
  if (!parsed.success) throw new Error(`Region "${id}" is invalid: ${parsed.error.issues[0].message}`);
  return parsed.data;
}

/** Finds a gemeente by name, ignoring case and accents; returns the canonical spelling. */
export function findGemeente(region: Region, name: string): string | undefined {
  const key = foldName(name);
  return region.gemeenten.find((g) => foldName(g) === key);
}

export const foldName = (s: string) => fold(s).replace(/[\s-]+/g, ' ').trim();
