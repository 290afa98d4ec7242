import type { FeatureDeps } from '..';
import { providersRepository } from '../../storage/repositories/providers.repository';
import type { FeatureRoutes } from '../feature';
import { ImportService, type ImportKind } from '../imports/import.service';
import { providerImports } from './providers.import';
import { ProvidersModel } from './providers.model';
import { providersRoutes } from './providers.routes';
import { type EscalationCounter, ProvidersService } from './providers.service';

export interface ProvidersFeature {
  model: ProvidersModel;
  kinds: ImportKind<unknown>[];
  routes: FeatureRoutes;
}

/** Repository, read model, import kinds and chat routes of the provider-status feature. */
export function providersFeature({ storage, region }: FeatureDeps, openEscalations?: EscalationCounter): ProvidersFeature {
  const repo = providersRepository(storage.store, region.id);
  const model = new ProvidersModel(repo);
  return {
    model,
    kinds: providerImports(repo, model, region),
    routes: providersRoutes({ model, service: new ProvidersService(model, region, openEscalations), region }),
  };
}

export const PROVIDER_DEMO_FILES = ['aanbieders.csv', 'contracten.csv', 'wachttijden.csv', 'signalen.csv'];

/** Loads the fictional demo providers through the normal importer, only into an empty store. */
export async function loadProviderDemo(deps: FeatureDeps, model: ProvidersModel, read: (name: string) => Promise<Buffer>): Promise<void> {
  if (!(await model.ensureLoaded()).isEmpty) return;
  const repo = providersRepository(deps.storage.store, deps.region.id);
  const importer = new ImportService();
  providerImports(repo, model, deps.region, true).forEach((k) => importer.register(k));
  for (const file of PROVIDER_DEMO_FILES) {
    const reports = await importer.importFile(file, await read(file));
    const errors = reports.flatMap((r) => r.errors);
    if (errors.length > 0) deps.log.warn({ file, errors: errors.slice(0, 5) }, 'demo provider rows rejected');
  }
}
