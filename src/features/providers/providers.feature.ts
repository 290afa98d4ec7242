import type { Region } from '../../region';
import type { Logger } from '../../shared/logger';
import type { ConversationContext } from '../follow-up-context';
import type { VersionWatch } from '../version-watch';
import type { FeatureRoutes } from '../feature';
import { ImportService, type ImportKind } from '../imports/import.service';
import { providerImports } from './providers.import';
import { ProvidersModel } from './providers.model';
import type { OpenEscalations, ProviderDirectory, ProvidersRepository } from './providers.ports';
import { type GovernanceKnowledge, lastQueries, providersRoutes } from './providers.routes';
import { ProvidersService } from './providers.service';

export interface ProvidersDeps {
  providers: ProvidersRepository;
  /** Where the last query of a conversation is kept for follow-ups. */
  context: ConversationContext;
  region: Region;
  /** Reloads the provider data when another instance or a CLI import wrote it. */
  versions?: VersionWatch;
  /** From the escalations feature: the status answer counts open escalations. */
  openEscalations?: OpenEscalations;
  /** From the Q&A feature: names and questions that are governance, not provider data. */
  governance?: GovernanceKnowledge;
  log: Logger;
}

export interface ProvidersFeature {
  routes: FeatureRoutes;
  importKinds: ImportKind<unknown>[];
  /** Provider names for other features (escalations' ProviderDirectory port). */
  directory: ProviderDirectory;
  /** Loads the fictional demo providers through the normal importer, only into an empty store. */
  loadDemo(read: (name: string) => Promise<Buffer>): Promise<void>;
}

const PROVIDER_DEMO_FILES = ['aanbieders.csv', 'contracten.csv', 'wachttijden.csv', 'signalen.csv'];

/** Provider status questions in chat, the four provider import kinds, and a directory of provider names. */
export function register(deps: ProvidersDeps): ProvidersFeature {
  const { providers: repo, region, log } = deps;
  const model = new ProvidersModel(repo, deps.versions);
  return {
    routes: providersRoutes({ model, service: new ProvidersService(model, region, deps.openEscalations), region, last: lastQueries(deps.context, log), governance: deps.governance }),
    importKinds: providerImports(repo, model, region),
    directory: directoryOf(model),
    async loadDemo(read) {
      if (!(await model.ensureLoaded()).isEmpty) return;
      const importer = new ImportService();
      providerImports(repo, model, region, true).forEach((k) => importer.register(k));
      for (const file of PROVIDER_DEMO_FILES) {
        const reports = await importer.importFile(file, await read(file));
        const errors = reports.flatMap((r) => r.errors);
        if (errors.length > 0) log.warn({ file, errors: errors.slice(0, 5) }, 'demo provider rows rejected');
      }
    },
  };
}

function directoryOf(model: ProvidersModel): ProviderDirectory {
  return {
    async match(phrase) {
      const loaded = await model.ensureLoaded();
      if (loaded.isEmpty) return { kind: 'no-providers' };
      const mention = loaded.matcher.find(phrase);
      if (!mention) return { kind: 'unknown', suggestions: loaded.matcher.suggest(phrase).map((p) => p.naam) };
      return { kind: 'found', provider: mention.provider };
    },
    async get(id) {
      return (await model.ensureLoaded()).providers.get(id);
    },
  };
}
