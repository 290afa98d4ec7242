import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Config } from '../config';
import type { Region } from '../region';
import type { Logger } from '../shared/logger';
import { projectRoot } from '../shared/project-root';
import type { Storage } from '../storage';
import type { FeatureRoutes, FileDownload } from './feature';
import { helpRoutes } from './help/help.routes';
import { ImportService } from './imports/import.service';
import { importRoutes } from './imports/import.routes';
import { gebruikersImport } from './people/people.import';
import { peopleRoutes } from './people/people.routes';
import { loadProviderDemo, providersFeature } from './providers/providers.feature';
import type { NotificationOutbox, TimerService } from './notifications/notifications.ports';
import { createRegioagenda } from './regioagenda/regioagenda.feature';
import { loggingOutbox } from './qa/logging-outbox';
import { qaRoutes } from './qa/qa.routes';
import { QaService } from './qa/qa.service';
import { downloadFile } from './imports/import.routes';
import { knowledgeRepository } from '../storage/repositories/knowledge.repository';
import { qaRepository } from '../storage/repositories/qa.repository';

export interface FeatureDeps {
  config: Config;
  region: Region;
  storage: Storage;
  log: Logger;
  outbox?: NotificationOutbox;
  timers?: TimerService;
  /** Injected clock (tests move time past deadlines); defaults to the system clock. */
  now?: () => Date;
  /** The bot's public base URL for links it hands out (known after the server listens). */
  publicUrl?: () => string;
}

export interface Features {
  routes: FeatureRoutes[];
  imports: ImportService;
  /** Serves signed export links (GET /api/export/:token). */
  downloads: FileDownload;
  /** Fills an empty store with the fictional demo data set (local runs only). */
  loadDemoData(): Promise<void>;
}

/** Wires every feature to its ports. Order of routes matters: commands first, Q&A last. */
export function createFeatures(deps: FeatureDeps): Features {
  const { storage, region } = deps;
  const imports = new ImportService().register(gebruikersImport(storage.people, region));
  const providers = providersFeature(deps);
  providers.kinds.forEach((k) => imports.register(k));
  const routes: FeatureRoutes[] = [];
  const regioagenda = createRegioagenda(deps);
  // Explicit commands first, then provider queries; the Q&A fallback must stay last.
  routes.push(helpRoutes(() => routes), peopleRoutes(storage.people, region), importRoutes(imports), regioagenda.routes, providers.routes);
  const qa = new QaService({
    knowledge: knowledgeRepository(storage.store),
    repo: qaRepository(storage.store, region.id),
    outbox: deps.outbox ?? loggingOutbox(deps.log),
    log: deps.log,
  });
  routes.push(qaRoutes(qa, downloadFile)); // last: every message no command took is a question
  qa.knowledgeIndex().catch((err) => deps.log.warn({ err }, 'knowledge index not built at start'));
  return {
    routes,
    imports,
    downloads: (token) => regioagenda.downloads.download(token),
    async loadDemoData() {
      await loadProviderDemo(deps, providers.model, readDemoFile);
      if (!(await storage.people.isEmpty())) return;
      const demoUsers = new ImportService().register(gebruikersImport(storage.people, region, true));
      await demoUsers.importFile('gebruikers.csv', await readDemoFile('gebruikers.csv'));
    },
  };
}

const readDemoFile = (name: string) => readFile(path.join(projectRoot(), 'config', 'demo', name));
