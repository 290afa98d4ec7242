import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Config } from '../config';
import type { Region } from '../region';
import type { Logger } from '../shared/logger';
import { projectRoot } from '../shared/project-root';
import type { Storage } from '../storage';
import type { FeatureRoutes } from './feature';
import { helpRoutes } from './help/help.routes';
import { ImportService } from './imports/import.service';
import { importRoutes } from './imports/import.routes';
import { gebruikersImport } from './people/people.import';
import { peopleRoutes } from './people/people.routes';
import type { NotificationOutbox } from './notifications/notifications.ports';
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
  /** Proactive messages; until the notifications feature provides one, they are only logged. */
  outbox?: NotificationOutbox;
}

export interface Features {
  routes: FeatureRoutes[];
  imports: ImportService;
  /** Fills an empty store with the fictional demo data set (local runs only). */
  loadDemoData(): Promise<void>;
}

/** Wires every feature to its ports. Order of routes matters: commands first, Q&A last. */
export function createFeatures(deps: FeatureDeps): Features {
  const { storage, region } = deps;
  const imports = new ImportService().register(gebruikersImport(storage.people, region));
  const routes: FeatureRoutes[] = [];
  routes.push(helpRoutes(() => routes), peopleRoutes(storage.people, region), importRoutes(imports));
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
    async loadDemoData() {
      if (!(await storage.people.isEmpty())) return;
      const demoUsers = new ImportService().register(gebruikersImport(storage.people, region, true));
      await demoUsers.importFile('gebruikers.csv', await readDemoFile('gebruikers.csv'));
    },
  };
}

const readDemoFile = (name: string) => readFile(path.join(projectRoot(), 'config', 'demo', name));
