import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { projectRoot } from '../../shared/project-root';
import { CONTAINERS, type ContainerName } from '../document-store';

const declarationSchema = z.array(
  z.object({
    id: z.enum(Object.keys(CONTAINERS) as [ContainerName, ...ContainerName[]]),
    partitionKeyPath: z.literal('/pk'),
    defaultTtl: z.number().int().min(-1).nullable(),
    indexingPolicy: z.looseObject({
      includedPaths: z.array(z.object({ path: z.string() })),
      excludedPaths: z.array(z.object({ path: z.string() })),
    }),
  }),
);
export type ContainerDeclaration = z.infer<typeof declarationSchema>[number];

/**
 * The containers as declared in infra/cosmos-containers.json: the single source for the app (local and
 * emulator runs create them from it) and for the Bicep template (`loadJsonContent`).
 */
export function containerDeclarations(file = path.join(projectRoot(), 'infra', 'cosmos-containers.json')): ContainerDeclaration[] {
  const declared = declarationSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
  const missing = (Object.keys(CONTAINERS) as ContainerName[]).filter((name) => !declared.some((d) => d.id === name));
  if (missing.length > 0) throw new Error(`infra/cosmos-containers.json lacks ${missing.join(', ')}`);
  return declared;
}
